package com.continuity.resilience.model;

import com.continuity.inventory.DrillSchedule;
import com.continuity.inventory.Activation;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The two laws of the risk score (DESIGN §3), over random services with every kind of fallback. */
class ScoreLawPropertiesTest extends ScenarioProperties {

    /**
     * A law can only break below the cap of 100 (a lowered score after a SPOF, a raised one after a fallback), so
     * the small services, whose scores mostly stay below it, must give enough such cases.
     */
    private static final String BELOW_CAP = "score below the cap, where the law can break";

    private static void enoughBelowTheCap() {
        Statistics.label(BELOW_CAP).coverage(c -> c.check(true).percentage(p -> p >= 20));
    }

    @Property(tries = 300)
    void theScoreIsTheSumOfItsFindingsWeightsCappedAtAHundred(@ForAll("medium") Scenario s) {
        ServiceRisk risk = s.analyse();
        int sum = risk.findings().stream().mapToInt(Finding::weight).sum();
        assertThat(risk.score()).isEqualTo(Math.min(100, sum)).isBetween(0, 100);
        assertThat(risk.findings()).allSatisfy(f -> assertThat(f.weight()).isPositive());
    }

    @Property(tries = 300)
    void addingASinglePointOfFailureToASmallServiceNeverLowersTheScore(@ForAll("small") Scenario s,
                                                                       @ForAll @IntRange(max = 1000) int domain) {
        addingASpofNeverLowers(s, domain);
        enoughBelowTheCap();
    }

    @Property(tries = 300)
    void addingASinglePointOfFailureNeverLowersTheScore(@ForAll("medium") Scenario s,
                                                       @ForAll @IntRange(max = 1000) int domain) {
        addingASpofNeverLowers(s, domain);
    }

    @Property(tries = 100)
    void addingASinglePointOfFailureToATypicalServiceNeverLowersTheScore(@ForAll("typical") Scenario s,
                                                                         @ForAll @IntRange(max = 1000) int domain) {
        addingASpofNeverLowers(s, domain);
    }

    /** A new dependency with a single primary path on one domain, existing or fresh. */
    private static void addingASpofNeverLowers(Scenario s, int domain) {
        List<String> pool = new ArrayList<>(s.usedDomains());
        pool.addAll(s.freshDomains());
        String spof = pool.get(domain % pool.size());
        Scenario more = s.withDependency(new Dependency("spof", "Needs " + spof, List.of(
                new Path("only", PathRole.PRIMARY, null, null, null, List.of(spof), List.of()))));
        ServiceRisk before = s.analyse();
        ServiceRisk after = more.analyse();
        Statistics.label(BELOW_CAP).collect(after.score() < 100);
        assertThat(after.onPaper().singlePointsOfFailure()).as("precondition").contains(spof);
        assertThat(after.score()).as("score after adding SPOF %s; before %s, after %s", spof, before.findings(),
                after.findings()).isGreaterThanOrEqualTo(before.score());
    }

    @Property(tries = 300)
    void addingAnIndependentFallbackThatCountsInPracticeToASmallServiceNeverRaisesTheScore(
            @ForAll("small") Scenario s, @ForAll @IntRange(max = 1000) int dependency,
            @ForAll @Size(min = 1, max = 3) Set<@IntRange(max = ServiceArbitraries.FRESH_DOMAINS - 1) Integer> fresh,
            @ForAll @IntRange(max = DrillSchedule.DRILL_MAX_AGE_DAYS) int drillAge,
            @ForAll @IntRange(max = 100) int switchoverShare, @ForAll boolean measured,
            @ForAll Activation activation) {
        addingACountingFallbackNeverRaises(s, dependency, fresh, drillAge, switchoverShare, measured, activation);
        enoughBelowTheCap();
    }

    @Property(tries = 300)
    void addingAnIndependentFallbackThatCountsInPracticeAtFullCapacityNeverRaisesTheScore(
            @ForAll("medium") Scenario s, @ForAll @IntRange(max = 1000) int dependency,
            @ForAll @Size(min = 1, max = 3) Set<@IntRange(max = ServiceArbitraries.FRESH_DOMAINS - 1) Integer> fresh,
            @ForAll @IntRange(max = DrillSchedule.DRILL_MAX_AGE_DAYS) int drillAge,
            @ForAll @IntRange(max = 100) int switchoverShare, @ForAll boolean measured,
            @ForAll Activation activation) {
        addingACountingFallbackNeverRaises(s, dependency, fresh, drillAge, switchoverShare, measured, activation);
    }

    @Property(tries = 100)
    void addingAnIndependentFallbackThatCountsInPracticeToATypicalServiceNeverRaisesTheScore(
            @ForAll("typical") Scenario s, @ForAll @IntRange(max = 1000) int dependency,
            @ForAll @Size(min = 1, max = 3) Set<@IntRange(max = ServiceArbitraries.FRESH_DOMAINS - 1) Integer> fresh,
            @ForAll @IntRange(max = DrillSchedule.DRILL_MAX_AGE_DAYS) int drillAge,
            @ForAll @IntRange(max = 100) int switchoverShare, @ForAll boolean measured,
            @ForAll Activation activation) {
        addingACountingFallbackNeverRaises(s, dependency, fresh, drillAge, switchoverShare, measured, activation);
    }

    private static void addingACountingFallbackNeverRaises(Scenario s, int dependency, Set<Integer> fresh,
                                                           int drillAge, int switchoverShare, boolean measured,
                                                           Activation activation) {
        Integer rto = s.service().rtoMinutes();
        int switchover = (rto == null ? 240 : rto) * switchoverShare / 100;
        List<String> requires = fresh.stream().sorted().map(i -> "x" + i).toList();
        Path fallback = new Path("independent", PathRole.FALLBACK, activation, switchover, 100, requires,
                List.of(new Drill(s.today().minusDays(drillAge), DrillResult.PASSED, measured ? switchover : null,
                        null)));
        assertThat(PracticeRule.counts(fallback, rto, s.today())).as("precondition: counts in practice").isTrue();
        int at = dependency % s.service().dependencies().size();
        Scenario more = s.withPath(at, fallback);
        ServiceRisk before = s.analyse();
        ServiceRisk after = more.analyse();
        Statistics.label(BELOW_CAP).collect(before.score() < 100);
        assertThat(after.score()).as("score after adding %s to dependency %d; before %s, after %s", requires, at,
                before.findings(), after.findings()).isLessThanOrEqualTo(before.score());
    }
}
