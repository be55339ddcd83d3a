package com.continuity.incidents.ui;

import com.continuity.incidents.monitoring.MonitoringGap;
import com.continuity.incidents.monitoring.MonitoringService;
import com.continuity.incidents.monitoring.PageState;
import com.continuity.incidents.probes.Probe;
import com.continuity.incidents.probes.ProbeService;
import com.continuity.shared.ui.Grids;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.Instant;

/** The polled status pages and the monitoring gaps: the times we could not see a provider's page. */
@Route("status-monitoring")
@PageTitle("Status monitoring · Continuity")
@Menu(title = "Status monitoring", order = 21)
@PermitAll
public class StatusMonitoringView extends VerticalLayout {

    public StatusMonitoringView(MonitoringService monitoring, ProbeService probeService) {
        Grid<MonitoringGap> gaps = Grids.allRows(MonitoringGap.class, "gaps-grid");
        gaps.addColumn(MonitoringGap::provider).setHeader("Provider").setAutoWidth(true);
        gaps.addColumn(g -> g.open() ? "open" : "closed").setHeader("State").setAutoWidth(true);
        gaps.addColumn(g -> text(g.start())).setHeader("Since").setAutoWidth(true);
        gaps.addColumn(g -> text(g.end())).setHeader("Until").setAutoWidth(true);
        gaps.addColumn(MonitoringGap::failures).setHeader("Failed polls").setAutoWidth(true);
        gaps.addColumn(MonitoringGap::reason).setHeader("Reason").setFlexGrow(3);
        gaps.setItems(monitoring.gaps());

        Grid<PageState> pages = Grids.allRows(PageState.class, "pages-grid");
        pages.addColumn(PageState::provider).setHeader("Provider").setAutoWidth(true);
        pages.addColumn(PageState::url).setHeader("Status page").setFlexGrow(2);
        pages.addColumn(p -> text(p.lastSuccessAt())).setHeader("Last read").setAutoWidth(true);
        pages.addColumn(PageState::consecutiveFailures).setHeader("Failures in a row").setAutoWidth(true);
        pages.addColumn(p -> text(p.nextPollAt())).setHeader("Next poll").setAutoWidth(true);
        pages.addColumn(p -> p.lastError() == null ? "" : p.lastError()).setHeader("Last error").setFlexGrow(2);
        pages.setItems(monitoring.pages());

        Grid<Probe> probes = Grids.allRows(Probe.class, "probes-grid");
        probes.addColumn(Probe::key).setHeader("Probe").setAutoWidth(true);
        probes.addColumn(Probe::team).setHeader("Team").setAutoWidth(true);
        probes.addColumn(Probe::url).setHeader("URL").setFlexGrow(2);
        probes.addColumn(p -> String.join(", ", p.domains())).setHeader("Domains").setFlexGrow(1);
        probes.addColumn(p -> "every " + p.interval().toString().substring(2).toLowerCase() + ", errors > "
                + p.errorRatePercent() + " % or mean latency > " + p.latencyThresholdMillis() + " ms over "
                + p.window() + " checks").setHeader("Rule").setFlexGrow(3);
        probes.setItems(probeService.probes());

        add(new H2("Status monitoring"),
                new Paragraph("Each provider's status page is polled once per interval; incidents open, update and "
                        + "resolve on their own. A page that cannot be read is a monitoring gap, not an incident."),
                new H3("Monitoring gaps"), gaps, new H3("Status pages"), pages,
                new H3("Synthetic probes"), new Paragraph("Registered over REST (POST /api/v1/probes); a failing probe "
                        + "opens an incident with source probe on its domains."), probes);
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
