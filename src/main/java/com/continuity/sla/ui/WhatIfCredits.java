package com.continuity.sla.ui;

import com.continuity.shared.ui.Grids;
import com.continuity.resilience.model.WhatIf;
import com.continuity.resilience.ui.WhatIfAddition;
import com.continuity.sla.ContractCredit;
import com.continuity.sla.SlaInsights;
import com.continuity.sla.WhatIfWithCredits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.Set;
import java.util.stream.Collectors;

/** Under the what-if's answer: the credit each contract covering a failed domain would owe for that outage. */
@org.springframework.stereotype.Component
class WhatIfCredits implements WhatIfAddition {

    private final SlaInsights insights;

    WhatIfCredits(SlaInsights insights) {
        this.insights = insights;
    }

    @Override
    public Component show(Set<String> domains, int minutes, WhatIf.Basis basis) {
        WhatIfWithCredits answer = insights.whatIf(domains, minutes, basis, null);
        Div section = new Div();
        section.setId("what-if-credits-section");
        section.setWidthFull();
        section.add(new H3("Service credits the contracts would owe"),
                new Paragraph("For this outage alone, as a full outage starting " + SlaFormat.instant(answer.start())
                        + ", in every billing month it falls in; the months' other incidents are left out."));
        if (answer.credits().isEmpty()) {
            Paragraph none = new Paragraph("No contract covers the failed domains: no credit.");
            none.setId("what-if-no-credits");
            section.add(none);
            return section;
        }
        Grid<ContractCredit> grid = Grids.allRows(ContractCredit.class, "what-if-credits");
        grid.addComponentColumn(c -> ContractsView.link(c.contract(), c.contractName())).setHeader("Contract")
                .setFlexGrow(2);
        grid.addColumn(ContractCredit::provider).setHeader("Provider").setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", c.coveredDomainsDown())).setHeader("Covered domains down")
                .setAutoWidth(true);
        grid.addColumn(c -> c.months().stream().map(m -> SlaFormat.month(m.period()) + ": "
                        + SlaFormat.money(m.creditAmount(), m.currency())).collect(Collectors.joining("; ")))
                .setHeader("By month").setFlexGrow(2);
        grid.addComponentColumn(c -> {
            Span credit = new Span(SlaFormat.money(c.credit()));
            credit.setId("what-if-credit-" + c.contract());
            return credit;
        }).setHeader("Credit").setAutoWidth(true);
        grid.setItems(answer.credits());
        Span total = new Span(SlaFormat.money(answer.totalCredits()));
        total.setId("what-if-total-credits");
        section.add(grid, new Paragraph(new Span("Total credits: "), total));
        return section;
    }
}
