package com.continuity.resilience.ui;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.InventoryService;
import com.continuity.resilience.ResilienceService;
import com.continuity.resilience.model.ServiceRisk;
import com.continuity.resilience.picture.RiskFormat;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every business service ranked by risk score, riskiest first, with the findings behind each score under its row,
 * and how the score is computed. Figures come from the resilience service; the inventory gives names and tiers.
 */
@Route("risk")
@PageTitle("Risk overview · Continuity")
@Menu(title = "Risk overview", order = 10)
@PermitAll
public class RiskOverviewView extends VerticalLayout {

    /** One ranked service: the model's reading and the names people know it by. */
    record Row(ServiceRisk risk, String name, int tier) {
    }

    /** @param additions what later modules show at the end of the page (spend per provider, say); may be empty */
    public RiskOverviewView(ResilienceService resilience, InventoryService inventory,
                            List<RiskOverviewAddition> additions) {
        Map<String, BusinessService> services = inventory.services().stream()
                .collect(Collectors.toMap(BusinessService::key, Function.identity()));
        List<Row> rows = resilience.ranking().stream().filter(r -> services.containsKey(r.service()))
                .map(r -> new Row(r, services.get(r.service()).name(), services.get(r.service()).tier()))
                .toList();

        Grid<Row> grid = RiskViews.grid(Row.class, "risk-grid");
        grid.addComponentColumn(r -> RiskViews.service(r.risk().service(), r.name())).setHeader("Service")
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(Row::tier).setHeader("Tier").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span score = new Span(Integer.toString(r.risk().score()));
            score.setId("score-" + r.risk().service());
            score.addClassName("risk-score");
            return score;
        }).setHeader("Score").setAutoWidth(true);
        grid.addComponentColumn(r -> RiskViews.spofs(r.risk().onPaper().singlePointsOfFailure(), r.risk().onPaper().singlePointsOfFailure(),
                "spofs-on-paper-" + r.risk().service())).setHeader("SPOFs on paper").setFlexGrow(1);
        grid.addComponentColumn(r -> RiskViews.spofs(r.risk().onPaper().singlePointsOfFailure(),
                r.risk().inPractice().singlePointsOfFailure(), "spofs-in-practice-" + r.risk().service()))
                .setHeader("SPOFs in practice").setFlexGrow(2);
        grid.addColumn(r -> RiskFormat.unavailability(r.risk().inPractice().unavailability()))
                .setHeader("Unavailability in practice").setAutoWidth(true);
        grid.addColumn(r -> RiskFormat.money(r.risk().inPractice().expectedAnnualLoss(),
                r.risk().inPractice().currency())).setHeader("Expected annual loss in practice").setAutoWidth(true);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r ->
                RiskViews.findingList(r.risk().service(), r.risk().findings())));
        grid.setItems(rows);

        Checkbox showFindings = new Checkbox("Show the findings under each service", true);
        showFindings.setId("show-findings");
        showFindings.addValueChangeListener(e -> rows.forEach(r -> grid.setDetailsVisible(r, e.getValue())));
        rows.forEach(r -> grid.setDetailsVisible(r, true));

        add(new H2("Risk overview"),
                new Paragraph("Business services ranked by risk score, riskiest first. On paper counts every declared "
                        + "fallback; in practice only those that would really save the day. Open a service for its "
                        + "dependency tree."),
                showFindings, grid, new ScoreExplanation());
        additions.forEach(a -> add(a.show()));
    }
}
