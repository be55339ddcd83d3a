package com.continuity.sla.model;

import java.math.BigDecimal;

/** A service-level objective of a contract: monthly uptime at or above, or monthly error rate at or below, a percent. */
public record Slo(SloKind kind, BigDecimal objectivePercent) {
}
