package com.continuity.sla.model;

import com.continuity.incidents.model.Impact;

import java.time.Instant;
import java.util.Objects;

/**
 * One window in which a covered component was impaired; label names its source (an incident key) for explanations.
 * An ongoing incident is passed with the evaluation's "now" as its end.
 */
public record Outage(Instant start, Instant end, Impact impact, String label) {

    public Outage {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(impact, "impact");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("outage " + label + " ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
