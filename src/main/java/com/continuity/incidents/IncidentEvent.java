package com.continuity.incidents;

import java.time.Instant;

/**
 * A fact about an incident, published (as a Spring application event) inside the transaction that changed it, so
 * that a listener writing an outbox row commits or rolls back with the change. Later modules turn it into alerts.
 *
 * @param at when it happened: the incident's start, its newest update, or its end
 */
public record IncidentEvent(Kind kind, String incidentKey, String provider, IncidentSource source, Instant at) {

    public enum Kind {
        OPENED, UPDATED, RESOLVED
    }

    /**
     * What changed from {@code before} (null: new) to {@code after}, or null when nothing worth telling did. A new
     * incident that has already ended is told once, as resolved at its end: announcing it as opened would leave
     * subscribers waiting for a resolution that never comes.
     */
    static IncidentEvent between(Incident before, Incident after) {
        if (before == null && !after.open()) {
            return new IncidentEvent(Kind.RESOLVED, after.key(), after.provider(), after.source(), after.end());
        }
        if (before == null) {
            return new IncidentEvent(Kind.OPENED, after.key(), after.provider(), after.source(), after.start());
        }
        if (before.open() && !after.open()) {
            return new IncidentEvent(Kind.RESOLVED, after.key(), after.provider(), after.source(), after.end());
        }
        boolean changed = !before.updates().equals(after.updates()) || before.impact() != after.impact()
                || !before.components().equals(after.components()) || !before.affects().equals(after.affects())
                || !before.open() && after.open();
        if (!changed) {
            return null;
        }
        Instant at = after.updates().isEmpty() ? after.start() : after.updates().getLast().at();
        return new IncidentEvent(Kind.UPDATED, after.key(), after.provider(), after.source(), at);
    }
}
