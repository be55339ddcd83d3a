package com.continuity.resilience.api;

import com.continuity.resilience.model.Analysis;
import com.continuity.resilience.model.FallbackCheck;
import com.continuity.resilience.model.Finding;
import com.continuity.resilience.model.ServiceRisk;
import com.continuity.shared.FileNames;
import com.continuity.shared.Money;

import java.util.List;

/** A service's risk over REST: the reading on paper at the top level, the one in practice under {@code inPractice}. */
record ServiceRiskResource(String service, long version, double unavailability, List<List<String>> minimalCutSets,
                           List<String> singlePointsOfFailure, double expectedDowntimeMinutesPerYear,
                           Money expectedAnnualLoss, int score, List<FindingResource> findings,
                           AnalysisResource inPractice, List<FallbackResource> fallbacks) {

    record AnalysisResource(double unavailability, List<List<String>> minimalCutSets,
                            List<String> singlePointsOfFailure, double expectedDowntimeMinutesPerYear,
                            Money expectedAnnualLoss) {
        static AnalysisResource of(Analysis a) {
            return new AnalysisResource(a.unavailability(), a.minimalCutSets(), a.singlePointsOfFailure(),
                    a.expectedDowntimeMinutesPerYear(), Money.ofNullable(a.expectedAnnualLoss(), a.currency()));
        }
    }

    record FindingResource(String kind, int weight, String message, List<String> domains) {
        static FindingResource of(Finding f) {
            return new FindingResource(f.kind().fileName(), f.weight(), f.message(), f.domains());
        }
    }

    /** A fallback and whether it counts in practice; {@code gaps} says why not. */
    record FallbackResource(String dependency, String path, boolean countsInPractice, List<String> gaps) {
        static FallbackResource of(FallbackCheck c) {
            return new FallbackResource(c.dependency(), c.path(), c.counts(),
                    c.gaps().stream().map(FileNames::of).toList());
        }
    }

    static ServiceRiskResource of(ServiceRisk r) {
        Analysis p = r.onPaper();
        return new ServiceRiskResource(r.service(), r.version(), p.unavailability(), p.minimalCutSets(),
                p.singlePointsOfFailure(), p.expectedDowntimeMinutesPerYear(),
                Money.ofNullable(p.expectedAnnualLoss(), p.currency()), r.score(),
                r.findings().stream().map(FindingResource::of).toList(), AnalysisResource.of(r.inPractice()),
                r.fallbacks().stream().map(FallbackResource::of).toList());
    }
}
