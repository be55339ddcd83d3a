package com.continuity.incidents.api;

import com.continuity.incidents.monitoring.MonitoringGap;
import com.continuity.incidents.monitoring.MonitoringService;
import com.continuity.incidents.monitoring.PageState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** What status monitoring sees: the polled pages and the monitoring gaps (open ones first). */
@RestController
@RequestMapping("/api/v1/status-monitoring")
class StatusMonitoringController {

    private final MonitoringService monitoring;

    StatusMonitoringController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    record Monitoring(List<PageState> pages, List<MonitoringGap> gaps) {
    }

    @GetMapping
    Monitoring monitoring() {
        return new Monitoring(monitoring.pages(), monitoring.gaps());
    }
}
