package com.continuity.incidents.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    @Test
    void theJitterWindowDoublesWithEachFailureUpToTheCap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void fullJitterSpansTheWholeWindowFromTheFloor() {
        assertThat(backoff.delay(5, Duration.ofSeconds(2), () -> 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(5, Duration.ZERO, () -> 0.5)).isEqualTo(Duration.ofSeconds(16));
    }

    @Property
    void aDelayIsNeverBelowTheFloorNorAboveTheCap(@ForAll @IntRange(min = 1, max = 200) int failures,
                                                 @ForAll @DoubleRange(min = 0, max = 0.99) double random) {
        Duration d = backoff.delay(failures, Duration.ofSeconds(2), () -> random);
        assertThat(d).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    @Property
    void retriesNeverExceedTheRatioOfFirstAttempts(@ForAll @IntRange(min = 0, max = 500) int attempts) {
        RetryBudget budget = new RetryBudget(0.1, 2);
        int retries = 0;
        for (int i = 0; i < attempts; i++) {
            budget.attempted();
            if (budget.tryRetry()) {
                retries++;
            }
        }
        assertThat(retries).isLessThanOrEqualTo((int) Math.floor(0.1 * attempts + 1e-9));
    }
}
