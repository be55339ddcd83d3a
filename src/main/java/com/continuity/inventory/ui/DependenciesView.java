package com.continuity.inventory.ui;

import com.continuity.inventory.DependencyQuery;
import com.continuity.inventory.DependencyRow;
import com.continuity.inventory.InventoryService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * Every dependency of every service. The grid loads a page at a time; filtering and sorting happen in the
 * database, so tens of thousands of rows stay quick.
 */
@Route("dependencies")
@PageTitle("Dependencies · Continuity")
@Menu(title = "Dependencies", order = 1)
@PermitAll
public class DependenciesView extends VerticalLayout {

    private final Grid<DependencyRow> grid = new Grid<>(DependencyRow.class, false);
    private final TextField filter = new TextField();

    public DependenciesView(InventoryService inventory) {
        setSizeFull();
        filter.setPlaceholder("Filter by service, team or dependency");
        filter.setId("dependencies-filter");
        filter.setWidth("24em");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        grid.setId("dependencies-grid");
        grid.addColumn(DependencyRow::serviceKey).setHeader("Service").setSortProperty(DependencyQuery.Sort.SERVICE.name());
        grid.addColumn(DependencyRow::team).setHeader("Team").setSortProperty(DependencyQuery.Sort.TEAM.name());
        grid.addColumn(DependencyRow::tier).setHeader("Tier").setSortProperty(DependencyQuery.Sort.TIER.name());
        grid.addColumn(DependencyRow::dependencyKey).setHeader("Dependency").setSortProperty(DependencyQuery.Sort.DEPENDENCY.name());
        grid.addColumn(DependencyRow::dependencyName).setHeader("Name").setSortProperty(DependencyQuery.Sort.NAME.name());
        grid.addColumn(DependencyRow::paths).setHeader("Paths");
        grid.addColumn(DependencyRow::fallbacks).setHeader("Fallbacks");
        grid.addColumn(DependencyRow::primaryRequires).setHeader("Primary requires").setFlexGrow(2);
        grid.setItems(query -> {
            var order = query.getSortOrders().stream().findFirst();
            return inventory.dependencies(new DependencyQuery(filter.getValue(),
                    order.map(o -> DependencyQuery.Sort.valueOf(o.getSorted())).orElse(null),
                    order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false),
                    query.getOffset(), query.getLimit())).stream();
        }, query -> (int) inventory.countDependencies(filter.getValue()));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ServiceEditorView.class,
                new RouteParameters("key", e.getItem().serviceKey()))));
        grid.setSizeFull();
        add(new H2("Dependencies"), filter, grid);
    }
}
