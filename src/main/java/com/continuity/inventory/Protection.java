package com.continuity.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How the service's client protects itself and the provider when a dependency fails: a timeout per call,
 * retries with exponential backoff ({@code backoffBaseMs} doubling up to {@code backoffCapMs}) and jitter,
 * a retry budget (retries as a percent of calls), and a circuit breaker that opens at
 * {@code breakerFailureRatePercent} over at least {@code breakerMinimumCalls} calls and stays open
 * {@code breakerOpenSeconds}. Every field may be missing; a runbook prints a missing one as a gap.
 */
public record Protection(Integer timeoutMs, Integer maxRetries, Integer backoffBaseMs, Integer backoffCapMs,
                         Jitter jitter, Integer retryBudgetPercent, Integer breakerFailureRatePercent,
                         Integer breakerMinimumCalls, Integer breakerOpenSeconds) {

    public static final Protection NONE = new Protection(null, null, null, null, null, null, null, null, null);

    /** Nothing recorded: the portfolio file leaves it out, and a runbook prints every field as a gap. */
    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }
}
