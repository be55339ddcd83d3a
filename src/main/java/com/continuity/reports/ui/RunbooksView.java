package com.continuity.reports.ui;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.InventoryService;
import com.continuity.reports.BookJobs;
import com.continuity.reports.Paper;
import com.continuity.reports.Reports;
import com.continuity.security.Team;
import com.continuity.security.TeamAccess;
import com.continuity.security.TeamService;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ui.Forms;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The runbooks and checklists of a team: each service's, and the whole team's as one PDF, printed in the
 * background with a progress bar. Only teams whose documents the user may read are offered.
 */
@Route("runbooks")
@PageTitle("Runbooks · Continuity")
@Menu(title = "Runbooks", order = 15)
@PermitAll
public class RunbooksView extends VerticalLayout {

    private final Reports reports;
    private final InventoryService inventory;
    private final BookJobs jobs;
    private final ComboBox<Team> team = new ComboBox<>("Team");
    private final ComboBox<Paper> paper = new ComboBox<>("Paper");
    private final Button print = new Button("Print all runbooks and checklists");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final HorizontalLayout result = new HorizontalLayout();
    private final VerticalLayout services = new VerticalLayout();
    private com.vaadin.flow.shared.Registration polling;

    public RunbooksView(Reports reports, InventoryService inventory, BookJobs jobs, TeamService teams,
                        TeamAccess access) {
        this.reports = reports;
        this.inventory = inventory;
        this.jobs = jobs;
        List<Team> readable = teams.findAll().stream()
                .filter(t -> access.canReadOperationalDocumentsOf(t.key())).toList();
        team.setId("book-team");
        team.setItems(readable);
        team.setItemLabelGenerator(Team::name);
        team.addValueChangeListener(e -> showServices());
        paper.setId("book-paper");
        paper.setItems(Paper.values());
        paper.setItemLabelGenerator(p -> p == Paper.A4 ? "A4" : "US Letter");
        paper.setValue(Paper.A4);
        print.setId("book-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(e -> start());
        progress.setId("book-progress");
        progress.setVisible(false);
        status.setId("book-status");
        result.setId("book-result");
        services.setId("book-services");
        services.setPadding(false);
        add(new H2("Runbooks and checklists"),
                new Paragraph("Print a service's runbook and its one-page response checklist, or all of a team's "
                        + "at once. Settings a service lacks are printed as gaps; fill them in on the service's page."),
                readable.isEmpty() ? new Paragraph("You belong to no team, so there are no runbooks for you to print.")
                        : new HorizontalLayout(team, paper),
                services, new H3("The whole team"), print, progress, status, result);
        if (!readable.isEmpty()) {
            team.setValue(readable.getFirst());
        }
    }

    private void showServices() {
        services.removeAll();
        Team t = team.getValue();
        if (t == null) {
            return;
        }
        for (BusinessService s : inventory.services().stream().filter(s -> s.team().equals(t.key())).toList()) {
            services.add(new HorizontalLayout(new Paragraph(s.name()),
                    PdfLinks.of("runbook-" + s.key(), "Runbook", p -> reports.runbook(s.key(), p)),
                    PdfLinks.of("checklist-" + s.key(), "Checklist", p -> reports.checklist(s.key(), p))));
        }
    }

    private void start() {
        if (team.getValue() == null) {
            team.setInvalid(true);
            team.setErrorMessage("Pick a team");
            return;
        }
        try {
            jobs.start(team.getValue().key(), paper.getValue() == null ? Paper.A4 : paper.getValue());
        } catch (NotFoundException e) {
            Forms.error(e.getMessage());
            return;
        }
        follow();
    }

    /** Shows the user's last job, polling the server while it runs. */
    private void follow() {
        BookJobs.Job job = jobs.last();
        result.removeAll();
        if (job == null) {
            return;
        }
        progress.setVisible(true);
        progress.setMax(Math.max(1, job.total()));
        progress.setValue(job.done());
        print.setEnabled(job.finished());
        getUI().ifPresent(ui -> ui.setPollInterval(job.finished() ? -1 : 300));
        if (job.failure() != null) {
            status.setText("Printing the book of " + job.team() + " failed: " + job.failure());
        } else if (job.pdf() != null) {
            status.setText("The book of " + job.team() + " is ready: " + job.total() + " documents.");
            Anchor download = new Anchor(PdfLinks.download(job::pdf), "Download " + job.pdf().fileName());
            download.setId("book-download");
            download.setTarget("_blank");
            result.add(download);
        } else {
            status.setText("Printing the book of " + job.team() + ": " + job.done() + " of " + job.total()
                    + " documents. You can keep working; the result waits here.");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> follow());
        follow();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }
}
