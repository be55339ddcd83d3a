package com.continuity.incidents.statuspage;

import com.continuity.incidents.model.Impact;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A period during which one component stayed in one non-operational state during an incident.
 *
 * @param componentId the Statuspage component id ({@code code} in affected_components)
 * @param end         null while it is still open (the incident is unresolved)
 */
public record ComponentInterval(String componentId, String componentName, Impact impact, Instant start,
                                Instant end) {

    public ComponentInterval {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(componentName, "componentName");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("interval of " + componentName + " ends " + end + " before it starts "
                    + start);
        }
    }

    public boolean open() {
        return end == null;
    }

    /** Its length up to {@code end}, or up to {@code now} while it is open. */
    public Duration duration(Instant now) {
        return Duration.between(start, end != null ? end : now);
    }
}
