package com.continuity.resilience.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** In practice is never better than on paper: it only ever drops fallbacks. */
class PaperAndPracticePropertiesTest extends ScenarioProperties {

    /** Both readings are computed apart; in arithmetic practice >= paper, so allow only rounding. */
    private static final double ROUNDING = 1e-12;

    @Property(tries = 300)
    void unavailabilityInPracticeIsNeverBelowUnavailabilityOnPaper(@ForAll("medium") Scenario s) {
        neverBetterInPractice(s);
    }

    @Property(tries = 100)
    void unavailabilityInPracticeOfATypicalServiceIsNeverBelowUnavailabilityOnPaper(@ForAll("typical") Scenario s) {
        neverBetterInPractice(s);
    }

    private static void neverBetterInPractice(Scenario s) {
        ServiceRisk risk = s.analyse();
        assertThat(risk.inPractice().unavailability())
                .isGreaterThanOrEqualTo(risk.onPaper().unavailability() * (1 - ROUNDING));
        assertThat(risk.inPractice().expectedDowntimeMinutesPerYear())
                .isGreaterThanOrEqualTo(risk.onPaper().expectedDowntimeMinutesPerYear() * (1 - ROUNDING));
    }

    @Property(tries = 300)
    void everyCutSetOnPaperContainsACutSetInPractice(@ForAll("medium") Scenario s) {
        everyPaperCutSetContainsAPracticeOne(s);
    }

    @Property(tries = 100)
    void everyCutSetOfATypicalServiceOnPaperContainsACutSetInPractice(@ForAll("typical") Scenario s) {
        everyPaperCutSetContainsAPracticeOne(s);
    }

    private static void everyPaperCutSetContainsAPracticeOne(Scenario s) {
        ServiceRisk risk = s.analyse();
        List<List<String>> practice = risk.inPractice().minimalCutSets();
        for (List<String> paper : risk.onPaper().minimalCutSets()) {
            assertThat(practice).as("a cut set in practice inside %s", paper)
                    .anySatisfy(c -> assertThat(paper).containsAll(c));
        }
        assertThat(risk.inPractice().singlePointsOfFailure())
                .containsAll(risk.onPaper().singlePointsOfFailure());
    }

    @Property(tries = 300)
    void theTreeInPracticeKeepsEveryPrimaryAndOnlyTheFallbacksThatCount(@ForAll("medium") Scenario s) {
        ServiceRisk risk = s.analyse();
        FaultTree practice = risk.practiceTree();
        for (int d = 0; d < s.service().dependencies().size(); d++) {
            var declared = s.service().dependencies().get(d);
            List<String> expected = declared.paths().stream()
                    .filter(p -> PracticeRule.counts(p, s.service().rtoMinutes(), s.today()))
                    .map(p -> p.key()).toList();
            assertThat(practice.dependencies().get(d).paths()).extracting(FaultTree.TreePath::key)
                    .containsExactlyElementsOf(expected).contains("p0");
        }
        assertThat(risk.fallbacks()).allSatisfy(check -> assertThat(check.counts()).isEqualTo(
                practice.dependencies().stream().filter(d -> d.key().equals(check.dependency())).findFirst()
                        .orElseThrow().paths().stream().anyMatch(p -> p.key().equals(check.path()))));
    }
}
