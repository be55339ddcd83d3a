package com.continuity.incidents;

import com.continuity.incidents.model.Impact;

import java.time.Instant;

/** A time a failure domain was impaired by an incident; {@code end} is null while it lasts. */
public record DomainWindow(String domain, String incident, Impact impact, Instant start, Instant end) {

    /** The end, or {@code now} for a window still open. */
    public Instant endOr(Instant now) {
        return end == null ? now : end;
    }
}
