package com.continuity.incidents.model;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter (the AWS architecture blog's "full jitter"): after the n-th consecutive
 * failure, wait a uniformly random time in [0, min(cap, base × 2^(n−1))). {@link #delay} also never waits less than
 * a floor, the normal polling interval: a failing page is never asked more often than a healthy one.
 */
public record Backoff(Duration base, Duration cap) {

    public Backoff {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("the backoff base must be positive, not " + base);
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("the backoff cap " + cap + " is below its base " + base);
        }
    }

    /** The upper end of the jitter window after {@code failures} consecutive failures (at least 1). */
    public Duration ceiling(int failures) {
        int shift = Math.max(0, Math.min(failures - 1, 40));
        long millis = base.toMillis();
        long capMillis = cap.toMillis();
        long ceiling = millis > (capMillis >> shift) ? capMillis : Math.min(capMillis, millis << shift);
        return Duration.ofMillis(ceiling);
    }

    /** A full-jitter wait after {@code failures} consecutive failures, never below {@code floor}. */
    public Duration delay(int failures, Duration floor, DoubleSupplier random) {
        long jitter = (long) (random.getAsDouble() * ceiling(failures).toMillis());
        return Duration.ofMillis(Math.max(floor.toMillis(), jitter));
    }
}
