package com.continuity.resilience.model;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.DomainKind;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.Provider;
import com.continuity.security.Team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random services of the shapes the resilience issue names: a typical tree is 8 dependencies of up to 4 paths of
 * up to 4 required domains drawn from 40; a stress tree is 16 x 6 x 6 from 80. Fallbacks get a mix of drills, so
 * that on paper and in practice differ. Used by the unit tests, the SCRAM agreement test and the benchmark.
 */
public final class RandomTrees {

    public record Shape(int dependencies, int maxPaths, int maxRequired, int domains) {
    }

    public static final Shape TYPICAL = new Shape(8, 4, 4, 40);
    public static final Shape STRESS = new Shape(16, 6, 6, 80);
    /** Between the two, for tests that want more than typical but cannot wait for stress trees. */
    public static final Shape MEDIUM = new Shape(12, 5, 5, 60);

    private static final int TEAMS = 4;
    private static final int PROVIDERS = 8;

    private final Random random;
    private final Shape shape;

    public RandomTrees(long seed, Shape shape) {
        this.random = new Random(seed);
        this.shape = shape;
    }

    /** Domains d0..dN-1, with unavailability between 0.001 and 0.05 so that exact and approximate answers differ. */
    public List<FailureDomain> domains() {
        List<FailureDomain> out = new ArrayList<>();
        Random r = new Random(shape.domains());
        for (int i = 0; i < shape.domains(); i++) {
            double q = 0.001 + r.nextDouble() * 0.049;
            out.add(new FailureDomain("d" + i, "Domain " + i, DomainKind.values()[i % DomainKind.values().length],
                    null, 1 - q, List.of()));
        }
        return out;
    }

    public BusinessService service(String key, String team, LocalDate today) {
        List<Dependency> deps = new ArrayList<>();
        for (int d = 0; d < shape.dependencies(); d++) {
            int paths = 1 + random.nextInt(shape.maxPaths());
            List<Path> list = new ArrayList<>();
            for (int p = 0; p < paths; p++) {
                list.add(path(p, today));
            }
            deps.add(new Dependency("dep" + d, "Dependency " + d, list));
        }
        int tier = 1 + random.nextInt(4);
        return new BusinessService(key, "Service " + key, team, tier, 60, 0, 240, new BigDecimal(1000 * tier), "USD",
                null, deps, 0);
    }

    private Path path(int index, LocalDate today) {
        Set<String> requires = new LinkedHashSet<>();
        int n = 1 + random.nextInt(shape.maxRequired());
        while (requires.size() < n) {
            requires.add("d" + random.nextInt(shape.domains()));
        }
        if (index == 0) {
            return new Path("p0", PathRole.PRIMARY, null, null, null, List.copyOf(requires), List.of());
        }
        List<Drill> drills = switch (random.nextInt(4)) {
            case 0 -> List.of();
            case 1 -> List.of(new Drill(today.minusDays(10), DrillResult.PASSED, 5, null));
            case 2 -> List.of(new Drill(today.minusDays(200), DrillResult.PASSED, 5, null));
            default -> List.of(new Drill(today.minusDays(5), DrillResult.FAILED, null, null));
        };
        return new Path("p" + index, PathRole.FALLBACK, Activation.AUTOMATIC, random.nextInt(3) == 0 ? 90 : 2, 100,
                List.copyOf(requires), drills);
    }

    /**
     * A whole portfolio to import: teams, providers, this shape's domains spread over the providers, and
     * {@code services} random services of this shape (the first is the one {@link #service} would give first).
     * Domain and service keys are renamed so that some are not valid MEF names and must go through
     * {@link MefWriter#id}: {@code d5} becomes {@code 5-az}, {@code d7} becomes {@code zone--7}, odd services are
     * {@code <i>-svc}. Today is the date the drills are dated from.
     */
    public Portfolio portfolio(int services, LocalDate today) {
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            teams.add(new Team("team-" + t, "Team " + t));
        }
        List<Provider> providers = new ArrayList<>();
        for (int p = 0; p < PROVIDERS; p++) {
            providers.add(new Provider("provider-" + p, "Provider " + p, null, null));
        }
        List<FailureDomain> domains = new ArrayList<>();
        int n = 0;
        for (FailureDomain d : domains()) {
            domains.add(new FailureDomain(portfolioKey(d.key()), d.name(), d.kind(), "provider-" + (n++ % PROVIDERS),
                    d.availability(), d.statusComponents()));
        }
        List<BusinessService> out = new ArrayList<>();
        for (int i = 0; i < services; i++) {
            BusinessService s = service(i % 2 == 0 ? "svc-" + i : i + "-svc", "team-" + i % TEAMS, today);
            List<Dependency> deps = s.dependencies().stream().map(dep -> new Dependency(dep.key(), dep.name(),
                    dep.paths().stream().map(p -> new Path(p.key(), p.role(), p.activation(), p.switchoverMinutes(),
                            p.capacityPercent(), p.requires().stream().map(RandomTrees::portfolioKey).toList(),
                            p.drills())).toList())).toList();
            out.add(new BusinessService(s.key(), s.name(), s.team(), s.tier(), s.rtoMinutes(), s.rpoMinutes(),
                    s.mtpdMinutes(), s.downtimeCostPerHour(), s.currency(), s.owner(), deps, 0));
        }
        return new Portfolio(teams, providers, domains, out);
    }

    /** {@code d<n>} as the portfolio names it: a quarter with a leading digit, a quarter with a double hyphen. */
    static String portfolioKey(String domain) {
        int n = Integer.parseInt(domain.substring(1));
        return switch (n % 4) {
            case 1 -> n + "-az";
            case 3 -> "zone--" + n;
            default -> domain;
        };
    }
}
