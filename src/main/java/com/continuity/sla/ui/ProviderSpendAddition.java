package com.continuity.sla.ui;

import com.continuity.shared.ui.Grids;
import com.continuity.resilience.ui.RiskOverviewAddition;
import com.continuity.sla.ProviderSpend;
import com.continuity.sla.SlaInsights;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** At the end of the risk overview: concentration of spend, the monthly contract fees per provider with their share. */
@org.springframework.stereotype.Component
class ProviderSpendAddition implements RiskOverviewAddition {

    private final SlaInsights insights;

    ProviderSpendAddition(SlaInsights insights) {
        this.insights = insights;
    }

    @Override
    public Component show() {
        Grid<ProviderSpend> grid = Grids.allRows(ProviderSpend.class, "spend-grid");
        grid.addColumn(s -> s.providerName() + " (" + s.provider() + ")").setHeader("Provider").setFlexGrow(2);
        grid.addColumn(s -> SlaFormat.money(s.monthlyFees())).setHeader("Monthly fees").setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Span share = new Span(SlaFormat.exact(s.sharePercent()) + " of " + s.monthlyFees().currency() + " spend");
            share.setId("spend-share-" + s.provider() + "-" + s.monthlyFees().currency());
            return share;
        }).setHeader("Share").setAutoWidth(true);
        grid.addColumn(s -> String.join(", ", s.contracts())).setHeader("Contracts").setFlexGrow(1);
        grid.setItems(insights.spend());
        Div section = new Div(new H3("Spend per provider"), new Paragraph("Monthly contract fees per provider and "
                + "each one's share of all fees in the same currency: money concentrated on one provider is risk "
                + "concentrated there too."), grid);
        section.setId("spend-section");
        section.setWidthFull();
        return section;
    }
}
