package com.continuity.incidents.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code continuity.status.*}: how status pages are polled.
 *
 * @param enabled                 whether this instance polls at all (the app's default; tests that share one app
 *                                context switch it off, since the sample's pages are real sites)
 * @param pollInterval            each page is polled once per interval, across all instances
 * @param timeout                 for each HTTP call (connect and whole response)
 * @param backoffCap              the longest wait between polls of a failing page, and how long its breaker stays open
 * @param breakerFailureThreshold consecutive failed polls that open the page's circuit breaker
 * @param retryBudgetRatio        retries allowed per first call (a call is retried once at most, if the budget has a
 *                                token)
 * @param retryBudgetMax          tokens a page's retry budget can save
 */
@ConfigurationProperties("continuity.status")
public record StatusMonitoringProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT2M") Duration pollInterval,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT30M") Duration backoffCap,
        @DefaultValue("3") int breakerFailureThreshold,
        @DefaultValue("0.1") double retryBudgetRatio,
        @DefaultValue("2") double retryBudgetMax) {

    public StatusMonitoringProperties {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("continuity.status.poll-interval must be positive, not " + pollInterval);
        }
        if (backoffCap.compareTo(pollInterval) < 0) {
            throw new IllegalArgumentException("continuity.status.backoff-cap (" + backoffCap
                    + ") must be at least the poll interval (" + pollInterval + ")");
        }
        if (breakerFailureThreshold < 1) {
            throw new IllegalArgumentException("continuity.status.breaker-failure-threshold must be at least 1");
        }
    }

    /** How often the polling task looks for due pages: a quarter of the interval, at most 15 s. */
    public Duration tick() {
        Duration quarter = pollInterval.dividedBy(4);
        Duration max = Duration.ofSeconds(15);
        return quarter.compareTo(max) > 0 ? max : quarter.isZero() ? Duration.ofMillis(1) : quarter;
    }
}
