package com.continuity.incidents.statuspage;

import com.continuity.incidents.model.Impact;

import java.time.Instant;
import java.util.Objects;

/**
 * A component's current state on the page (summary.json, components.json), its status mapped by DESIGN §4
 * ({@link Impact#ofComponentStatus}): operational is {@link Impact#NONE}.
 */
public record ComponentState(String id, String name, Impact impact, Instant updatedAt) {

    public ComponentState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
