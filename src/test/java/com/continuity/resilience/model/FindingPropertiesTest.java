package com.continuity.resilience.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings are about the service's own domains, say which, and explain every fallback that does not count. */
class FindingPropertiesTest extends ScenarioProperties {

    @Property(tries = 300)
    void everyFindingNamesSomeOfTheServicesDomainsAndItsSentenceNamesThemAll(@ForAll("medium") Scenario s) {
        Set<String> used = Set.copyOf(s.usedDomains());
        for (Finding f : s.analyse().findings()) {
            assertThat(f.domains()).as("%s", f).isNotEmpty().doesNotHaveDuplicates();
            assertThat(used).as("%s", f).containsAll(f.domains());
            assertThat(f.message()).as("%s", f).contains(f.domains());
        }
    }

    @Property(tries = 300)
    void theSpofFindingsAreTheSinglePointsOfFailureOnPaperAndThoseAddedInPractice(@ForAll("medium") Scenario s) {
        ServiceRisk risk = s.analyse();
        List<String> onPaper = risk.onPaper().singlePointsOfFailure();
        assertThat(risk.findings()).filteredOn(f -> f.kind() == Finding.Kind.SPOF)
                .extracting(f -> f.domains().getFirst()).containsExactlyInAnyOrderElementsOf(onPaper);
        assertThat(risk.findings()).filteredOn(f -> f.kind() == Finding.Kind.SPOF_IN_PRACTICE)
                .extracting(f -> f.domains().getFirst()).containsExactlyInAnyOrderElementsOf(
                        risk.inPractice().singlePointsOfFailure().stream().filter(d -> !onPaper.contains(d)).toList());
    }

    /** A missing declared switchover is left out: see the disabled test in {@link RiskScoreTest}. */
    @Property(tries = 300)
    void everyFallbackThatDoesNotCountInPracticeIsNamedByAFindingThatSaysWhy(@ForAll("medium") Scenario s) {
        ServiceRisk risk = s.analyse();
        for (FallbackCheck check : risk.fallbacks()) {
            if (check.counts() || check.gaps().equals(List.of(PracticeRule.Gap.NO_DECLARED_SWITCHOVER))) {
                continue;
            }
            String name = "Fallback '" + check.path() + "' of '" + check.dependency() + "'";
            assertThat(risk.findings()).as("%s with gaps %s", name, check.gaps())
                    .filteredOn(f -> f.message().startsWith(name))
                    .extracting(Finding::kind)
                    .containsAnyOf(Finding.Kind.UNTESTED_FALLBACK, Finding.Kind.FAILED_DRILL,
                            Finding.Kind.SLOW_SWITCHOVER);
        }
    }
}
