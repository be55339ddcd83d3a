package com.continuity.reviews.ui;

import com.continuity.resilience.picture.RiskFormat;
import com.continuity.reviews.model.ReviewSummary;
import com.continuity.reviews.model.Snapshot;
import com.continuity.reviews.model.Snapshot.ClaimEntry;
import com.continuity.reviews.model.Snapshot.ContractEntry;
import com.continuity.reviews.model.Snapshot.Credits;
import com.continuity.reviews.model.Snapshot.DrillEntry;
import com.continuity.reviews.model.Snapshot.DrillGap;
import com.continuity.reviews.model.Snapshot.IncidentEntry;
import com.continuity.reviews.model.Snapshot.PlannedDrillEntry;
import com.continuity.reviews.model.Snapshot.ServiceHit;
import com.continuity.shared.ui.Grids;
import com.continuity.shared.ui.Pictures;
import com.continuity.sla.picture.AttainmentChart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The read-only parts of a review page, drawn from its frozen snapshot: the summary, the incidents, SLA attainment
 * and credits, and the drills. Nothing here asks a service: the snapshot already says it all.
 */
final class SnapshotSections {

    private SnapshotSections() {
    }

    /** What changed since the previous review, the top risks, money owed and lost, and the drills that are due. */
    static Component summary(Snapshot s, ReviewSummary summary) {
        Div box = new Div(titled("Since the previous review", changes(s), "summary-changes"),
                titled("Top risks", topRisks(summary), "summary-risks"),
                titled("Money", new Paragraph(credits(s.credits())), "summary-credits"),
                titled("Drills", new Paragraph(drills(summary)), "summary-drills"));
        box.setId("review-summary");
        box.setWidthFull();
        return box;
    }

    private static Div titled(String title, Component body, String id) {
        Div div = new Div(new H4(title), body);
        div.setId(id);
        return div;
    }

    private static Component changes(Snapshot s) {
        Snapshot.Changes c = s.changes();
        if (c.first()) {
            return new Paragraph("This is the first review of its scope: there is nothing to compare with.");
        }
        String since = "Compared with " + s.previous().quarter() + ": ";
        if (c.none()) {
            return new Paragraph(since + "no score, single point of failure or service changed.");
        }
        UnorderedList list = new UnorderedList();
        c.scores().forEach(x -> list.add(new ListItem("The risk score of " + x.name() + " "
                + (x.delta() > 0 ? "rose" : "fell") + " from " + x.before() + " to " + x.after() + ".")));
        c.spofsAdded().forEach(x -> list.add(new ListItem("New single point of failure of " + x.name() + ": "
                + x.domain() + (x.inPractice() ? " (in practice)." : "."))));
        c.spofsRemoved().forEach(x -> list.add(new ListItem("No longer a single point of failure of " + x.name()
                + ": " + x.domain() + (x.inPractice() ? " (in practice)." : "."))));
        if (!c.servicesAdded().isEmpty()) {
            list.add(new ListItem("Services added: " + String.join(", ", c.servicesAdded()) + "."));
        }
        if (!c.servicesRemoved().isEmpty()) {
            list.add(new ListItem("Services removed: " + String.join(", ", c.servicesRemoved()) + "."));
        }
        return new Div(new Paragraph(since), list);
    }

    private static Component topRisks(ReviewSummary summary) {
        if (summary.topRisks().isEmpty()) {
            return new Paragraph("No service in scope carries a risk.");
        }
        UnorderedList list = new UnorderedList();
        summary.topRisks().forEach(e -> list.add(new ListItem(e.name() + " (" + e.key() + "): score " + e.score()
                + (e.reasons().isEmpty() ? "" : ". " + String.join(" ", e.reasons())))));
        return list;
    }

    static String credits(Credits c) {
        return "Owed, still to claim: " + RiskFormat.money(c.owed()) + ". Claimed, awaited: "
                + RiskFormat.money(c.claimed()) + ". Received: " + RiskFormat.money(c.received()) + ". Denied: "
                + RiskFormat.money(c.denied()) + ". Lost, expired unclaimed: " + RiskFormat.money(c.expired()) + ".";
    }

    private static String drills(ReviewSummary s) {
        if (s.drillsInOrder()) {
            return "Every fallback in scope was drilled within 90 days, and passed.";
        }
        return "Fallbacks overdue for a drill: " + s.drillsOverdue() + ". Never drilled: " + s.drillsNeverDone()
                + ". Last drill failed: " + s.drillsFailed() + ". Planned drills missed: " + s.plannedDrillsMissed()
                + ".";
    }

    static Component incidents(Snapshot s) {
        if (s.incidents().isEmpty()) {
            Paragraph none = new Paragraph("No incident of the quarter touched the failure domains of the services "
                    + "in scope.");
            none.setId("incidents-grid");
            return none;
        }
        Grid<IncidentEntry> grid = Grids.allRows(IncidentEntry.class, "incidents-grid");
        grid.addColumn(IncidentEntry::title).setHeader("Incident").setFlexGrow(3);
        grid.addColumn(i -> i.provider() == null ? ReviewText.NONE : i.provider()).setHeader("Provider")
                .setAutoWidth(true);
        grid.addColumn(IncidentEntry::impact).setHeader("Impact").setAutoWidth(true);
        grid.addColumn(i -> ReviewText.time(i.start())).setHeader("From").setAutoWidth(true);
        grid.addColumn(i -> i.end() == null ? "still open" : ReviewText.time(i.end())).setHeader("To")
                .setAutoWidth(true);
        grid.addColumn(i -> RiskFormat.keys(i.domains())).setHeader("Failure domains").setFlexGrow(2);
        grid.addColumn(i -> i.services().isEmpty() ? "none stopped or degraded" : i.services().stream()
                .map(SnapshotSections::hit).collect(Collectors.joining("; "))).setHeader("Our services")
                .setFlexGrow(3);
        grid.setItems(s.incidents());
        return grid;
    }

    private static String hit(ServiceHit h) {
        return h.name() + ": " + h.state() + " " + RiskFormat.minutes(h.stoppedMinutes())
                + (h.loss() == null ? "" : ", " + RiskFormat.money(h.loss()) + " lost");
    }

    /** Each contract's months of the quarter against its objective, then the claims and their totals. */
    static Component sla(Snapshot s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Paragraph totals = new Paragraph(credits(s.credits()));
        totals.setId("credits-totals");
        box.add(totals);
        if (s.contracts().isEmpty()) {
            box.add(new Paragraph("No contract with the providers of the services in scope."));
        }
        for (ContractEntry c : s.contracts()) {
            box.add(new H4(c.name() + " (" + c.provider() + ")"));
            if (c.months().isEmpty()) {
                box.add(new Paragraph("No month of " + s.quarter() + " measured."));
                continue;
            }
            List<AttainmentChart.Month> months = c.months().stream()
                    .map(m -> new AttainmentChart.Month(m.month(), m.uptimePercent(), m.met())).toList();
            box.add(Pictures.of(AttainmentChart.svg("Monthly uptime of " + c.name() + ", " + s.quarter(), months,
                    c.objectivePercent()), "attainment-" + ReviewText.id(c.key())));
        }
        Grid<ClaimEntry> claims = Grids.allRows(ClaimEntry.class, "claims-grid");
        claims.addColumn(c -> c.contractName() + " (" + c.contract() + ")").setHeader("Contract").setFlexGrow(2);
        claims.addColumn(c -> c.period().toString()).setHeader("Month").setAutoWidth(true);
        claims.addColumn(ClaimEntry::status).setHeader("Status").setAutoWidth(true);
        claims.addColumn(c -> RiskFormat.money(c.amount())).setHeader("Credit").setAutoWidth(true);
        claims.addColumn(c -> c.deadline() == null ? ReviewText.NONE : c.deadline().toString()).setHeader("Claim by")
                .setAutoWidth(true);
        claims.addColumn(c -> RiskFormat.money(c.received())).setHeader("Received").setAutoWidth(true);
        claims.setItems(s.credits().claims());
        box.add(new H4("Claims"), s.credits().claims().isEmpty()
                ? new Paragraph("No claim concerns the quarter.") : claims);
        return box;
    }

    /** The drills done in the quarter, the fallbacks that need one, and the drills planned. */
    static Component drills(Snapshot s) {
        Grid<DrillEntry> done = Grids.allRows(DrillEntry.class, "drills-done-grid");
        done.addColumn(DrillEntry::serviceName).setHeader("Service").setFlexGrow(2);
        done.addColumn(d -> d.dependency() + " / " + d.path()).setHeader("Fallback").setFlexGrow(2);
        done.addColumn(d -> d.date().toString()).setHeader("Date").setAutoWidth(true);
        done.addColumn(DrillEntry::result).setHeader("Result").setAutoWidth(true);
        done.addColumn(d -> RiskFormat.minutes(d.switchoverMinutes())).setHeader("Switchover").setAutoWidth(true);
        done.setItems(s.drillsDone());

        Grid<DrillGap> gaps = Grids.allRows(DrillGap.class, "drill-gaps-grid");
        gaps.addColumn(DrillGap::serviceName).setHeader("Service").setFlexGrow(2);
        gaps.addColumn(g -> g.dependency() + " / " + g.path()).setHeader("Fallback").setFlexGrow(2);
        gaps.addColumn(g -> switch (g.kind()) {
            case NEVER -> "never drilled";
            case FAILED -> "last drill failed";
            case OVERDUE -> "overdue";
        }).setHeader("Gap").setAutoWidth(true);
        gaps.addColumn(g -> g.lastDrill() == null ? ReviewText.NONE : g.lastDrill().toString()).setHeader("Last drill")
                .setAutoWidth(true);
        gaps.setItems(s.drillGaps());

        Grid<PlannedDrillEntry> planned = Grids.allRows(PlannedDrillEntry.class, "planned-drills-grid");
        planned.addColumn(PlannedDrillEntry::serviceName).setHeader("Service").setFlexGrow(2);
        planned.addColumn(p -> p.dependency() + " / " + p.path()).setHeader("Fallback").setFlexGrow(2);
        planned.addColumn(p -> p.date().toString()).setHeader("Date").setAutoWidth(true);
        planned.addColumn(PlannedDrillEntry::owner).setHeader("Owner").setAutoWidth(true);
        planned.addColumn(PlannedDrillEntry::scenario).setHeader("Scenario").setFlexGrow(2);
        planned.addColumn(p -> p.missed() ? "missed" : "").setHeader("").setAutoWidth(true);
        planned.setItems(s.plannedDrills());

        VerticalLayout box = new VerticalLayout(new H4("Done in " + s.quarter()),
                s.drillsDone().isEmpty() ? new Span("None.") : done,
                new H4("Gaps: fallbacks never drilled, failed, or not drilled within 90 days"),
                s.drillGaps().isEmpty() ? new Span("None.") : gaps,
                new H4("Planned"), s.plannedDrills().isEmpty() ? new Span("None planned.") : planned);
        box.setPadding(false);
        return box;
    }
}
