package com.continuity.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;

/**
 * When the team declares a dependency impaired: its error rate above {@code errorRatePercent} or its p95
 * latency above {@code latencyMs}, sustained for {@code windowMinutes}. Every field may be missing; a
 * runbook prints a missing one as a gap.
 */
public record Detection(BigDecimal errorRatePercent, Integer latencyMs, Integer windowMinutes) {

    public static final Detection NONE = new Detection(null, null, null);

    /** Nothing recorded: the portfolio file leaves it out, and a runbook prints every field as a gap. */
    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }
}
