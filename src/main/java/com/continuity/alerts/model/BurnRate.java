package com.continuity.alerts.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Error-budget burn alerts with the multi-window, multi-burn-rate defaults of the Google SRE workbook ("Alerting on
 * SLOs"): the burn rate over a window is its error ratio divided by the budget (1 − SLO); an alert fires when both
 * its long and its short window burn at or above its factor. Plain Java.
 * <p>
 * Requests are counted from samples; a sample that straddles a window's start counts for the share of its time
 * inside the window (requests spread evenly). A window without requests burns nothing.
 */
public final class BurnRate {

    public enum Severity {
        PAGE, TICKET;

        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One alerting rule: both windows at or above {@code factor}. */
    public record Rule(Duration longWindow, Duration shortWindow, double factor, Severity severity) {
    }

    /** Requests in a window of time. */
    public record Sample(Instant start, Instant end, long total, long failed) {
    }

    /** A rule that fires, with the burn rates it saw. */
    public record Burn(Rule rule, double longRate, double shortRate) {
    }

    /** The workbook's defaults: 14.4× over 1 h and 5 min, 6× over 6 h and 30 min (page); 1× over 3 d and 6 h (ticket). */
    public static final List<Rule> WORKBOOK = List.of(
            new Rule(Duration.ofHours(1), Duration.ofMinutes(5), 14.4, Severity.PAGE),
            new Rule(Duration.ofHours(6), Duration.ofMinutes(30), 6, Severity.PAGE),
            new Rule(Duration.ofDays(3), Duration.ofHours(6), 1, Severity.TICKET));

    private BurnRate() {
    }

    /**
     * The first rule of {@code rules} (most urgent first) that fires at {@code now}, if any.
     *
     * @param budget the error budget as a fraction, 1 − SLO: 0.001 for 99.9 %
     */
    public static Optional<Burn> evaluate(List<Sample> samples, double budget, Instant now, List<Rule> rules) {
        if (!(budget > 0 && budget <= 1)) {
            throw new IllegalArgumentException("the error budget must be in (0, 1], not " + budget);
        }
        for (Rule rule : rules) {
            double longRate = rate(samples, budget, now.minus(rule.longWindow()), now);
            double shortRate = rate(samples, budget, now.minus(rule.shortWindow()), now);
            if (longRate >= rule.factor() && shortRate >= rule.factor()) {
                return Optional.of(new Burn(rule, longRate, shortRate));
            }
        }
        return Optional.empty();
    }

    /** The burn rate over [from, to): error ratio / budget; 0 without requests. */
    public static double rate(List<Sample> samples, double budget, Instant from, Instant to) {
        double total = 0;
        double failed = 0;
        for (Sample s : samples) {
            Instant start = s.start().isBefore(from) ? from : s.start();
            Instant end = s.end().isAfter(to) ? to : s.end();
            if (!end.isAfter(start)) {
                continue;
            }
            double share = (double) Duration.between(start, end).toMillis()
                    / Math.max(1, Duration.between(s.start(), s.end()).toMillis());
            total += s.total() * share;
            failed += s.failed() * share;
        }
        return total == 0 ? 0 : failed / total / budget;
    }
}
