package com.continuity.sla.model;

import java.math.BigDecimal;

/**
 * A band of monthly uptime and the percent of the fee it credits.
 *
 * @param atLeast inclusive lower bound of uptime %, null for none
 * @param below   exclusive upper bound of uptime %, null for none
 */
public record Tier(BigDecimal atLeast, BigDecimal below, BigDecimal percent) {
}
