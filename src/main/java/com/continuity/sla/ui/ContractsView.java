package com.continuity.sla.ui;

import com.continuity.shared.ui.Grids;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.resilience.picture.RiskFormat;
import com.continuity.security.CurrentUser;
import com.continuity.sla.Contract;
import com.continuity.sla.SlaService;
import com.continuity.sla.model.ContractTerms;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;

/** Every contract with its provider, fee, covered domains and how it measures and credits; managers add one as YAML. */
@Route("contracts")
@PageTitle("Contracts · Continuity")
@Menu(title = "Contracts", order = 30)
@PermitAll
public class ContractsView extends VerticalLayout {

    private final SlaService sla;
    private final InventoryService inventory;
    private final Grid<Contract> grid = Grids.allRows(Contract.class, "contracts-grid");

    public ContractsView(SlaService sla, InventoryService inventory, CurrentUser currentUser) {
        this.sla = sla;
        this.inventory = inventory;
        grid.addComponentColumn(c -> link(c.terms())).setHeader("Contract").setFlexGrow(2);
        grid.addColumn(c -> c.terms().provider()).setHeader("Provider").setAutoWidth(true);
        grid.addColumn(c -> SlaFormat.money(c.terms().monthlyFee(), c.terms().currency())).setHeader("Monthly fee")
                .setAutoWidth(true);
        grid.addColumn(c -> RiskFormat.keys(c.terms().covers())).setHeader("Covers").setFlexGrow(1);
        grid.addColumn(c -> SlaFormat.words(c.terms().measurement().method())).setHeader("Measurement")
                .setAutoWidth(true);
        grid.addColumn(c -> c.terms().credit() == null ? "no credit" : SlaFormat.words(c.terms().credit().method()))
                .setHeader("Credit method").setAutoWidth(true);
        grid.getColumns().forEach(c -> c.setResizable(true));
        refresh();
        add(new H2("Contracts"), new Paragraph("The provider contracts with their SLOs and credit policies. "
                + "Open one for its terms in words, its SLA periods of the last two years and the credits owed."));
        if (currentUser.mayWriteInventory()) {
            Button create = new Button("New contract", e -> create());
            create.setId("new-contract");
            add(create);
        }
        add(grid);
    }

    private void refresh() {
        grid.setItems(sla.contracts().stream().sorted(Comparator.comparing(Contract::key)).toList());
    }

    static RouterLink link(ContractTerms terms) {
        return link(terms.key(), terms.name());
    }

    /** A link to the contract's page, reading "Name (key)". */
    static RouterLink link(String key, String name) {
        RouterLink link = new RouterLink(name + " (" + key + ")", ContractView.class, new RouteParameters("key", key));
        link.setId("contract-link-" + key);
        return link;
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New contract");
        dialog.setWidth("min(60em, 95vw)");
        UI ui = UI.getCurrent();
        ContractEditor editor = new ContractEditor(template(), in -> sla.saveContract(in, (Long) null), saved -> {
            dialog.close();
            ui.navigate(ContractView.class, new RouteParameters("key", saved.key()));
        });
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("cancel-contract");
        dialog.add(editor);
        dialog.getFooter().add(cancel);
        dialog.open();
    }

    /** A contract to start from, naming a provider and a domain that exist so that it saves as it is. */
    private String template() {
        List<FailureDomain> domains = inventory.failureDomains();
        String domain = domains.isEmpty() ? "a-failure-domain" : domains.getFirst().key();
        String provider = domains.isEmpty() || domains.getFirst().provider() == null ? "a-provider"
                : domains.getFirst().provider();
        return """
                # One contract in the shape of the portfolio file's contracts section (see the README).
                key: new-contract
                name: New provider contract
                provider: %s
                monthlyFee: 1000.00
                currency: USD
                timeZone: UTC
                covers: [%s]
                slos:
                  - kind: monthly-uptime
                    objectivePercent: 99.9
                measurement:
                  method: outage-minutes
                  qualifyingImpact: major
                credit:
                  method: tiered
                  tiers:
                    - { atLeast: 99.0, below: 99.9, percent: 10 }
                    - { below: 99.0, percent: 25 }
                claim:
                  deadlineDaysAfterPeriod: 30
                """.formatted(provider, domain);
    }
}
