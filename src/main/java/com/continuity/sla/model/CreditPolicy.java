package com.continuity.sla.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a missed month turns into a credit.
 *
 * @param tiers                for {@link CreditMethod#TIERED}
 * @param multiplier           for {@link CreditMethod#PRORATED_MULTIPLIER}
 * @param affectedTimeRounding for the prorated multiplier; exact minutes when missing
 * @param capPercent           the credit never exceeds this percent of the fee; null for no cap
 * @param minimumCredit        a credit is issued only when strictly greater than this, after rounding; null for none
 * @param minimumMonthlyFee    eligibility: contracts with a lower fee get no credit; null for none
 */
public record CreditPolicy(CreditMethod method, List<Tier> tiers, BigDecimal multiplier,
                           TimeRounding affectedTimeRounding, BigDecimal capPercent, BigDecimal minimumCredit,
                           BigDecimal minimumMonthlyFee) {

    public CreditPolicy {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        affectedTimeRounding = affectedTimeRounding == null ? TimeRounding.EXACT_MINUTES : affectedTimeRounding;
    }
}
