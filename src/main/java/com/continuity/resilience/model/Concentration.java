package com.continuity.resilience.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much of the critical business one provider alone can take down: of the tier-1 and tier-2 services, how
 * many stop when every failure domain of the provider fails, on paper and in practice.
 */
public record Concentration(String provider, String name, int criticalServices, int downOnPaper,
                            int downInPractice) {

    @JsonProperty
    public double shareOnPaper() {
        return criticalServices == 0 ? 0 : (double) downOnPaper / criticalServices;
    }

    @JsonProperty
    public double shareInPractice() {
        return criticalServices == 0 ? 0 : (double) downInPractice / criticalServices;
    }
}
