package com.continuity.resilience.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One reading of a service's fault tree (on paper or in practice): its minimal cut sets, the single points of
 * failure among them, the exact unavailability, and what that means over a year. {@code expectedAnnualLoss} is
 * null when the service has no cost of downtime.
 */
public record Analysis(double unavailability, List<List<String>> minimalCutSets, List<String> singlePointsOfFailure,
                       double expectedDowntimeMinutesPerYear, BigDecimal expectedAnnualLoss, String currency) {

    public Analysis {
        minimalCutSets = List.copyOf(minimalCutSets);
        singlePointsOfFailure = List.copyOf(singlePointsOfFailure);
    }

    public double availability() {
        return 1 - unavailability;
    }
}
