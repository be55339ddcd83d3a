package com.continuity.resilience.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Laws of the minimal cut sets, over random small, medium and typical trees, on paper and in practice. */
class MinimalCutSetPropertiesTest extends ScenarioProperties {

    @Property(tries = 300)
    void theTreeOfAServiceOnPaperHoldsEveryDeclaredPathWithItsDomains(@ForAll("medium") Scenario s) {
        FaultTree tree = s.onPaper();
        assertThat(tree.dependencies()).hasSameSizeAs(s.service().dependencies());
        for (int d = 0; d < tree.dependencies().size(); d++) {
            var declared = s.service().dependencies().get(d);
            var inTree = tree.dependencies().get(d);
            assertThat(inTree.key()).isEqualTo(declared.key());
            assertThat(inTree.paths()).extracting(FaultTree.TreePath::domains)
                    .containsExactlyElementsOf(declared.paths().stream().map(p -> p.requires()).toList());
        }
    }

    @Property(tries = 300)
    void failsWithAgreesWithTheTreeDefinitionForEverySetOfDomains(@ForAll("small") Scenario s) {
        for (FaultTree tree : List.of(s.onPaper(), s.inPractice())) {
            BruteForce oracle = new BruteForce(tree);
            for (int state = 0; state < oracle.states(); state++) {
                assertThat(tree.failsWith(oracle.setOf(state))).as("fails with %s", oracle.setOf(state))
                        .isEqualTo(oracle.fails(state));
            }
        }
    }

    @Property(tries = 300)
    void everyMinimalCutSetFailsTheServiceAndNoneOfItsProperSubsetsDoes(@ForAll("medium") Scenario s) {
        minimalAndFailing(s.onPaper());
        minimalAndFailing(s.inPractice());
    }

    @Property(tries = 100)
    void everyMinimalCutSetOfATypicalTreeFailsTheServiceAndNoneOfItsProperSubsetsDoes(
            @ForAll("typical") Scenario s) {
        minimalAndFailing(s.onPaper());
        minimalAndFailing(s.inPractice());
    }

    private static void minimalAndFailing(FaultTree tree) {
        for (List<String> cut : tree.minimalCutSets()) {
            assertThat(tree.failsWith(cut)).as("cut set %s fails the service", cut).isTrue();
            for (List<String> subset : properSubsets(cut)) {
                assertThat(tree.failsWith(subset)).as("proper subset %s of cut set %s", subset, cut).isFalse();
            }
        }
    }

    /** Every proper subset; for large sets only those one smaller, enough since failing is monotone. */
    private static List<List<String>> properSubsets(List<String> set) {
        List<List<String>> out = new ArrayList<>();
        int n = set.size();
        if (n <= 12) {
            for (int mask = 0; mask < (1 << n) - 1; mask++) {
                List<String> subset = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        subset.add(set.get(i));
                    }
                }
                out.add(subset);
            }
        } else {
            for (int i = 0; i < n; i++) {
                List<String> subset = new ArrayList<>(set);
                subset.remove(i);
                out.add(subset);
            }
        }
        return out;
    }

    @Property(tries = 300)
    void everySetOfDomainsThatFailsTheServiceContainsSomeMinimalCutSet(@ForAll("small") Scenario s) {
        complete(s.onPaper());
        complete(s.inPractice());
    }

    @Property(tries = 50)
    void everySetOfDomainsThatFailsAMediumServiceContainsSomeMinimalCutSet(@ForAll("medium") Scenario s) {
        complete(s.onPaper());
    }

    private static void complete(FaultTree tree) {
        BruteForce oracle = new BruteForce(tree);
        List<Set<String>> cuts = tree.minimalCutSets().stream().map(Set::copyOf).toList();
        for (int state : oracle.failingStates()) {
            Set<String> failed = oracle.setOf(state);
            assertThat(cuts).as("some minimal cut set inside the failing set %s", failed)
                    .anySatisfy(cut -> assertThat(failed).containsAll(cut));
        }
    }

    @Property(tries = 200)
    void theMinimalCutSetsAreExactlyTheMinimalFailingSetsFoundByEnumeration(@ForAll("medium") Scenario s) {
        for (FaultTree tree : List.of(s.onPaper(), s.inPractice())) {
            List<List<String>> cuts = tree.minimalCutSets();
            Set<Set<String>> asSets = cuts.stream().map(c -> (Set<String>) Set.copyOf(c)).collect(Collectors.toSet());
            assertThat(asSets).as("each listed once").hasSameSizeAs(cuts);
            assertThat(asSets).isEqualTo(new BruteForce(tree).minimalCutSets());
        }
    }

    @Property(tries = 200)
    void minimalCutSetsAreListedSmallestFirstEachSortedByKey(@ForAll("medium") Scenario s) {
        List<List<String>> cuts = s.onPaper().minimalCutSets();
        for (int i = 1; i < cuts.size(); i++) {
            assertThat(cuts.get(i).size()).isGreaterThanOrEqualTo(cuts.get(i - 1).size());
        }
        cuts.forEach(c -> assertThat(c).isSorted().doesNotHaveDuplicates());
    }

    @Property(tries = 200)
    void theCutSetsUpToAnOrderAreTheFullListCutAtThatOrder(@ForAll("typical") Scenario s,
                                                           @ForAll @IntRange(min = 1, max = 5) int order) {
        for (FaultTree tree : List.of(s.onPaper(), s.inPractice())) {
            List<List<String>> all = tree.minimalCutSets();
            List<List<String>> upTo = all.stream().filter(c -> c.size() <= order).toList();
            assertThat(tree.minimalCutSets(order)).isEqualTo(upTo);
        }
    }

    @Property(tries = 200)
    void theSinglePointsOfFailureAreTheDomainsThatAloneFailTheService(@ForAll("medium") Scenario s) {
        ServiceRisk risk = s.analyse();
        FaultTree paper = s.onPaper();
        Set<String> alone = new HashSet<>();
        for (String d : paper.domains()) {
            if (paper.failsWith(List.of(d))) {
                alone.add(d);
            }
        }
        assertThat(risk.onPaper().singlePointsOfFailure()).containsExactlyInAnyOrderElementsOf(alone);
    }
}
