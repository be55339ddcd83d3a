package com.continuity.resilience.model;

import com.continuity.inventory.Activation;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact unavailability against enumeration of every domain state, and its monotony: more paths never hurt,
 * more required domains never help.
 */
class UnavailabilityPropertiesTest extends ScenarioProperties {

    /** Relative agreement demanded of the exact answer against the enumeration. */
    private static final double RELATIVE = 1e-9;
    /**
     * Slack for the monotony laws, which hold exactly in arithmetic: two different computations of two
     * different trees may round apart by a few ulps, never more.
     */
    private static final double ROUNDING = 1e-12;

    @Provide
    Arbitrary<Scenario> mediumWithTinyUnavailability() {
        return ServiceArbitraries.scenarios(ServiceArbitraries.MEDIUM, ServiceArbitraries.tinyUnavailability());
    }

    @Property(tries = 300)
    void exactUnavailabilityEqualsTheSumOverAllDomainStatesInWhichTheServiceIsDown(@ForAll("medium") Scenario s) {
        agreesWithEnumeration(s, s.onPaper());
        agreesWithEnumeration(s, s.inPractice());
    }

    @Property(tries = 200)
    void exactUnavailabilityKeepsItsDigitsWhenDomainsAlmostNeverFail(
            @ForAll("mediumWithTinyUnavailability") Scenario s) {
        agreesWithEnumeration(s, s.onPaper());
        agreesWithEnumeration(s, s.inPractice());
    }

    private static void agreesWithEnumeration(Scenario s, FaultTree tree) {
        double expected = new BruteForce(tree).unavailability(s.q());
        double actual = tree.unavailability(s.q());
        assertThat(expected).isPositive();
        assertThat(Math.abs(actual - expected) / expected)
                .as("relative error of the exact %s against the enumeration %s", actual, expected)
                .isLessThanOrEqualTo(RELATIVE);
    }

    @Property(tries = 300)
    void addingAPathToADependencyNeverRaisesUnavailability(
            @ForAll("medium") Scenario s, @ForAll @IntRange(max = 1000) int dependency,
            @ForAll @Size(min = 1, max = 4) Set<@IntRange(max = 1000) Integer> domains) {
        addingAPathNeverRaises(s, dependency, domains);
    }

    @Property(tries = 100)
    void addingAPathToADependencyOfATypicalTreeNeverRaisesUnavailability(
            @ForAll("typical") Scenario s, @ForAll @IntRange(max = 1000) int dependency,
            @ForAll @Size(min = 1, max = 4) Set<@IntRange(max = 1000) Integer> domains) {
        addingAPathNeverRaises(s, dependency, domains);
    }

    private static void addingAPathNeverRaises(Scenario s, int dependency, Set<Integer> domains) {
        List<String> pool = pool(s);
        List<String> requires = domains.stream().map(i -> pool.get(i % pool.size())).distinct().toList();
        int at = dependency % s.service().dependencies().size();
        Scenario more = s.withPath(at, new Path("added", PathRole.FALLBACK, Activation.AUTOMATIC, 0, 100, requires,
                List.of()));
        double before = s.onPaper().unavailability(s.q());
        double after = more.onPaper().unavailability(more.q());
        assertThat(after).as("after adding %s to dependency %d", requires, at)
                .isLessThanOrEqualTo(before * (1 + ROUNDING));
    }

    @Property(tries = 300)
    void addingARequiredDomainToAPathNeverLowersUnavailability(
            @ForAll("medium") Scenario s, @ForAll @IntRange(max = 1000) int dependency,
            @ForAll @IntRange(max = 1000) int path, @ForAll @IntRange(max = 1000) int domain) {
        addingARequiredDomainNeverLowers(s, dependency, path, domain);
    }

    @Property(tries = 100)
    void addingARequiredDomainToAPathOfATypicalTreeNeverLowersUnavailability(
            @ForAll("typical") Scenario s, @ForAll @IntRange(max = 1000) int dependency,
            @ForAll @IntRange(max = 1000) int path, @ForAll @IntRange(max = 1000) int domain) {
        addingARequiredDomainNeverLowers(s, dependency, path, domain);
    }

    private static void addingARequiredDomainNeverLowers(Scenario s, int dependency, int path, int domain) {
        List<String> pool = pool(s);
        int d = dependency % s.service().dependencies().size();
        int p = path % s.service().dependencies().get(d).paths().size();
        String added = pool.get(domain % pool.size());
        Scenario more = s.withRequired(d, p, added);
        double before = s.onPaper().unavailability(s.q());
        double after = more.onPaper().unavailability(more.q());
        assertThat(after).as("after adding %s to path %d of dependency %d", added, p, d)
                .isGreaterThanOrEqualTo(before * (1 - ROUNDING));
    }

    /** The domains a change may use: those of the service and the fresh ones. */
    private static List<String> pool(Scenario s) {
        List<String> pool = new ArrayList<>(s.usedDomains());
        pool.addAll(s.freshDomains());
        return pool;
    }
}
