package com.continuity.resilience.ui;

import com.continuity.resilience.model.WhatIf;
import com.continuity.resilience.picture.RiskFormat;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a what-if's outcomes read, wherever one is shown (the what-if page, an incident's impact): the services that
 * stop, or those that run degraded on a fallback, with switchover, capacity, RTO, MTPD and loss. Cells carry ids
 * by service key ({@code risk-link-}, {@code runs-on-}, {@code rto-}, {@code mtpd-}), so a page shows one what-if.
 */
public final class WhatIfOutcomes {

    private WhatIfOutcomes() {
    }

    /** The grid of services that stop, or (with {@code degraded}) of those that run on fallbacks. */
    public static Grid<WhatIf.Outcome> grid(String id, boolean degraded) {
        Grid<WhatIf.Outcome> grid = RiskViews.grid(WhatIf.Outcome.class, id);
        grid.addComponentColumn(o -> RiskViews.service(o.service().service(), o.service().name()))
                .setHeader("Service").setAutoWidth(true);
        grid.addColumn(o -> o.service().tier()).setHeader("Tier").setAutoWidth(true);
        if (degraded) {
            grid.addComponentColumn(o -> {
                Span runsOn = new Span(takeovers(o.takeovers()));
                runsOn.setId("runs-on-" + o.service().service());
                return runsOn;
            }).setHeader("Runs on").setFlexGrow(3);
        }
        grid.addColumn(o -> RiskFormat.minutes(o.stoppedMinutes()))
                .setHeader(degraded ? "Stopped while switching" : "Stopped").setAutoWidth(true);
        grid.addComponentColumn(o -> RiskViews.objective(o.rtoBreached(), o.rtoMinutes(), "RTO",
                        "rto-" + o.service().service()))
                .setHeader("RTO").setAutoWidth(true);
        grid.addComponentColumn(o -> RiskViews.objective(o.mtpdBreached(), o.mtpdMinutes(), "MTPD",
                        "mtpd-" + o.service().service()))
                .setHeader("MTPD").setAutoWidth(true);
        grid.addColumn(o -> RiskFormat.money(o.loss())).setHeader("Loss").setAutoWidth(true);
        grid.getColumns().forEach(c -> c.setResizable(true));
        return grid;
    }

    /**
     * "2 services stop, 1 runs degraded; loss $1,000.00", or null when no service stops or runs degraded.
     */
    public static String counts(WhatIf.Result r) {
        if (r.down().isEmpty() && r.degraded().isEmpty()) {
            return null;
        }
        return count(r.down().size(), "service stops", "services stop") + ", "
                + count(r.degraded().size(), "runs degraded", "run degraded") + "; loss "
                + RiskFormat.money(r.totalLoss());
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "replies on gpt-via-gateway (1 min switchover, 100% capacity)". */
    static String takeovers(List<WhatIf.Takeover> takeovers) {
        return takeovers.stream().map(t -> t.dependency() + " on " + t.path() + " (" + t.switchoverMinutes()
                + " min switchover, " + t.capacityPercent() + "% capacity)").collect(Collectors.joining("; "));
    }
}
