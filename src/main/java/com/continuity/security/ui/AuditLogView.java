package com.continuity.security.ui;

import com.continuity.security.AuditEntry;
import com.continuity.security.AuditLog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Who changed what and when, newest first, with the record before and after. Admins and auditors only. */
@Route("audit")
@PageTitle("Audit log · Continuity")
@Menu(title = "Audit log", order = 41)
@RolesAllowed({"ADMIN", "AUDITOR"})
public class AuditLogView extends VerticalLayout {

    public AuditLogView(AuditLog audit) {
        setSizeFull();
        TextField filter = new TextField();
        filter.setPlaceholder("Filter by user, entity, key or action");
        filter.setWidth("24em");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.addColumn(AuditEntry::at).setHeader("When (UTC)").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("Who");
        grid.addColumn(AuditEntry::action).setHeader("Action");
        grid.addColumn(AuditEntry::entity).setHeader("What");
        grid.addColumn(AuditEntry::entityKey).setHeader("Key");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> new VerticalLayout(
                new Pre("before: " + (e.before() == null ? "-" : e.before())),
                new Pre("after: " + (e.after() == null ? "-" : e.after())))));
        grid.setItems(q -> audit.latest(filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) audit.count(filter.getValue()));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setSizeFull();
        add(new H2("Audit log"), filter, grid);
    }
}
