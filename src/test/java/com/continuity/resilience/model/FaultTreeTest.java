package com.continuity.resilience.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The fault tree on small hand-built examples: failing sets, cut sets with and without an order limit, exact sums. */
class FaultTreeTest {

    @SafeVarargs
    private static FaultTree.TreeDependency dep(String key, List<String>... paths) {
        List<FaultTree.TreePath> list = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            list.add(new FaultTree.TreePath("p" + i, paths[i]));
        }
        return new FaultTree.TreeDependency(key, list);
    }

    /** a: x or y; b: z alone; c: p or q or r. Cut sets {z}, {x, y}, {p, q, r}. */
    private static FaultTree orders() {
        return new FaultTree("s", List.of(
                dep("a", List.of("x"), List.of("y")),
                dep("b", List.of("z")),
                dep("c", List.of("p"), List.of("q"), List.of("r"))));
    }

    @Test
    void theCutSetsAreListedSmallestFirst() {
        assertThat(orders().minimalCutSets()).containsExactly(List.of("z"), List.of("x", "y"),
                List.of("p", "q", "r"));
    }

    @Test
    void anOrderLimitKeepsOnlyTheCutSetsOfAtMostThatManyDomains() {
        FaultTree tree = orders();
        assertThat(tree.minimalCutSets(1)).containsExactly(List.of("z"));
        assertThat(tree.minimalCutSets(2)).containsExactly(List.of("z"), List.of("x", "y"));
        assertThat(tree.minimalCutSets(3)).isEqualTo(tree.minimalCutSets());
        assertThat(tree.minimalCutSets(0)).isEmpty();
    }

    @Test
    void anOrderLimitDoesNotPassOffANonMinimalSetAsMinimal() {
        // a: {x,y} or {x,z}: cut sets {x} and {y,z}; b: {y} or {w}: cut set {y,w}
        FaultTree tree = new FaultTree("s", List.of(dep("a", List.of("x", "y"), List.of("x", "z")),
                dep("b", List.of("y"), List.of("w"))));
        assertThat(tree.minimalCutSets()).containsExactly(List.of("x"), List.of("w", "y"), List.of("y", "z"));
        assertThat(tree.minimalCutSets(1)).containsExactly(List.of("x"));
    }

    @Test
    void theTreeFailsWhenOneDependencyHasEveryPathHit() {
        FaultTree tree = orders();
        assertThat(tree.failsWith(List.of())).isFalse();
        assertThat(tree.failsWith(List.of("x"))).isFalse();
        assertThat(tree.failsWith(List.of("x", "y"))).isTrue();
        assertThat(tree.failsWith(List.of("x", "p", "q"))).isFalse();
        assertThat(tree.failsWith(List.of("z"))).isTrue();
    }

    @Test
    void domainsTheTreeDoesNotMentionChangeNothing() {
        assertThat(orders().failsWith(List.of("unknown", "x"))).isFalse();
        assertThat(orders().failsWith(List.of("unknown", "z"))).isTrue();
    }

    @Test
    void theDomainsAreListedInOrderOfFirstAppearance() {
        assertThat(orders().domains()).containsExactly("x", "y", "z", "p", "q", "r");
    }

    @Test
    void exactUnavailabilityOfParallelSeriesAndSharedPathsIsTheTextbookFormula() {
        ToDoubleFunction<String> q = Map.of("g", 0.01, "a", 0.2, "b", 0.1, "c", 0.05)::get;
        FaultTree parallel = new FaultTree("s", List.of(dep("d", List.of("a"), List.of("b"))));
        assertThat(parallel.unavailability(q)).isCloseTo(0.2 * 0.1, within(1e-16));
        FaultTree series = new FaultTree("s", List.of(dep("d", List.of("a", "b"))));
        assertThat(series.unavailability(q)).isCloseTo(1 - 0.8 * 0.9, within(1e-16));
        // two paths through the same gateway: the gateway, or else both others
        FaultTree shared = new FaultTree("s", List.of(dep("d", List.of("g", "a"), List.of("g", "b"))));
        assertThat(shared.unavailability(q)).isCloseTo(0.01 + 0.99 * 0.2 * 0.1, within(1e-16));
        // two dependencies sharing c: c, or else both of the others' own failures
        FaultTree twoDeps = new FaultTree("s", List.of(dep("d", List.of("c", "a")), dep("e", List.of("c", "b"))));
        assertThat(twoDeps.unavailability(q)).isCloseTo(1 - 0.95 * 0.8 * 0.9, within(1e-16));
    }

    @Test
    void theExactAnswerIsNotTheRareEventApproximation() {
        ToDoubleFunction<String> q = d -> 0.2;
        FaultTree tree = new FaultTree("s", List.of(dep("d", List.of("a"), List.of("b")),
                dep("e", List.of("a"), List.of("c"))));
        // cut sets {a,b} and {a,c}: the approximation says 0.08, the truth is 0.2 * (1 - 0.8 * 0.8) = 0.072
        assertThat(tree.unavailability(q)).isCloseTo(0.072, within(1e-15));
    }

    @Test
    void twoPathsOfAlmostNeverFailingDomainsKeepEveryDigit() {
        FaultTree tree = new FaultTree("s", List.of(dep("d", List.of("a"), List.of("b"))));
        assertThat(tree.unavailability(d -> 1e-6)).isCloseTo(1e-12, within(1e-27));
    }

    @Test
    void aDomainThatNeverFailsNeverFailsTheService() {
        FaultTree tree = new FaultTree("s", List.of(dep("d", List.of("solid"))));
        assertThat(tree.unavailability(d -> 0.0)).isZero();
    }

    @Test
    void aDependencyWithoutPathsAlwaysFailsAndTheEmptySetIsItsOnlyCutSet() {
        FaultTree tree = new FaultTree("s", List.of(new FaultTree.TreeDependency("none", List.of()),
                dep("d", List.of("a"))));
        assertThat(tree.failsWith(List.of())).isTrue();
        assertThat(tree.unavailability(d -> 0.1)).isEqualTo(1.0);
        assertThat(tree.minimalCutSets()).containsExactly(List.of());
    }

    @Test
    void aServiceWithoutDependenciesNeverFails() {
        FaultTree tree = new FaultTree("s", List.of());
        assertThat(tree.minimalCutSets()).isEmpty();
        assertThat(tree.unavailability(d -> 0.1)).isZero();
    }

    @Test
    void aDomainNamedTwiceInOnePathCountsOnce() {
        FaultTree tree = new FaultTree("s", List.of(dep("d", List.of("a", "a"), List.of("b"))));
        assertThat(tree.minimalCutSets()).containsExactly(List.of("a", "b"));
        assertThat(tree.unavailability(d -> 0.1)).isCloseTo(0.01, within(1e-16));
    }

    @Test
    void theStressTreeOfTheIssueFindsItsLowOrderCutSetsUnderALimitAsAmongAllOfThem() {
        var trees = new RandomTrees(7, RandomTrees.STRESS);
        FaultTree tree = FaultTree.of(trees.service("stress", "team", Build.TODAY), p -> true);
        List<List<String>> upToThree = tree.minimalCutSets(3);
        assertThat(upToThree).isNotEmpty().allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(3));
        assertThat(upToThree).isEqualTo(tree.minimalCutSets().stream().filter(c -> c.size() <= 3).toList());
    }
}
