package com.continuity.resilience.ui;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.ui.ServiceEditorView;
import com.continuity.resilience.ResilienceService;
import com.continuity.resilience.model.Analysis;
import com.continuity.resilience.model.FallbackCheck;
import com.continuity.resilience.model.ServiceRisk;
import com.continuity.resilience.picture.DependencyTreePicture;
import com.continuity.resilience.picture.RiskFormat;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ui.Forms;
import com.continuity.shared.ui.Pictures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.continuity.reports.ui.ServiceDocuments;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One service's risk: its dependency tree as a picture, on paper beside in practice, the findings with their
 * weights, each fallback with what keeps it from counting, and its fault tree in Open-PSA MEF for other tools.
 */
@Route("risk/:key")
@PageTitle("Service risk · Continuity")
@PermitAll
public class ServiceRiskView extends VerticalLayout implements BeforeEnterObserver {

    private final ResilienceService resilience;
    private final InventoryService inventory;

    private final ServiceDocuments documents;

    public ServiceRiskView(ResilienceService resilience, InventoryService inventory, ServiceDocuments documents) {
        this.documents = documents;
        this.resilience = resilience;
        this.inventory = inventory;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        try {
            show(inventory.service(key), resilience.risk(key));
        } catch (NotFoundException e) {
            Forms.error(e.getMessage());
            event.forwardTo(RiskOverviewView.class);
        }
    }

    private void show(BusinessService service, ServiceRisk risk) {
        removeAll();
        H2 title = new H2("Risk of " + service.name());
        title.setId("service-risk-title");
        Paragraph score = new Paragraph("Risk score " + risk.score() + " / 100 · " + RiskFormat.tier(service.tier())
                + " · RTO " + RiskFormat.minutes(service.rtoMinutes()) + " · MTPD "
                + RiskFormat.minutes(service.mtpdMinutes()));
        score.setId("service-risk-score");
        HorizontalLayout links = new HorizontalLayout(new RouterLink("Back to the risk overview", RiskOverviewView.class),
                new RouterLink("Edit the service", ServiceEditorView.class, new RouteParameters("key", service.key())));
        links.add(documents.links(service));

        add(title, score, links,
                new H3("Dependency tree"),
                Pictures.of(DependencyTreePicture.svg(service, risk, resilience.availabilities()),
                        "dependency-tree"),
                new H3("On paper and in practice"),
                new Paragraph("On paper trusts every declared fallback; in practice keeps only those that would "
                        + "really save the day."),
                figures(risk.onPaper(), risk.inPractice()),
                new H3("Findings"),
                new Paragraph("The score is the sum of these weights, capped at 100: " + risk.score() + "."),
                RiskViews.findingGrid("findings-grid", risk.findings()),
                new H3("Fallbacks"),
                fallbacks(risk.fallbacks()),
                new H3("Fault tree"),
                faultTrees(service.key()));
    }

    private static Component figures(Analysis paper, Analysis practice) {
        return RiskViews.table("risk-figures", List.of("", "On paper", "In practice"), List.of(
                List.of("Availability", RiskFormat.availability(paper.availability()),
                        RiskFormat.availability(practice.availability())),
                List.of("Unavailability", RiskFormat.unavailability(paper.unavailability()),
                        RiskFormat.unavailability(practice.unavailability())),
                List.of("Expected downtime per year", RiskFormat.decimalMinutes(paper.expectedDowntimeMinutesPerYear()),
                        RiskFormat.decimalMinutes(practice.expectedDowntimeMinutesPerYear())),
                List.of("Expected annual loss", RiskFormat.money(paper.expectedAnnualLoss(), paper.currency()),
                        RiskFormat.money(practice.expectedAnnualLoss(), practice.currency())),
                List.of("Single points of failure", RiskFormat.keys(paper.singlePointsOfFailure()),
                        RiskFormat.keys(practice.singlePointsOfFailure())),
                List.of("Minimal cut sets", paper.minimalCutSets().size() + ": "
                        + RiskFormat.cutSets(paper.minimalCutSets()), practice.minimalCutSets().size() + ": "
                        + RiskFormat.cutSets(practice.minimalCutSets()))));
    }

    private static Component fallbacks(List<FallbackCheck> checks) {
        if (checks.isEmpty()) {
            Paragraph none = new Paragraph("No fallbacks declared: every dependency rests on its primary alone.");
            none.setId("fallbacks-none");
            return none;
        }
        Grid<FallbackCheck> grid = RiskViews.grid(FallbackCheck.class, "fallbacks-grid");
        grid.addColumn(FallbackCheck::dependency).setHeader("Dependency").setAutoWidth(true);
        grid.addColumn(FallbackCheck::path).setHeader("Fallback").setAutoWidth(true);
        grid.addComponentColumn(c -> c.counts() ? RiskViews.mark("Counts in practice", RiskViews.OK)
                : RiskViews.mark("Does not count in practice", RiskViews.BREACH)).setHeader("In practice")
                .setAutoWidth(true);
        grid.addColumn(c -> c.counts() ? RiskFormat.NONE : RiskFormat.gaps(c.gaps())).setHeader("Gaps")
                .setFlexGrow(3);
        grid.setItems(checks);
        return grid;
    }

    private VerticalLayout faultTrees(String key) {
        VerticalLayout box = new VerticalLayout(
                new Paragraph("The fault tree in Open-PSA MEF XML, for SCRAM and other fault-tree tools."),
                new HorizontalLayout(faultTree(key, false), faultTree(key, true)),
                new Paragraph(new Code("GET /api/v1/services/" + key + "/fault-tree"), new Span(" and "), new Code("?basis=in-practice"),
                        new Span(" give the same over the REST API.")));
        box.setPadding(false);
        return box;
    }

    private Anchor faultTree(String key, boolean inPractice) {
        String basis = inPractice ? "in-practice" : "on-paper";
        String fileName = key + "-fault-tree-" + basis + ".xml";
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xml = resilience.faultTreeXml(key, inPractice).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(xml), fileName, "application/xml", xml.length);
        }), "Download the fault tree " + (inPractice ? "in practice" : "on paper") + " (MEF)");
        a.setId("fault-tree-" + basis);
        return a;
    }
}
