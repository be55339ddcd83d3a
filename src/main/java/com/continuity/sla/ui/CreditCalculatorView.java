package com.continuity.sla.ui;

import com.continuity.incidents.model.Impact;
import com.continuity.shared.FieldError;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import com.continuity.shared.ui.Forms;
import com.continuity.sla.Contract;
import com.continuity.sla.CreditQuestion;
import com.continuity.sla.SlaService;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.model.Outage;
import com.continuity.sla.model.PeriodInputs;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The credit calculator: a contract (a stored one's terms, or a policy typed as YAML), a month and outage windows
 * in, and the engine's answer out, with every figure explained. Nothing is stored. Input that cannot be read is
 * shown on the field at fault; errors in the YAML are listed with their lines.
 */
@Route("credit-calculator")
@PageTitle("Credit calculator · Continuity")
@Menu(title = "Credit calculator", order = 32)
@PermitAll
public class CreditCalculatorView extends VerticalLayout {

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}:[0-9]{2}(:[0-9]{2})?)\\s*(Z|UTC)?");

    private final SlaService sla;
    private final ComboBox<Contract> contract = new ComboBox<>("Start from a stored contract");
    private final TextArea yaml = new TextArea("Contract (YAML, the portfolio file's shape)");
    private final Grid<FieldError> yamlErrors = SlaGrids.errors("calc-errors");
    private final TextField month = new TextField("Month (YYYY-MM)");
    private final VerticalLayout outageRows = new VerticalLayout();
    private final List<OutageRow> outages = new ArrayList<>();
    private final Div result = new Div();

    /** One editable outage window: start and end in UTC, and its impact. */
    private record OutageRow(TextField start, TextField end, Select<Impact> impact, HorizontalLayout layout) {
    }

    public CreditCalculatorView(SlaService sla) {
        this.sla = sla;
        contract.setId("calc-contract");
        contract.setItems(sla.contracts().stream().sorted(Comparator.comparing(Contract::key)).toList());
        contract.setItemLabelGenerator(c -> c.terms().name() + " (" + c.key() + ")");
        contract.setWidth("28em");
        contract.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                try {
                    yaml.setValue(sla.contractDocument(e.getValue().key()));
                } catch (NotFoundException gone) {
                    Forms.error(gone.getMessage());
                }
            }
        });
        yaml.setId("calc-yaml");
        yaml.setWidthFull();
        yaml.setMinHeight("18em");
        yaml.setManualValidation(true);
        yaml.addClassName("yaml-editor");
        month.setId("calc-month");
        month.setPlaceholder("2026-02");
        month.setManualValidation(true);
        outageRows.setId("calc-outages");
        outageRows.setPadding(false);
        Button add = new Button("Add an outage", e -> addOutage());
        add.setId("add-outage");
        addOutage();
        Button run = new Button("Calculate the credit", e -> run());
        run.setId("run-calculator");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("calc-result");
        result.setWidthFull();
        result.setVisible(false);
        add(new H2("Credit calculator"),
                new Paragraph("What a contract would credit for a month with these outages. Pick a stored contract "
                        + "to start from its terms, or type or paste a policy in the portfolio file's shape. "
                        + "Outage times are in UTC (2026-02-18 14:22). Nothing is saved."),
                contract, yaml, yamlErrors, month, new H3("Outages"), outageRows, add, run, result);
    }

    private void addOutage() {
        int i = outages.size();
        TextField start = new TextField("Start (UTC)");
        start.setId("outage-start-" + i);
        start.setPlaceholder("2026-02-18 14:22");
        start.setManualValidation(true);
        TextField end = new TextField("End (UTC)");
        end.setId("outage-end-" + i);
        end.setPlaceholder("2026-02-18 18:17");
        end.setManualValidation(true);
        Select<Impact> impact = new Select<>();
        impact.setLabel("Impact");
        impact.setId("outage-impact-" + i);
        impact.setItems(Impact.CRITICAL, Impact.MAJOR, Impact.MINOR, Impact.MAINTENANCE);
        impact.setItemLabelGenerator(Impact::fileName);
        impact.setValue(Impact.CRITICAL);
        HorizontalLayout layout = new HorizontalLayout(start, end, impact);
        OutageRow row = new OutageRow(start, end, impact, layout);
        Button remove = new Button("Remove", e -> {
            // the row is left out of the question and hidden; ids stay stable for the rows after it
            layout.setVisible(false);
            start.clear();
            end.clear();
        });
        remove.setId("remove-outage-" + i);
        layout.add(remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        outages.add(row);
        outageRows.add(layout);
    }

    private void run() {
        yaml.setInvalid(false);
        yamlErrors.setVisible(false);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("period", month);
        month.setInvalid(false);
        List<FieldError> errors = new ArrayList<>();
        List<Outage> windows = new ArrayList<>();
        for (int i = 0; i < outages.size(); i++) {
            OutageRow row = outages.get(i);
            String at = "outages[" + i + "].";
            fields.put(at + "start", row.start());
            fields.put(at + "end", row.end());
            row.start().setInvalid(false);
            row.end().setInvalid(false);
            if (!row.layout().isVisible() || (row.start().isEmpty() && row.end().isEmpty())) {
                continue;
            }
            Instant start = instant(row.start().getValue(), at + "start", errors);
            Instant end = instant(row.end().getValue(), at + "end", errors);
            if (start != null && end != null) {
                if (!end.isAfter(start)) {
                    errors.add(new FieldError(at + "end", "the end must be after the start"));
                } else {
                    windows.add(CreditQuestion.typed(start, end, row.impact().getValue()));
                }
            }
        }
        YearMonth period = month(month.getValue(), errors);
        try {
            ContractTerms terms = yaml.getValue().isBlank() ? null
                    : SlaService.readContract(yaml.getValue().getBytes(StandardCharsets.UTF_8));
            if (terms == null) {
                errors.add(new FieldError("contract", "pick a stored contract or type one as YAML"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            show(sla.calculate(new CreditQuestion(terms, period, new PeriodInputs(windows, List.of(), null))));
        } catch (ValidationException e) {
            List<FieldError> all = new ArrayList<>(e.errors());
            all.addAll(errors.stream().filter(err -> !e.errors().contains(err)).toList());
            refuse(all, fields);
        } catch (IllegalArgumentException e) {
            result.setVisible(false);
            Forms.error(e.getMessage());
        }
    }

    /** Errors of the month and the outages go on their fields; the contract's are listed with their lines. */
    private void refuse(List<FieldError> errors, Map<String, HasValidation> fields) {
        result.setVisible(false);
        List<FieldError> contractErrors = new ArrayList<>();
        for (FieldError err : errors) {
            HasValidation field = fields.get(err.path());
            if (field != null) {
                field.setErrorMessage(err.message());
                field.setInvalid(true);
            } else {
                contractErrors.add(err);
            }
        }
        if (!contractErrors.isEmpty()) {
            yaml.setErrorMessage(contractErrors.size() == 1 ? SlaGrids.describe(contractErrors.getFirst())
                    : contractErrors.size() + " errors, the first: " + SlaGrids.describe(contractErrors.getFirst()));
            yaml.setInvalid(true);
            yamlErrors.setItems(contractErrors);
            yamlErrors.setVisible(true);
        }
    }

    private static YearMonth month(String text, List<FieldError> errors) {
        String t = text == null ? "" : text.strip();
        try {
            if (MONTH.matcher(t).matches()) {
                return YearMonth.parse(t);
            }
        } catch (DateTimeParseException notAMonth) {
            // reported below
        }
        errors.add(new FieldError("period", t.isEmpty() ? "the month is required, such as 2026-02"
                : "the month must be written YYYY-MM, such as 2026-02; got '" + t + "'"));
        return null;
    }

    private static Instant instant(String text, String path, List<FieldError> errors) {
        String t = text == null ? "" : text.strip();
        var m = DATE_TIME.matcher(t);
        try {
            if (m.matches()) {
                return LocalDateTime.parse(m.group(1) + "T" + m.group(2)).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException notADateTime) {
            // reported below
        }
        errors.add(new FieldError(path, t.isEmpty() ? "required: a UTC date and time such as 2026-02-18 14:22"
                : "write a UTC date and time such as 2026-02-18 14:22; got '" + t + "'"));
        return null;
    }

    private void show(Evaluation e) {
        result.removeAll();
        OrderedList explanation = new OrderedList();
        explanation.setId("calc-explanation");
        e.explanation().forEach(s -> explanation.add(new ListItem(s)));
        result.add(new H3("Credit for " + SlaFormat.month(e.period())),
                figure("Minutes in the month", "calc-minutes",
                        String.format(Locale.ROOT, "%,d min", e.minutesInPeriod())),
                figure("Downtime counted", "calc-downtime", SlaFormat.minutes(e.downtimeMinutes())),
                figure("Uptime", "calc-uptime", e.uptimePercent() == null ? SlaFormat.NONE
                        : e.uptimePercent().setScale(6, RoundingMode.HALF_UP).toPlainString() + "%"),
                figure("Error rate", "calc-error-rate", SlaFormat.percent(e.errorRatePercent(), 3, 6)),
                figure("SLOs", "calc-slos", SlaFormat.sloResults(e.slos())),
                figure("SLO met", "calc-slo-met", e.sloMet() ? "Yes" : "No"),
                figure("Eligible for a credit", "calc-eligible", e.eligible() ? "Yes" : "No"),
                figure("Credit percent of the fee", "calc-credit-percent", SlaFormat.percent(e.creditPercent(), 2, 6)),
                figure("Credit", "calc-credit", SlaFormat.money(e.creditAmount(), e.currency())),
                figure("Claim by", "calc-deadline", e.claimDeadline() == null ? "no deadline"
                        : e.claimDeadline().toString()),
                new H3("How it was computed"), explanation);
        result.setVisible(true);
    }

    private static Paragraph figure(String label, String id, String value) {
        Span v = new Span(value);
        v.setId(id);
        return new Paragraph(new Span(label + ": "), v);
    }
}
