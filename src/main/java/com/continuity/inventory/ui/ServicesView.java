package com.continuity.inventory.ui;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.InventoryService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The business services with their impact analysis; the start page. */
@Route("services")
@RouteAlias("")
@PageTitle("Business services · Continuity")
@Menu(title = "Business services", order = 0)
@PermitAll
public class ServicesView extends VerticalLayout {

    private final InventoryService inventory;
    private final Grid<BusinessService> grid = new Grid<>(BusinessService.class, false);
    private final TextField filter = new TextField();
    private List<BusinessService> all = List.of();

    public ServicesView(InventoryService inventory) {
        this.inventory = inventory;
        setSizeFull();
        filter.setPlaceholder("Filter by key, name or team");
        filter.setId("services-filter");
        filter.setWidth("20em");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        Button create = new Button("New service", e -> open(ServiceEditorView.NEW));
        create.setId("new-service");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!inventory.teamsEditableByCurrentUser().isEmpty());
        grid.setId("services-grid");
        grid.addColumn(BusinessService::key).setHeader("Key").setSortable(true);
        grid.addColumn(BusinessService::name).setHeader("Name").setSortable(true);
        grid.addColumn(BusinessService::team).setHeader("Team").setSortable(true);
        grid.addColumn(BusinessService::tier).setHeader("Tier").setSortable(true);
        grid.addColumn(BusinessService::rtoMinutes).setHeader("RTO (min)").setSortable(true);
        grid.addColumn(BusinessService::mtpdMinutes).setHeader("MTPD (min)").setSortable(true);
        grid.addColumn(s -> s.downtimeCostPerHour() == null ? "" : s.downtimeCostPerHour().toPlainString() + " " + s.currency())
                .setHeader("Downtime cost / h");
        grid.addColumn(s -> s.dependencies().size()).setHeader("Dependencies");
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        grid.addItemClickListener(e -> open(e.getItem().key()));
        grid.setSizeFull();
        add(new H2("Business services"), new HorizontalLayout(filter, create), grid);
        all = inventory.services();
        applyFilter();
    }

    private void applyFilter() {
        String f = filter.getValue().trim().toLowerCase();
        grid.setItems(all.stream().filter(s -> f.isEmpty() || s.key().contains(f)
                || s.name().toLowerCase().contains(f) || s.team().contains(f)).toList());
    }

    private void open(String key) {
        getUI().ifPresent(ui -> ui.navigate(ServiceEditorView.class, new RouteParameters("key", key)));
    }
}
