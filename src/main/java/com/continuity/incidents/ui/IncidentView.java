package com.continuity.incidents.ui;

import com.continuity.incidents.ComponentOutage;
import com.continuity.incidents.DomainWindow;
import com.continuity.incidents.Incident;
import com.continuity.incidents.IncidentImpact;
import com.continuity.incidents.IncidentService;
import com.continuity.incidents.IncidentUpdate;
import com.continuity.resilience.model.WhatIf;
import com.continuity.resilience.picture.RiskFormat;
import com.continuity.resilience.ui.WhatIfOutcomes;
import com.continuity.security.CurrentUser;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ui.Forms;
import com.continuity.shared.ui.Grids;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One incident: what the provider said (impact, window, state, link), what it did to us (the failure domains it
 * impaired and, from the what-if of those at impact major or worse, the services that stopped and those that ran
 * degraded on a fallback), its timeline oldest first and its status-page component intervals. Managers add an
 * update, which may resolve the incident; a save over someone else's change is refused with the conflict message.
 */
@Route("incidents/:key")
@PageTitle("Incident · Continuity")
@PermitAll
public class IncidentView extends VerticalLayout implements BeforeEnterObserver {

    private final IncidentService incidents;
    private final boolean writable;

    public IncidentView(IncidentService incidents, CurrentUser currentUser) {
        this.incidents = incidents;
        this.writable = currentUser.mayWriteInventory();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        try {
            show(incidents.impact(key));
        } catch (NotFoundException e) {
            Forms.error(e.getMessage());
            event.forwardTo(IncidentsView.class);
        }
    }

    private void show(IncidentImpact impact) {
        removeAll();
        Incident incident = impact.incident();
        H2 title = new H2(incident.title());
        title.setId("incident-title");
        add(title, new RouterLink("Back to the incidents", IncidentsView.class), facts(incident));
        if (incident.notes() != null) {
            Paragraph notes = new Paragraph(incident.notes());
            notes.setId("incident-notes");
            add(notes);
        }
        add(new H3("Our impact"), ourImpact(impact), new H3("Timeline"), timeline(incident.updates()),
                new H3("Status-page components"), components(incident.components()));
        if (writable) {
            add(addUpdateForm(incident));
        }
    }

    private static Component facts(Incident incident) {
        Div facts = new Div(
                fact("Provider", incident.provider() == null ? IncidentText.NONE : incident.provider(), "incident-provider"),
                fact("Impact", IncidentText.impact(incident.impact()), "incident-impact"),
                fact("Window", IncidentText.window(incident.start(), incident.end()), "incident-window"),
                fact("Duration", IncidentText.duration(incident.start(), incident.end()), "incident-duration"),
                new Div(new Span("State: "), IncidentText.state(incident, "incident-state")),
                fact("Source", IncidentText.source(incident.source()), "incident-source"));
        if (incident.link() != null) {
            Anchor link = new Anchor(incident.link(), incident.link());
            link.setId("incident-link");
            link.setTarget("_blank");
            facts.add(new Div(new Span("Status page: "), link));
        }
        facts.setId("incident-facts");
        return facts;
    }

    private static Div fact(String label, String value, String id) {
        Span v = new Span(value);
        v.setId(id);
        return new Div(new Span(label + ": "), v);
    }

    private static Component ourImpact(IncidentImpact impact) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("our-impact");
        if (impact.windows().isEmpty()) {
            Paragraph none = new Paragraph("It impaired none of our failure domains: nothing of ours was taken down. "
                    + "(A domain counts when the incident names it, or when its status components are among the "
                    + "incident's components on the same provider's page.)");
            none.setId("impact-summary");
            box.add(none);
            return box;
        }
        Grid<DomainWindow> windows = Grids.allRows(DomainWindow.class, "impact-windows");
        windows.addColumn(DomainWindow::domain).setHeader("Failure domain").setAutoWidth(true);
        windows.addColumn(w -> IncidentText.impact(w.impact())).setHeader("Impact").setAutoWidth(true);
        windows.addColumn(w -> IncidentText.exactTime(w.start())).setHeader("From").setAutoWidth(true);
        windows.addColumn(w -> w.end() == null ? "still open" : IncidentText.exactTime(w.end())).setHeader("To")
                .setAutoWidth(true);
        windows.addColumn(w -> IncidentText.duration(w.start(), w.end())).setHeader("Duration").setAutoWidth(true);
        windows.setItems(impact.windows());
        box.add(new Paragraph("Failure domains it impaired:"), windows);

        WhatIf.Result r = impact.services();
        Paragraph summary = new Paragraph();
        summary.setId("impact-summary");
        box.add(summary);
        if (r == null) {
            summary.setText("Nothing of ours was taken down: no failure domain was impaired at impact major or worse.");
            return box;
        }
        String counts = WhatIfOutcomes.counts(r);
        String scenario = "With " + String.join(", ", r.failedDomains()) + " down for "
                + RiskFormat.minutes(r.durationMinutes()) + " (" + RiskFormat.basis(r.basis()).toLowerCase() + "): ";
        if (counts == null) {
            summary.setText(scenario + "nothing of ours was taken down: every service kept a primary path.");
            return box;
        }
        summary.setText(scenario + counts + ".");
        if (!r.down().isEmpty()) {
            Grid<WhatIf.Outcome> down = WhatIfOutcomes.grid("impact-down", false);
            down.setItems(r.down());
            box.add(new H3("Services that stopped"), down);
        }
        if (!r.degraded().isEmpty()) {
            Grid<WhatIf.Outcome> degraded = WhatIfOutcomes.grid("impact-degraded", true);
            degraded.setItems(r.degraded());
            box.add(new H3("Services that ran degraded on a fallback"), degraded);
        }
        return box;
    }

    /** The updates oldest first (as stored), one line each: "2026-02-18 14:31 UTC · investigating: We are …". */
    private static Component timeline(List<IncidentUpdate> updates) {
        if (updates.isEmpty()) {
            Paragraph none = new Paragraph("No updates yet.");
            none.setId("timeline");
            return none;
        }
        OrderedList list = new OrderedList();
        list.setId("timeline");
        for (int i = 0; i < updates.size(); i++) {
            IncidentUpdate u = updates.get(i);
            Span status = new Span(u.status() == null ? IncidentText.NONE : u.status());
            status.addClassName("incident-update-status");
            ListItem item = new ListItem(new Span(IncidentText.time(u.at()) + " · "), status,
                    new Span(u.body() == null ? "" : ": " + u.body()));
            item.setId("update-" + i);
            list.add(item);
        }
        return list;
    }

    private static Component components(List<ComponentOutage> components) {
        if (components.isEmpty()) {
            Paragraph none = new Paragraph("No component intervals: the incident names no status-page component "
                    + "changes.");
            none.setId("component-intervals");
            return none;
        }
        Grid<ComponentOutage> grid = Grids.allRows(ComponentOutage.class, "component-intervals");
        grid.addColumn(ComponentOutage::component).setHeader("Component").setAutoWidth(true);
        grid.addColumn(c -> IncidentText.impact(c.impact())).setHeader("Impact").setAutoWidth(true);
        grid.addColumn(c -> IncidentText.exactTime(c.start())).setHeader("From").setAutoWidth(true);
        grid.addColumn(c -> c.end() == null ? "until the incident ends" : IncidentText.exactTime(c.end()))
                .setHeader("To").setAutoWidth(true);
        grid.setItems(components);
        return grid;
    }

    private Component addUpdateForm(Incident incident) {
        DateTimePicker at = new DateTimePicker("Time (UTC)");
        at.setId("update-at");
        TextField status = new TextField("Status");
        status.setId("update-status");
        status.setHelperText("investigating, identified, monitoring, resolved…");
        TextArea body = new TextArea("Text");
        body.setId("update-body");
        Checkbox resolves = new Checkbox("Resolves the incident (it ends at this update's time)");
        resolves.setId("update-resolves");
        resolves.setVisible(incident.open());
        long version = incident.version(); // as read: a save over a newer change is refused
        Button add = new Button("Add update", e -> {
            IncidentUpdate update = new IncidentUpdate(at.getValue() == null ? null
                    : at.getValue().toInstant(ZoneOffset.UTC), Forms.blankToNull(status.getValue()),
                    Forms.blankToNull(body.getValue()));
            Incident saved = Forms.save(() -> incidents.addUpdate(incident.key(), version, update,
                    resolves.getValue()), Map.<String, HasValidation>of("at", at, "status", status, "body", body));
            if (saved != null) {
                Forms.saved("Update added");
                show(incidents.impact(incident.key()));
            }
        });
        add.setId("add-update");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(at, status, body, resolves);
        form.setColspan(body, 2);
        VerticalLayout box = new VerticalLayout(new H3("Add update"), form, add);
        box.setId("add-update-form");
        box.setPadding(false);
        return box;
    }
}
