package com.continuity.resilience.ui;

import com.continuity.resilience.ResilienceService;
import com.continuity.resilience.model.BlastRadius;
import com.continuity.resilience.model.Concentration;
import com.continuity.resilience.model.PortfolioRisk;
import com.continuity.resilience.picture.ConcentrationChart;
import com.continuity.resilience.picture.RiskFormat;
import com.continuity.shared.ui.Pictures;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What goes down when one failure domain, or one provider with all its domains, fails alone: the services on paper
 * and in practice, by tier, with the cost per hour at risk; and how much of the critical business each provider
 * alone can stop.
 */
@Route("blast-radius")
@PageTitle("Blast radius · Continuity")
@Menu(title = "Blast radius", order = 11)
@PermitAll
public class BlastRadiusView extends VerticalLayout {

    public BlastRadiusView(ResilienceService resilience) {
        PortfolioRisk portfolio = resilience.portfolio();
        add(new H2("Blast radius"),
                new Paragraph("Each failure domain and each provider failing alone: which services stop on paper "
                        + "(trusting every declared fallback) and in practice (only fallbacks that would really save "
                        + "the day), of which tiers, and what that costs per hour. Widest in practice first."),
                new H3("Concentration"),
                Pictures.of(ConcentrationChart.svg(portfolio.concentration()), "concentration-chart"),
                concentration(portfolio.concentration()),
                new H3("By provider"),
                radius("provider-radius-grid", "Provider", portfolio.providers()),
                new H3("By failure domain"),
                radius("domain-radius-grid", "Failure domain", portfolio.domains()));
    }

    private static Grid<Concentration> concentration(List<Concentration> rows) {
        Grid<Concentration> grid = RiskViews.grid(Concentration.class, "concentration-grid");
        grid.addColumn(c -> c.name() + " (" + c.provider() + ")").setHeader("Provider").setAutoWidth(true);
        grid.addColumn(Concentration::criticalServices).setHeader("Tier-1 and tier-2 services").setAutoWidth(true);
        grid.addColumn(Concentration::downOnPaper).setHeader("Down on paper").setAutoWidth(true);
        grid.addColumn(c -> RiskFormat.share(c.shareOnPaper())).setHeader("Share on paper").setAutoWidth(true);
        grid.addColumn(Concentration::downInPractice).setHeader("Down in practice").setAutoWidth(true);
        grid.addColumn(c -> RiskFormat.share(c.shareInPractice())).setHeader("Share in practice").setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    private static Grid<BlastRadius> radius(String id, String what, List<BlastRadius> rows) {
        Grid<BlastRadius> grid = RiskViews.grid(BlastRadius.class, id);
        grid.addColumn(r -> r.name() + " (" + r.key() + ")").setHeader(what).setWidth("14em").setFlexGrow(1);
        grid.addColumn(r -> RiskViews.exposures(r.onPaper())).setHeader("Down on paper").setWidth("14em")
                .setFlexGrow(2);
        grid.addColumn(r -> RiskViews.exposures(r.inPractice())).setHeader("Down in practice").setWidth("14em")
                .setFlexGrow(2);
        grid.addColumn(r -> tiers(r.tiersOnPaper())).setHeader("By tier on paper").setWidth("8em");
        grid.addColumn(r -> tiers(r.tiersInPractice())).setHeader("By tier in practice").setWidth("8em");
        grid.addColumn(r -> RiskFormat.money(r.costPerHourOnPaper())).setHeader("Cost / h at risk on paper")
                .setWidth("9em");
        grid.addColumn(r -> RiskFormat.money(r.costPerHourInPractice())).setHeader("Cost / h at risk in practice")
                .setWidth("9em");
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setItems(rows);
        return grid;
    }

    /** "tier 1: 1, tier 4: 1", the tiers with no service down left out; the em dash when none is. */
    private static String tiers(Map<Integer, Integer> byTier) {
        String tiers = byTier.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> "tier " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        return tiers.isEmpty() ? RiskFormat.NONE : tiers;
    }
}
