package com.continuity.sla.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Requests counted in a window. Where a sample straddles an interval, a minute or the period, its counts are taken as
 * spread evenly over its window, so each part gets its share of total and failed.
 */
public record ErrorSample(Instant start, Instant end, long total, long failed) {

    public ErrorSample {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("sample must end (" + end + ") after it starts (" + start + ")");
        }
        if (total < 0 || failed < 0 || failed > total) {
            throw new IllegalArgumentException("sample needs 0 <= failed <= total, got failed " + failed + " of " + total);
        }
    }
}
