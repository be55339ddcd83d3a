package com.continuity.inventory.ui;

import com.continuity.inventory.InventoryService;
import com.continuity.inventory.ServiceQuery;
import com.continuity.inventory.ServiceRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * The business services with their impact analysis; the start page. Loaded a page at a time, filtered and
 * sorted in the database.
 */
@Route("services")
@RouteAlias("")
@PageTitle("Business services · Continuity")
@Menu(title = "Business services", order = 0)
@PermitAll
public class ServicesView extends VerticalLayout {

    private final Grid<ServiceRow> grid = new Grid<>(ServiceRow.class, false);
    private final TextField filter = new TextField();

    public ServicesView(InventoryService inventory) {
        setSizeFull();
        filter.setPlaceholder("Filter by key, name or team");
        filter.setId("services-filter");
        filter.setWidth("20em");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        Button create = new Button("New service", e -> open(ServiceEditorView.NEW));
        create.setId("new-service");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!inventory.teamsEditableByCurrentUser().isEmpty());
        grid.setId("services-grid");
        grid.addColumn(ServiceRow::key).setHeader("Key").setSortProperty(ServiceQuery.Sort.KEY.name());
        grid.addColumn(ServiceRow::name).setHeader("Name").setSortProperty(ServiceQuery.Sort.NAME.name());
        grid.addColumn(ServiceRow::team).setHeader("Team").setSortProperty(ServiceQuery.Sort.TEAM.name());
        grid.addColumn(ServiceRow::tier).setHeader("Tier").setSortProperty(ServiceQuery.Sort.TIER.name());
        grid.addColumn(ServiceRow::rtoMinutes).setHeader("RTO (min)").setSortProperty(ServiceQuery.Sort.RTO.name());
        grid.addColumn(ServiceRow::mtpdMinutes).setHeader("MTPD (min)").setSortProperty(ServiceQuery.Sort.MTPD.name());
        grid.addColumn(s -> s.downtimeCostPerHour() == null ? "" : s.downtimeCostPerHour().toPlainString() + " " + s.currency())
                .setHeader("Downtime cost / h");
        grid.addColumn(ServiceRow::dependencies).setHeader("Dependencies");
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> {
            var order = query.getSortOrders().stream().findFirst();
            return inventory.serviceRows(new ServiceQuery(filter.getValue(),
                    order.map(o -> ServiceQuery.Sort.valueOf(o.getSorted())).orElse(null),
                    order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false),
                    query.getOffset(), query.getLimit())).stream();
        }, query -> (int) inventory.countServiceRows(filter.getValue()));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> open(e.getItem().key()));
        grid.setSizeFull();
        add(new H2("Business services"), new HorizontalLayout(filter, create), grid);
    }

    private void open(String key) {
        getUI().ifPresent(ui -> ui.navigate(ServiceEditorView.class, new RouteParameters("key", key)));
    }
}
