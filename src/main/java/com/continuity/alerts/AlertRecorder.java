package com.continuity.alerts;

import com.continuity.incidents.DomainWindow;
import com.continuity.incidents.Incident;
import com.continuity.incidents.IncidentEvent;
import com.continuity.incidents.IncidentImpact;
import com.continuity.incidents.IncidentService;
import com.continuity.incidents.monitoring.MonitoringGapEvent;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.resilience.model.WhatIf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns the facts earlier modules publish into alert events: one row in the outbox (with the body every subscriber
 * will get) and one pending delivery per subscriber that wants it, written in the publisher's transaction, so the
 * alert exists exactly when the fact does. Sending is the {@link Dispatcher}'s.
 */
@Component
class AlertRecorder {

    private static final Logger log = LoggerFactory.getLogger(AlertRecorder.class);

    private final AlertRepository repository;
    private final IncidentService incidents;
    private final InventoryService inventory;
    private final AlertsProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    AlertRecorder(AlertRepository repository, IncidentService incidents, InventoryService inventory,
                  AlertsProperties properties, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.incidents = incidents;
        this.inventory = inventory;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentEvent event) {
        AlertType type = switch (event.kind()) {
            case OPENED -> AlertType.INCIDENT_OPENED;
            case UPDATED -> AlertType.INCIDENT_UPDATED;
            case RESOLVED -> AlertType.INCIDENT_RESOLVED;
        };
        IncidentImpact impact = incidents.impact(event.incidentKey());
        Incident incident = impact.incident();
        Set<String> domains = impact.windows().stream().map(DomainWindow::domain).collect(Collectors.toCollection(TreeSet::new));
        List<Map<String, Object>> services = new ArrayList<>();
        if (impact.services() != null) {
            impact.services().down().forEach(o -> services.add(service(o, "down")));
            impact.services().degraded().forEach(o -> services.add(service(o, "degraded")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("key", incident.key());
        i.put("title", incident.title());
        i.put("provider", incident.provider());
        i.put("impact", incident.impact().fileName());
        i.put("source", incident.source().fileName());
        i.put("start", incident.start().toString());
        i.put("end", incident.end() == null ? null : incident.end().toString());
        i.put("statusPageLink", incident.link());
        if (!incident.updates().isEmpty()) {
            var last = incident.updates().getLast();
            i.put("latestUpdate", Map.of("at", last.at().toString(), "status", String.valueOf(last.status()),
                    "body", String.valueOf(last.body())));
        }
        body.put("incident", i);
        body.put("domains", List.copyOf(domains));
        body.put("services", services);
        body.put("link", properties.baseUrl() + "/incidents/" + incident.key());
        String verb = switch (type) {
            case INCIDENT_OPENED -> "opened";
            case INCIDENT_RESOLVED -> "resolved";
            default -> "updated";
        };
        String summary = "Incident " + verb + ": " + incident.title() + " (" + incident.provider() + ", "
                + incident.impact().fileName() + ")" + (services.isEmpty() ? "" : "; affects " + services.stream()
                .map(s -> s.get("key") + " (tier " + s.get("tier") + ")").collect(Collectors.joining(", ")));
        Set<String> serviceKeys = services.stream().map(s -> (String) s.get("key")).collect(Collectors.toSet());
        record(type, incident.key(), event.at(), summary, body, domains, serviceKeys);
    }

    @EventListener
    void on(MonitoringGapEvent event) {
        Set<String> domains = inventory.failureDomains().stream().filter(d -> event.provider().equals(d.provider()))
                .map(FailureDomain::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> services = new TreeSet<>();
        for (BusinessService s : inventory.services()) {
            boolean uses = s.dependencies().stream().flatMap(d -> d.paths().stream())
                    .flatMap(p -> p.requires().stream()).anyMatch(domains::contains);
            if (uses) {
                services.add(s.key());
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gap", Map.of("id", event.gapId(), "provider", event.provider(), "statusPage", event.url(),
                "since", event.since().toString(), "reason", event.reason()));
        body.put("domains", List.copyOf(domains));
        body.put("services", List.copyOf(services));
        body.put("link", properties.baseUrl() + "/status-monitoring");
        String summary = "Monitoring gap: the status page of " + event.provider() + " cannot be read (" + event.reason()
                + ")";
        record(AlertType.MONITORING_GAP, event.provider() + "#gap-" + event.gapId(), event.since(), summary, body,
                domains, services);
    }

    /** Records an event and its deliveries (also for later facts: claim deadlines, error-budget burn). */
    UUID record(AlertType type, String subject, Instant at, String summary, Map<String, Object> body,
                Set<String> domains, Set<String> services) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id.toString());
        payload.put("event", type.fileName());
        payload.put("occurredAt", at.toString());
        payload.put("summary", summary);
        payload.putAll(body);
        repository.insertEvent(id, type, subject, at, summary, json.writeValueAsString(payload), now);
        Set<String> teams = inventory.services().stream().filter(s -> services.contains(s.key()))
                .map(BusinessService::team).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        int n = 0;
        for (Subscription s : repository.subscriptions()) {
            if (s.wants(type, domains, services, teams)) {
                repository.insertDelivery(id, s.id(), now);
                n++;
            }
        }
        log.info("Alert {} {} for {} subscriber(s): {}", type.fileName(), id, n, summary);
        return id;
    }

    private static Map<String, Object> service(WhatIf.Outcome o, String state) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", o.service().service());
        s.put("name", o.service().name());
        s.put("tier", o.service().tier());
        s.put("rtoMinutes", o.rtoMinutes());
        s.put("state", state);
        s.put("rtoBreached", o.rtoBreached());
        return s;
    }
}
