package com.continuity.sla.model;

/**
 * When a credit must be claimed: N days after the last day of the period, or by the end of the second billing cycle
 * after it (the last day of the month two months later). Both are dates in the contract's time zone.
 */
public record ClaimRule(Integer deadlineDaysAfterPeriod, boolean endOfSecondBillingCycle) {
}
