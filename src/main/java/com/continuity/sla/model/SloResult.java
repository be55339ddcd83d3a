package com.continuity.sla.model;

import java.math.BigDecimal;

/** One objective of one period: the measured uptime or error rate (percent) and whether it was met. */
public record SloResult(Slo slo, BigDecimal measuredPercent, boolean met) {
}
