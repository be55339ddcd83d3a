package com.continuity.sla.model;

import com.continuity.incidents.model.Impact;

import java.math.BigDecimal;

/**
 * How a contract measures downtime in a month (DESIGN §4). Missing values take the defaults of the file format:
 * method outage-minutes, qualifying impact major, partial minutes exact.
 *
 * @param excludeMaintenance whether maintenance windows are cut out of the qualifying outages. Maintenance never
 *                           counts as downtime itself ({@link Impact#atLeast} is false for it); when this is false, an
 *                           outage during maintenance counts in full.
 * @param intervalMinutes length of the intervals of error-rate-intervals, cut from the period start (the last one
 *                        may be shorter when it does not divide the month)
 * @param errorRateThresholdPercent a minute is down when its error rate is strictly above this (threshold minutes)
 * @param minimumConsecutiveMinutes shorter runs of downtime do not count (outage minutes and threshold minutes)
 */
public record Measurement(MeasurementMethod method, Impact qualifyingImpact, boolean excludeMaintenance,
                          Integer intervalMinutes, BigDecimal errorRateThresholdPercent,
                          Integer minimumConsecutiveMinutes, PartialMinutes partialMinutes) {

    /**
     * A contract without measurement (DESIGN §4): outage minutes at impact major or worse. Maintenance is excluded,
     * as DESIGN lists scheduled maintenance among the excluded windows of outage minutes.
     */
    public static final Measurement DEFAULT = new Measurement(MeasurementMethod.OUTAGE_MINUTES, Impact.MAJOR, true,
            null, null, null, PartialMinutes.EXACT);

    public Measurement {
        method = method == null ? MeasurementMethod.OUTAGE_MINUTES : method;
        qualifyingImpact = qualifyingImpact == null ? Impact.MAJOR : qualifyingImpact;
        partialMinutes = partialMinutes == null ? PartialMinutes.EXACT : partialMinutes;
    }
}
