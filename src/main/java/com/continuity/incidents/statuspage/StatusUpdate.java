package com.continuity.incidents.statuspage;

import java.time.Instant;
import java.util.Objects;

/**
 * One update of an incident's timeline.
 *
 * @param at     {@code display_at}, else {@code created_at}: display_at is the time the page shows, which the
 *               author may have back-dated
 * @param status the incident's status as of this update
 * @param body   the text, empty when the page gives none
 */
public record StatusUpdate(Instant at, String status, String body) {

    public StatusUpdate {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
    }
}
