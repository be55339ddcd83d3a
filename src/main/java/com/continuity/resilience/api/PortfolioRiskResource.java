package com.continuity.resilience.api;

import com.continuity.resilience.model.BlastRadius;
import com.continuity.resilience.model.Concentration;
import com.continuity.resilience.model.Exposure;
import com.continuity.resilience.model.PortfolioRisk;
import com.continuity.resilience.model.ServiceRisk;
import com.continuity.shared.Money;

import java.util.List;
import java.util.Map;

/** The portfolio summary: services ranked by score, blast radius per domain and provider, concentration. */
record PortfolioRiskResource(List<ServiceSummary> services, List<Radius> domains, List<Radius> providers,
                             List<Concentration> concentration) {

    record ServiceSummary(String service, int score, double unavailability, double unavailabilityInPractice,
                          List<String> singlePointsOfFailure, List<String> singlePointsOfFailureInPractice) {
        static ServiceSummary of(ServiceRisk r) {
            return new ServiceSummary(r.service(), r.score(), r.onPaper().unavailability(),
                    r.inPractice().unavailability(), r.onPaper().singlePointsOfFailure(),
                    r.inPractice().singlePointsOfFailure());
        }
    }

    record Side(List<Exposure> services, Map<Integer, Integer> tiers, List<Money> costPerHourAtRisk) {
    }

    record Radius(String key, String name, Side onPaper, Side inPractice) {
        static Radius of(BlastRadius r) {
            return new Radius(r.key(), r.name(),
                    new Side(r.onPaper(), r.tiersOnPaper(), r.costPerHourOnPaper()),
                    new Side(r.inPractice(), r.tiersInPractice(), r.costPerHourInPractice()));
        }
    }

    static PortfolioRiskResource of(List<ServiceRisk> ranking, PortfolioRisk p) {
        return new PortfolioRiskResource(ranking.stream().map(ServiceSummary::of).toList(),
                p.domains().stream().map(Radius::of).toList(), p.providers().stream().map(Radius::of).toList(),
                p.concentration());
    }
}
