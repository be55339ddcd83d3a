package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;

/**
 * Analyses one business service: its fault tree on paper (every declared path) and in practice (primaries and
 * the fallbacks that count by {@link PracticeRule}), then the score. Domains' unavailability comes from the
 * caller, who has already applied the portfolio value, incident history or {@link #DEFAULT_AVAILABILITY}.
 */
public final class RiskModel {

    /** Availability of a failure domain with none in the portfolio and no incident history: three nines. */
    public static final double DEFAULT_AVAILABILITY = 0.999;

    public static final double MINUTES_PER_YEAR = 365 * 24 * 60;

    /** From this many paths on, the two readings are computed in parallel; below, a thread hop costs more. */
    private static final int LARGE_TREE_PATHS = 24;

    private static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(365 * 24);

    private RiskModel() {
    }

    public static ServiceRisk analyse(BusinessService service, ToDoubleFunction<String> unavailabilityOfDomain,
                                      LocalDate today) {
        List<FallbackCheck> checks = new ArrayList<>();
        for (Dependency dependency : service.dependencies()) {
            for (Path path : dependency.paths()) {
                if (path.role() == PathRole.FALLBACK) {
                    checks.add(new FallbackCheck(dependency.key(), path.key(),
                            PracticeRule.gaps(path, service.rtoMinutes(), today)));
                }
            }
        }
        FaultTree paper = FaultTree.of(service, p -> true);
        FaultTree practice = FaultTree.of(service, p -> PracticeRule.counts(p, service.rtoMinutes(), today));
        boolean same = paper.dependencies().equals(practice.dependencies());
        // The two readings are independent: on a large tree the second runs on another core meanwhile.
        CompletableFuture<Analysis> practiceReading = same ? null : LARGE_TREE_PATHS <= pathCount(service)
                ? CompletableFuture.supplyAsync(() -> analysis(service, practice, unavailabilityOfDomain))
                : CompletableFuture.completedFuture(analysis(service, practice, unavailabilityOfDomain));
        Analysis onPaper = analysis(service, paper, unavailabilityOfDomain);
        Analysis inPractice = same ? onPaper : practiceReading.join();
        List<Finding> findings = RiskScore.findings(service, onPaper, inPractice, checks, unavailabilityOfDomain,
                today);
        return new ServiceRisk(service.key(), service.version(), onPaper, inPractice, RiskScore.score(findings),
                findings, checks, paper, practice);
    }

    private static int pathCount(BusinessService service) {
        return service.dependencies().stream().mapToInt(d -> d.paths().size()).sum();
    }

    static Analysis analysis(BusinessService service, FaultTree tree, ToDoubleFunction<String> q) {
        List<List<String>> cutSets = tree.minimalCutSets();
        List<String> spofs = cutSets.stream().filter(c -> c.size() == 1).map(List::getFirst).sorted().toList();
        double u = tree.unavailability(q);
        return new Analysis(u, cutSets, spofs, u * MINUTES_PER_YEAR, annualLoss(service, u), service.currency());
    }

    /** Unavailability x hours in a year x cost of downtime per hour, rounded once to the currency's minor unit. */
    static BigDecimal annualLoss(BusinessService service, double unavailability) {
        if (service.downtimeCostPerHour() == null) {
            return null;
        }
        return service.downtimeCostPerHour().multiply(HOURS_PER_YEAR).multiply(new BigDecimal(unavailability))
                .setScale(minorUnits(service.currency()), RoundingMode.HALF_UP);
    }

    static int minorUnits(String currency) {
        try {
            return Money.minorUnits(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }
}
