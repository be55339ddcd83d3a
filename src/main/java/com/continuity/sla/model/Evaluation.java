package com.continuity.sla.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One contract's SLA period. Percent and minute figures are exact when they fit in 12 decimals, else rounded half-up
 * to 12 decimals for display; every decision (band, SLO, cap, minimum) was taken on the exact values.
 *
 * @param downtimeMinutes the minutes that count as down; for error-rate intervals and transactions the equivalent
 *                        minutes, (100 - uptime)% of the period, so that uptime = 100 x (minutes - downtime) / minutes
 * @param errorRatePercent the monthly error rate: failed / total of the samples, else of the transactions, else the
 *                         share of the period covered by qualifying outages
 * @param creditPercent   the credit as a percent of the fee, before rounding to the minor unit; 0 when none is issued
 * @param creditAmount    rounded once, half-up, to the currency's minor unit
 * @param explanation     the computation step by step, in sentences a finance user can check
 */
public record Evaluation(String contractKey, YearMonth period, long minutesInPeriod, BigDecimal downtimeMinutes,
                         BigDecimal uptimePercent, BigDecimal errorRatePercent, List<SloResult> slos, boolean sloMet,
                         boolean eligible, BigDecimal creditPercent, BigDecimal creditAmount, String currency,
                         LocalDate claimDeadline, List<CountedWindow> counted, List<ExcludedWindow> excluded,
                         List<String> explanation) {

    public boolean creditOwed() {
        return creditAmount.signum() > 0;
    }
}
