package com.continuity.alerts;

import java.time.Instant;
import java.util.UUID;

/** One event sent (or being sent) to one subscriber: the delivery log. */
public record Delivery(long id, UUID eventId, String eventType, String summary, long subscription, String kind,
                       String target, String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
                       Integer lastStatus, String lastError, Instant deliveredAt) {

    /** The same delivery showing {@code shown} as its target. */
    public Delivery withTarget(String shown) {
        return new Delivery(id, eventId, eventType, summary, subscription, kind, shown, status, attempts, nextAttemptAt,
                lastAttemptAt, lastStatus, lastError, deliveredAt);
    }
}
