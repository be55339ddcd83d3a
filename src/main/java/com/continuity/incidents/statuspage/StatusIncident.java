package com.continuity.incidents.statuspage;

import com.continuity.incidents.model.Impact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One incident of a Statuspage page.
 *
 * @param status         Statuspage's word: investigating, identified, monitoring, resolved, postmortem (or a
 *                       maintenance's scheduled, in_progress, verifying, completed), kept as given
 * @param start          {@code started_at}, else {@code created_at}, else the first update's time
 * @param resolvedAt     null while the incident is unresolved
 * @param shortlink      null when the page gives none
 * @param updates        oldest first
 * @param intervals      per-component non-operational periods, by start then component name
 * @param componentNames the names of the components the incident lists ({@code components[].name}), possibly none
 */
public record StatusIncident(String id, String name, Impact impact, String status, Instant start, Instant resolvedAt,
                             String shortlink, List<StatusUpdate> updates, List<ComponentInterval> intervals,
                             List<String> componentNames) {

    public StatusIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        updates = List.copyOf(updates);
        intervals = List.copyOf(intervals);
        componentNames = List.copyOf(componentNames);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
