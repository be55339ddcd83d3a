package com.continuity.sla.ui;

import com.continuity.shared.ui.Grids;
import com.continuity.security.CurrentUser;
import com.continuity.shared.DocumentTooLargeException;
import com.continuity.shared.FieldError;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import com.continuity.shared.ui.Forms;
import com.continuity.shared.ui.Uploads;
import com.continuity.sla.Claim;
import com.continuity.sla.Contract;
import com.continuity.sla.SlaPeriod;
import com.continuity.sla.SlaService;
import com.continuity.sla.model.CountedWindow;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.model.ExcludedWindow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import com.continuity.reports.Reports;
import com.continuity.shared.ui.Pictures;
import com.continuity.sla.picture.AttainmentChart;
import com.continuity.reports.ui.PdfLinks;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;

/**
 * One contract: its terms in words, its SLA periods of the last two years with the claim of each, and for the
 * period picked the explanation of every figure and the windows that counted or did not. Managers edit the
 * contract as YAML and upload error-rate samples.
 */
@Route("contracts/:key")
@PageTitle("Contract · Continuity")
@PermitAll
public class ContractView extends VerticalLayout implements BeforeEnterObserver {

    private final SlaService sla;
    private final boolean writable;
    private final H2 title = new H2();
    private final Div terms = new Div();
    private final Grid<SlaPeriod> periods = Grids.allRows(SlaPeriod.class, "periods-grid");
    private final Div details = new Div();
    private final Paragraph sampleCount = new Paragraph();
    private final Paragraph samplesOutcome = new Paragraph();
    private final Grid<FieldError> sampleErrors =
            SlaGrids.errors("samples-errors");
    private Contract contract;

    private final Reports reports;

    public ContractView(SlaService sla, CurrentUser currentUser, Reports reports) {
        this.sla = sla;
        this.reports = reports;
        this.writable = currentUser.mayWriteInventory();
        title.setId("contract-title");
        terms.setId("contract-terms");
        details.setId("period-details");
        details.setWidthFull();
        details.setVisible(false);
        periods.addColumn(p -> SlaFormat.month(p.evaluation().period()) + (p.inProgress() ? " (in progress)" : ""))
                .setHeader("Month").setAutoWidth(true);
        periods.addComponentColumn(p -> cell("period-uptime-" + p.evaluation().period(),
                SlaFormat.percent(p.evaluation().uptimePercent(), 3, 6))).setHeader("Uptime").setAutoWidth(true);
        periods.addColumn(p -> SlaFormat.percent(p.evaluation().errorRatePercent(), 3, 6)).setHeader("Error rate")
                .setAutoWidth(true);
        periods.addComponentColumn(p -> cell("period-slos-" + p.evaluation().period(),
                SlaFormat.sloResults(p.evaluation().slos()))).setHeader("SLOs").setFlexGrow(2);
        periods.addComponentColumn(p -> cell("period-credit-" + p.evaluation().period(),
                SlaFormat.money(p.evaluation().creditAmount(), p.evaluation().currency()))).setHeader("Credit")
                .setAutoWidth(true);
        periods.addComponentColumn(p -> cell("period-claim-" + p.evaluation().period(),
                SlaFormat.claimStatus(p.claim()))).setHeader("Claim").setFlexGrow(1);
        periods.getColumns().forEach(c -> c.setResizable(true));
        periods.asSingleSelect().addValueChangeListener(e -> showPeriod(e.getValue()));
        sampleCount.setId("sample-count");
        samplesOutcome.setId("samples-outcome");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        try {
            show(sla.contract(key));
        } catch (NotFoundException e) {
            Forms.error(e.getMessage());
            event.forwardTo(ContractsView.class);
        }
    }

    private void show(Contract c) {
        contract = c;
        removeAll();
        title.setText(c.terms().name() + " (" + c.key() + ")");
        terms.removeAll();
        SlaFormat.terms(c.terms()).forEach(s -> terms.add(new Paragraph(s)));
        loadPeriods();
        details.setVisible(false);
        YearMonth[] range = reports.defaultComplianceRange();
        add(title, new RouterLink("All contracts", ContractsView.class),
                PdfLinks.of("compliance-pdf", "SLA compliance, " + range[0] + " to " + range[1],
                        p -> reports.compliance(c.key(), range[0], range[1], p)),
                new H3("Terms"), terms,
                new H3("SLA periods"), attainment(), new Paragraph("The last 24 months, newest first. Pick a month for the "
                        + "explanation of its figures and the windows that counted."), periods, details);
        if (writable) {
            addEditing(c);
        }
    }

    /** The last twelve months' uptime against the objective: the picture the compliance report prints. */
    private Div attainment() {
        var recent = sla.recentPeriods(contract.key());
        return Pictures.of(AttainmentChart.forContract("Monthly uptime, the last 12 months",
                recent.subList(Math.max(0, recent.size() - 12), recent.size()), contract.terms()), "attainment-chart");
    }

    /** The periods newest first, each with its claim as it stands now. */
    private void loadPeriods() {
        periods.setItems(sla.recentPeriods(contract.key()).reversed());
    }

    private void showPeriod(SlaPeriod p) {
        details.removeAll();
        if (p == null) {
            details.setVisible(false);
            return;
        }
        Evaluation e = p.evaluation();
        OrderedList explanation = new OrderedList();
        explanation.setId("period-explanation");
        e.explanation().forEach(s -> explanation.add(new ListItem(s)));
        Grid<CountedWindow> counted = Grids.allRows(CountedWindow.class, "period-counted");
        counted.addColumn(w -> SlaFormat.instant(w.start())).setHeader("From").setAutoWidth(true);
        counted.addColumn(w -> SlaFormat.instant(w.end())).setHeader("To").setAutoWidth(true);
        counted.addColumn(w -> SlaFormat.minutes(w.minutes())).setHeader("Counted").setAutoWidth(true);
        counted.addColumn(CountedWindow::label).setHeader("From incidents").setFlexGrow(2);
        counted.setItems(e.counted());
        Grid<ExcludedWindow> excluded = Grids.allRows(ExcludedWindow.class, "period-excluded");
        excluded.addColumn(w -> SlaFormat.instant(w.start())).setHeader("From").setAutoWidth(true);
        excluded.addColumn(w -> SlaFormat.instant(w.end())).setHeader("To").setAutoWidth(true);
        excluded.addColumn(ExcludedWindow::reason).setHeader("Not counted because").setFlexGrow(2);
        excluded.setItems(e.excluded());
        H4 heading = new H4(SlaFormat.month(e.period()) + (p.inProgress() ? " (in progress, may still change)" : ""));
        heading.setId("period-heading");
        details.add(heading);
        if (e.creditOwed() && !p.inProgress()) {
            details.add(PdfLinks.of("claim-letter-pdf", "Claim letter for " + SlaFormat.money(e.creditAmount(),
                    e.currency()), paper -> reports.claimLetter(contract.key(), e.period(), paper)));
        }
        details.add(explanation,
                new H4("Windows counted as downtime"), e.counted().isEmpty() ? new Paragraph("None.") : counted,
                new H4("Windows not counted"), e.excluded().isEmpty() ? new Paragraph("None.") : excluded);
        details.setVisible(true);
    }

    private void addEditing(Contract c) {
        String key = c.key();
        ContractEditor editor = new ContractEditor(sla.contractDocument(key),
                in -> sla.saveContract(in, contract.version(), key),
                saved -> show(saved));
        Upload upload = Uploads.inMemory("samples-upload", this::importSamples, ".csv", "text/csv");
        sampleCount.setText(sampleText());
        samplesOutcome.setText("");
        sampleErrors.setVisible(false);
        add(new H3("Edit the contract"), new Paragraph("The contract as it stands in the portfolio file. Saving "
                        + "checks every field; if someone else saved it since you opened this page, nothing is "
                        + "written and their version stays."), editor,
                new H3("Error-rate samples"), new Paragraph("A CSV file with one sample a line: start,end,total,failed "
                        + "(times in UTC, e.g. 2026-02-18T14:20:00Z). A sample starting where a stored one starts "
                        + "replaces it. If any line is wrong, nothing is imported and every bad line is listed."),
                sampleCount, upload, samplesOutcome, sampleErrors);
    }

    private String sampleText() {
        return sla.sampleCount(contract.key()) + " error-rate samples stored.";
    }

    private void importSamples(byte[] bytes) {
        sampleErrors.setVisible(false);
        try {
            int n = sla.importSamples(contract.key(), new ByteArrayInputStream(bytes));
            samplesOutcome.setText("Imported " + n + " samples.");
            sampleCount.setText(sampleText());
            loadPeriods();
            details.setVisible(false);
        } catch (ValidationException e) {
            samplesOutcome.setText("Nothing was imported: the file has " + e.errors().size() + " error(s).");
            sampleErrors.setItems(e.errors());
            sampleErrors.setVisible(true);
        } catch (DocumentTooLargeException | AccessDeniedException | NotFoundException e) {
            samplesOutcome.setText("Nothing was imported: " + e.getMessage());
        }
    }

    private static Span cell(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
