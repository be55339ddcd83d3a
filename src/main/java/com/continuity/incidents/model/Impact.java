package com.continuity.incidents.model;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How bad an incident or a component state is, in Statuspage's words. NONE &lt; MINOR &lt; MAJOR &lt; CRITICAL;
 * MAINTENANCE stands apart: it is planned work, excluded or not by each contract, never "worse" than an outage.
 */
public enum Impact {
    NONE, MINOR, MAJOR, CRITICAL, MAINTENANCE;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static Impact of(String fileName) {
        return FileNames.parse(Impact.class, fileName);
    }

    /** Whether this impact qualifies under a threshold: at or above it, and never for maintenance. */
    public boolean atLeast(Impact threshold) {
        return this != MAINTENANCE && threshold != MAINTENANCE && ordinal() >= threshold.ordinal();
    }

    /**
     * DESIGN §4: degraded_performance = minor, partial_outage = major, major_outage = critical, under_maintenance =
     * maintenance, operational = none.
     *
     * @throws IllegalArgumentException naming the allowed states, for anything else
     */
    public static Impact ofComponentStatus(String status) {
        return switch (status == null ? "" : status) {
            case "operational" -> NONE;
            case "degraded_performance" -> MINOR;
            case "partial_outage" -> MAJOR;
            case "major_outage" -> CRITICAL;
            case "under_maintenance" -> MAINTENANCE;
            default -> throw new IllegalArgumentException("unknown component status '" + status + "'; expected one of"
                    + " operational, degraded_performance, partial_outage, major_outage, under_maintenance");
        };
    }
}
