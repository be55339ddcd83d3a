package com.continuity.resilience.model;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * jqwik arbitraries of business services over failure domains {@code d0..d<n-1>}, with one primary and some
 * fallbacks per dependency (as the portfolio validator demands), fallbacks with every kind of drill history,
 * switchover and capacity, so that on paper and in practice differ. Every domain, and the fresh ones
 * {@code x0..x5} that no generated path requires, has an unavailability in (0, 0.3), drawn uniformly or
 * log-uniformly down to 1e-9.
 */
final class ServiceArbitraries {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final int FRESH_DOMAINS = 6;

    record Shape(int maxDomains, int maxDependencies, int maxPaths, int maxRequired) {
    }

    /** Small enough to enumerate every set of domains many times over. */
    static final Shape SMALL = new Shape(8, 3, 3, 3);
    /** At most 14 domains: 16,384 domain states, still cheap to enumerate. */
    static final Shape MEDIUM = new Shape(14, 6, 4, 4);
    /** The typical tree: 8 dependencies x up to 4 paths x up to 4 required domains, from 40. */
    static final Shape TYPICAL = new Shape(40, 8, 4, 4);

    /** Sizes spread evenly over their range: jqwik's default favours the smallest, which makes trivial trees. */
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    private ServiceArbitraries() {
    }

    static Arbitrary<Scenario> scenarios(Shape shape) {
        return scenarios(shape, unavailability());
    }

    static Arbitrary<Scenario> scenarios(Shape shape, Arbitrary<Double> unavailability) {
        return Arbitraries.integers().between(1, shape.maxDomains()).withDistribution(UNIFORM).flatMap(n -> {
            Arbitrary<List<String>> requires = Arbitraries.integers().between(0, n - 1).set()
                    .ofMinSize(1).ofMaxSize(Math.min(n, shape.maxRequired())).withSizeDistribution(UNIFORM)
                    .map(s -> s.stream().sorted().map(i -> "d" + i).toList());
            Arbitrary<Path> fallback = Combinators.combine(requires, fallbackTraits()).as((r, t) -> t.fallback(r));
            Arbitrary<Dependency> dependency = Combinators.combine(requires,
                            fallback.list().ofMaxSize(shape.maxPaths() - 1).withSizeDistribution(UNIFORM))
                    .as(ServiceArbitraries::dependency);
            Arbitrary<List<Dependency>> dependencies = dependency.list().ofMinSize(1)
                    .ofMaxSize(shape.maxDependencies()).withSizeDistribution(UNIFORM).map(ServiceArbitraries::numbered);
            Arbitrary<List<Double>> qs = unavailability.list().ofSize(n + FRESH_DOMAINS);
            return Combinators.combine(dependencies, qs, impact()).as((deps, q, impact) -> {
                Map<String, Double> byDomain = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    byDomain.put("d" + i, q.get(i));
                }
                for (int i = 0; i < FRESH_DOMAINS; i++) {
                    byDomain.put("x" + i, q.get(n + i));
                }
                return new Scenario(impact.service(deps), byDomain, TODAY);
            });
        }).withoutEdgeCases();
    }

    /** In (0, 0.3): uniform with nine decimals, or log-uniform from 1e-9, so that tiny values come up too. */
    static Arbitrary<Double> unavailability() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(0.0, false, 0.3, false).ofScale(9),
                Arbitraries.doubles().between(-9, -0.53).map(e -> Math.pow(10, e)));
    }

    /**
     * From 1e-9 to 1e-6, log-uniform: domains that almost never fail. Computing 1 - (1 - q) there keeps only
     * 7 to 10 of a double's 16 digits, which a relative tolerance of 1e-9 sees.
     */
    static Arbitrary<Double> tinyUnavailability() {
        return Arbitraries.doubles().between(-9, -6).map(e -> Math.pow(10, e));
    }

    private static Dependency dependency(List<String> primary, List<Path> fallbacks) {
        List<Path> paths = new ArrayList<>();
        paths.add(new Path("p0", PathRole.PRIMARY, null, null, null, primary, List.of()));
        for (int i = 0; i < fallbacks.size(); i++) {
            Path f = fallbacks.get(i);
            paths.add(new Path("p" + (i + 1), f.role(), f.activation(), f.switchoverMinutes(), f.capacityPercent(),
                    f.requires(), f.drills()));
        }
        return new Dependency("dep", "Dependency", paths);
    }

    private static List<Dependency> numbered(List<Dependency> deps) {
        List<Dependency> out = new ArrayList<>();
        for (int i = 0; i < deps.size(); i++) {
            out.add(new Dependency("dep" + i, "Dependency " + i, deps.get(i).paths()));
        }
        return out;
    }

    /** What a fallback brings besides its domains. */
    record Traits(Activation activation, Integer switchoverMinutes, Integer capacityPercent, List<Drill> drills) {
        Path fallback(List<String> requires) {
            return new Path("p", PathRole.FALLBACK, activation, switchoverMinutes, capacityPercent, requires, drills);
        }
    }

    static Arbitrary<Traits> fallbackTraits() {
        Arbitrary<Integer> switchover = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((Integer) null)),
                Tuple.of(8, Arbitraries.of(0, 1, 5, 15, 30, 60, 90, 240)));
        Arbitrary<Integer> capacity = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((Integer) null)),
                Tuple.of(4, Arbitraries.just(100)),
                Tuple.of(2, Arbitraries.of(10, 40, 80, 99)));
        return Combinators.combine(Arbitraries.of(Activation.class), switchover, capacity,
                drill().list().ofMaxSize(3)).as(Traits::new);
    }

    /** A drill some days before today (negative: after today), with a result and maybe a measured switchover. */
    static Arbitrary<Drill> drill() {
        Arbitrary<Integer> age = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(0, 1, 10, 45, 89, 90)),
                Tuple.of(2, Arbitraries.of(91, 120, 400)),
                Tuple.of(1, Arbitraries.of(-1, -30)));
        Arbitrary<DrillResult> result = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(DrillResult.PASSED)),
                Tuple.of(1, Arbitraries.just(DrillResult.PARTIAL)),
                Tuple.of(1, Arbitraries.just(DrillResult.FAILED)));
        Arbitrary<Integer> measured = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just((Integer) null)),
                Tuple.of(3, Arbitraries.of(0, 1, 5, 15, 30, 120)));
        return Combinators.combine(age, result, measured)
                .as((days, r, minutes) -> new Drill(TODAY.minusDays(days), r, minutes, null));
    }

    /** The service's impact analysis. */
    record Impact(int tier, Integer rtoMinutes, Integer mtpdMinutes, BigDecimal costPerHour) {
        BusinessService service(List<Dependency> dependencies) {
            return new BusinessService("svc", "Service", "team", tier, rtoMinutes, 0, mtpdMinutes, costPerHour,
                    "USD", null, dependencies, 0);
        }
    }

    static Arbitrary<Impact> impact() {
        Arbitrary<Integer> rto = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((Integer) null)),
                Tuple.of(6, Arbitraries.of(5, 15, 60, 240)));
        return Combinators.combine(Arbitraries.integers().between(1, 4), rto,
                        Arbitraries.of(60, 240, 1440),
                        Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal(20000)).ofScale(2))
                .as(Impact::new);
    }
}
