package com.continuity.resilience.model;

import com.continuity.inventory.DrillSchedule;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The risk score: the sum of the findings' weights, capped at 100. Every weight is fixed per finding, except
 * the shortfall against the tier's target, which grows with the unavailability in practice. So adding a single
 * point of failure can only add findings or raise that shortfall, and adding an independent fallback that counts
 * in practice, at full capacity, can only remove findings or lower it: the two laws of DESIGN §3. The README's
 * "How risk is computed" section and the risk overview page give the same table.
 */
public final class RiskScore {

    public static final int SPOF = 20;
    public static final int SPOF_IN_PRACTICE = 15;
    public static final int COUPLING = 10;
    public static final int UNTESTED_FALLBACK = 8;
    public static final int FAILED_DRILL = 10;
    public static final int SLOW_SWITCHOVER = 10;
    public static final int PARTIAL_CAPACITY = 5;
    /** Below target: {@code 10 + floor(10 * log10(u / allowance))}, at most 30 ({@link #tierAllowance}). */
    public static final int BELOW_TARGET_BASE = 10;
    public static final int BELOW_TARGET_MAX = 30;

    private RiskScore() {
    }

    /** Target availability per tier (1 = mission critical). */
    public static double tierTarget(int tier) {
        return switch (tier) {
            case 1 -> 0.9995;
            case 2 -> 0.999;
            case 3 -> 0.995;
            default -> 0.99;
        };
    }

    /**
     * The unavailability a tier allows, written as the decimal it is: {@code 1 - 0.9995} in doubles is
     * 0.00049999999999994, which would put a service exactly on target below it.
     */
    public static double tierAllowance(int tier) {
        return switch (tier) {
            case 1 -> 0.0005;
            case 2 -> 0.001;
            case 3 -> 0.005;
            default -> 0.01;
        };
    }

    public static int score(List<Finding> findings) {
        return Math.min(100, findings.stream().mapToInt(Finding::weight).sum());
    }

    static List<Finding> findings(BusinessService service, Analysis onPaper, Analysis inPractice,
                                  List<FallbackCheck> checks, ToDoubleFunction<String> q, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        for (String spof : onPaper.singlePointsOfFailure()) {
            out.add(new Finding(Finding.Kind.SPOF, SPOF, spof + " is a single point of failure: when it fails, "
                    + service.name() + " stops, whatever fallbacks are declared.", List.of(spof)));
        }
        for (String spof : inPractice.singlePointsOfFailure()) {
            if (!onPaper.singlePointsOfFailure().contains(spof)) {
                out.add(new Finding(Finding.Kind.SPOF_IN_PRACTICE, SPOF_IN_PRACTICE, spof
                        + " is a single point of failure in practice: the fallbacks that avoid it on paper do not"
                        + " count, because they are not drilled, failed their drill, switch over too slowly or"
                        + " declare no switchover time.",
                        List.of(spof)));
            }
        }
        for (Dependency dependency : service.dependencies()) {
            Path primary = dependency.paths().stream().filter(p -> p.role() == PathRole.PRIMARY).findFirst()
                    .orElse(null);
            for (Path fallback : dependency.paths()) {
                if (fallback.role() == PathRole.FALLBACK) {
                    fallbackFindings(service, dependency, primary, fallback, checks, today, out);
                }
            }
        }
        belowTarget(service, inPractice, q).ifPresent(out::add);
        return out;
    }

    private static void fallbackFindings(BusinessService service, Dependency dependency, Path primary, Path fallback,
                                         List<FallbackCheck> checks, LocalDate today, List<Finding> out) {
        String name = "Fallback '" + fallback.key() + "' of '" + dependency.key() + "'";
        if (primary != null) {
            List<String> shared = fallback.requires().stream().filter(primary.requires()::contains).sorted().toList();
            if (!shared.isEmpty()) {
                out.add(new Finding(Finding.Kind.COUPLING, COUPLING, name + " shares " + String.join(", ", shared)
                        + " with the primary '" + primary.key() + "': one failure there takes both down.", shared));
            }
        }
        List<PracticeRule.Gap> gaps = checks.stream()
                .filter(c -> c.dependency().equals(dependency.key()) && c.path().equals(fallback.key()))
                .findFirst().map(FallbackCheck::gaps).orElse(List.of());
        List<String> domains = fallback.requires().stream().sorted().toList();
        String on = " (" + String.join(", ", domains) + ")";
        if (gaps.contains(PracticeRule.Gap.NEVER_DRILLED) || gaps.contains(PracticeRule.Gap.LAST_DRILL_TOO_OLD)) {
            String why = gaps.contains(PracticeRule.Gap.NEVER_DRILLED) ? "has never been drilled"
                    : "has not been drilled in the last " + DrillSchedule.DRILL_MAX_AGE_DAYS + " days";
            out.add(new Finding(Finding.Kind.UNTESTED_FALLBACK, UNTESTED_FALLBACK, name + on + " " + why + ".",
                    domains));
        }
        if (gaps.contains(PracticeRule.Gap.LAST_DRILL_FAILED) || gaps.contains(PracticeRule.Gap.LAST_DRILL_PARTIAL)) {
            String how = gaps.contains(PracticeRule.Gap.LAST_DRILL_FAILED) ? "failed" : "only partly passed";
            out.add(new Finding(Finding.Kind.FAILED_DRILL, FAILED_DRILL, name + on + " " + how + " its last drill.",
                    domains));
        }
        if (gaps.contains(PracticeRule.Gap.NO_DECLARED_SWITCHOVER)) {
            out.add(new Finding(Finding.Kind.SLOW_SWITCHOVER, SLOW_SWITCHOVER, name + on
                    + " declares no switchover time, so it cannot be shown to take over within the RTO"
                    + (service.rtoMinutes() == null ? "" : " of " + service.rtoMinutes() + " min") + ".", domains));
        }
        if (gaps.contains(PracticeRule.Gap.SWITCHOVER_OVER_RTO)
                || gaps.contains(PracticeRule.Gap.DRILLED_SWITCHOVER_OVER_RTO)) {
            out.add(new Finding(Finding.Kind.SLOW_SWITCHOVER, SLOW_SWITCHOVER, name + on + " needs "
                    + judgedSwitchover(fallback, today) + " min to switch over, beyond the RTO of "
                    + service.rtoMinutes() + " min.", domains));
        }
        if (fallback.capacityPercent() != null && fallback.capacityPercent() < 100) {
            out.add(new Finding(Finding.Kind.PARTIAL_CAPACITY, PARTIAL_CAPACITY, name + on + " carries only "
                    + fallback.capacityPercent() + "% of the load.", domains));
        }
    }

    /** The longer of the declared switchover and the one the last drill measured: what the rule judged. */
    private static int judgedSwitchover(Path fallback, LocalDate today) {
        int declared = fallback.switchoverMinutes() == null ? 0 : fallback.switchoverMinutes();
        int drilled = DrillSchedule.lastDrill(fallback, today).map(Drill::switchoverMinutes).orElse(0);
        return Math.max(declared, drilled);
    }

    /**
     * The shortfall of availability in practice against the tier's target, naming the domains of the cut sets
     * that contribute most.
     */
    private static Optional<Finding> belowTarget(BusinessService service, Analysis inPractice,
                                                           ToDoubleFunction<String> q) {
        double target = tierTarget(service.tier());
        double allowance = tierAllowance(service.tier());
        double u = inPractice.unavailability();
        // A relative tolerance of 1e-9 absorbs binary rounding: 1 - 0.999 is 0.0010000000000000009, which is on
        // the tier-2 target, and an exact tenfold (0.1 against 0.01) must not fall a point short.
        if (u <= allowance * (1 + 1e-9)) {
            return Optional.empty();
        }
        int weight = (int) Math.min(BELOW_TARGET_MAX,
                BELOW_TARGET_BASE + Math.floor(10 * Math.log10(u / allowance) + 1e-9));
        Set<String> domains = new LinkedHashSet<>();
        inPractice.minimalCutSets().stream()
                .sorted(Comparator.comparingDouble((List<String> c) -> -c.stream().mapToDouble(q).reduce(1, (a, b) -> a * b)))
                .limit(3).forEach(domains::addAll);
        return Optional.of(new Finding(Finding.Kind.BELOW_TARGET, weight, String.format(Locale.ROOT,
                "Expected availability in practice is %.3f%%, below the tier %d target of %s%%; most of the risk"
                        + " comes from %s.", 100 * (1 - u), service.tier(), percent(target), String.join(", ", domains)),
                List.copyOf(domains)));
    }

    private static String percent(double availability) {
        return BigDecimal.valueOf(availability).movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
