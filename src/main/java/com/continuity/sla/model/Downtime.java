package com.continuity.sla.model;

import com.continuity.incidents.model.Impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures one period's downtime by the contract's method. Every method first reduces the outages to the covered
 * windows: qualifying outages clipped to the period, united, minus maintenance when the contract excludes it.
 *
 * @param seconds  the downtime in seconds; for error-rate intervals and transactions the equivalent seconds, the
 *                 error share of the period, so that uptime = 100 x (period - downtime) / period for every method
 * @param counted  the windows that make the downtime (for intervals: the covered windows that feed it)
 * @param windowed whether the downtime is exactly the counted windows (outage and threshold minutes), so that
 *                 whole-hours-up can round each window
 * @param coverage seconds of the period covered by qualifying outages after exclusions, before minute rules
 */
record Downtime(Ratio seconds, List<Span> counted, boolean windowed, long coverage, List<ExcludedWindow> excluded) {

    static Downtime measure(Measurement m, Period p, PeriodInputs inputs, Explanation why) {
        List<ExcludedWindow> excluded = new ArrayList<>();
        List<Span> qualifying = new ArrayList<>();
        List<Span> maintenance = new ArrayList<>();
        for (Outage o : inputs.outages()) {
            Span s = new Span(o.start().getEpochSecond(), o.end().getEpochSecond(), Set.of(label(o))).clip(p.start(), p.end());
            if (s.seconds() <= 0) {
                continue;
            }
            if (o.impact().atLeast(m.qualifyingImpact())) {
                qualifying.add(s);
                why.add("Outage " + s.label() + " (impact " + o.impact().fileName() + ") from " + why.window(s)
                        + (s.seconds() < o.end().getEpochSecond() - o.start().getEpochSecond() ? ", clipped to the period" : "")
                        + ": " + Explanation.minutes(s.seconds()) + ".");
            } else if (o.impact() == Impact.MAINTENANCE && m.excludeMaintenance()) {
                maintenance.add(s);
            } else {
                String reason = o.impact() == Impact.MAINTENANCE
                        ? "maintenance " + s.label() + " is not downtime; the contract does not cut it out of outages"
                        : "impact " + o.impact().fileName() + " of " + s.label() + " is below the qualifying impact "
                          + m.qualifyingImpact().fileName();
                excluded.add(new ExcludedWindow(instant(s.start()), instant(s.end()), reason));
                why.add("Not counted: " + why.window(s) + ", " + reason + ".");
            }
        }
        List<Span> united = Span.union(qualifying);
        if (united.size() < qualifying.size()) {
            why.add("Overlapping outages count once: " + qualifying.size() + " windows unite into " + united.size()
                    + " (" + Explanation.minutes(Span.seconds(united)) + ").");
        }
        List<Span> cuts = Span.union(maintenance);
        for (Span cut : cuts) {
            String reason = "scheduled maintenance " + cut.label() + ", excluded by the contract";
            excluded.add(new ExcludedWindow(instant(cut.start()), instant(cut.end()), reason));
            why.add("Excluded: " + why.window(cut) + ", " + reason + ".");
        }
        List<Span> covered = Span.subtract(united, cuts);
        long coverage = Span.seconds(covered);
        if (!cuts.isEmpty()) {
            why.add("After exclusions, qualifying outages cover " + Explanation.minutes(coverage) + ".");
        }
        return switch (m.method()) {
            case OUTAGE_MINUTES -> outageMinutes(m, p, covered, coverage, excluded, why);
            case ERROR_RATE_THRESHOLD_MINUTES -> thresholdMinutes(m, p, covered, cuts, inputs.samples(), coverage, excluded, why);
            case ERROR_RATE_INTERVALS -> intervals(m, p, covered, cuts, inputs.samples(), coverage, excluded, why);
            case TRANSACTIONS -> transactions(p, inputs.transactions(), coverage, excluded, why);
        };
    }

    private static Downtime outageMinutes(Measurement m, Period p, List<Span> covered, long coverage,
                                          List<ExcludedWindow> excluded, Explanation why) {
        List<Span> runs = partialMinutes(m, p, covered, why);
        int minimum = m.minimumConsecutiveMinutes() == null ? 0 : m.minimumConsecutiveMinutes();
        List<Span> counted = longEnough(runs, minimum, excluded, why);
        long down = Span.seconds(counted);
        why.add("Downtime: " + describe(counted, why) + " = " + Explanation.minutes(down) + ".");
        return new Downtime(Ratio.of(down, 1), counted, true, coverage, excluded);
    }

    private static List<Span> partialMinutes(Measurement m, Period p, List<Span> covered, Explanation why) {
        List<Span> runs = Span.toMinutes(covered, m.partialMinutes(), p.start(), p.end());
        if (m.partialMinutes() != PartialMinutes.EXACT) {
            why.add((m.partialMinutes() == PartialMinutes.COUNT
                    ? "Partial minutes count whole: each window widens to the clock minutes it touches"
                    : "Partial minutes drop: each window narrows to the clock minutes it fully covers")
                    + ", " + Explanation.minutes(Span.seconds(covered)) + " become "
                    + Explanation.minutes(Span.seconds(runs)) + ".");
        }
        return runs;
    }

    /** The runs of at least {@code minimum} minutes; shorter ones are excluded, each with its reason. */
    private static List<Span> longEnough(List<Span> runs, int minimum, List<ExcludedWindow> excluded, Explanation why) {
        List<Span> counted = new ArrayList<>();
        for (Span run : runs) {
            if (run.seconds() < minimum * 60L) {
                tooShort(run, minimum, excluded, why);
            } else {
                counted.add(run);
            }
        }
        return counted;
    }

    private static void tooShort(Span run, int minimum, List<ExcludedWindow> excluded, Explanation why) {
        String reason = "a run of " + Explanation.minutes(run.seconds()) + " (" + run.label()
                + ") is shorter than the " + minimum + " consecutive minutes that count";
        excluded.add(new ExcludedWindow(instant(run.start()), instant(run.end()), reason));
        why.add("Not counted: " + why.window(run) + ", " + reason + ".");
    }

    private static String describe(List<Span> counted, Explanation why) {
        if (counted.isEmpty()) {
            return "no window counts";
        }
        return String.join(" + ", counted.stream()
                .map(s -> why.window(s) + " (" + s.label() + ") " + Explanation.minutes(s.seconds())).toList());
    }

    private static Downtime thresholdMinutes(Measurement m, Period p, List<Span> covered, List<Span> cuts,
                                             List<ErrorSample> samples, long coverage,
                                             List<ExcludedWindow> excluded, Explanation why) {
        BigDecimal threshold = m.errorRateThresholdPercent();
        int minimum = m.minimumConsecutiveMinutes() == null ? 1 : m.minimumConsecutiveMinutes();
        List<Span> outageMinutes = partialMinutes(m, p, covered, why);
        TreeMap<Long, Cells.Cell> cells = Cells.of(p, 60, outageMinutes, cuts, samples);
        why.add("A clock minute is down when its error rate is above " + threshold.toPlainString() + "%: outages count as"
                + " 100% errors for the part of the minute they cover, requests (error samples) for the rest, a minute"
                + " without requests as 0%.");
        List<Span> runs = new ArrayList<>();
        long runStart = -1;
        long previous = -2;
        for (Map.Entry<Long, Cells.Cell> e : cells.entrySet()) {
            if (e.getValue().errorSeconds().times(Ratio.HUNDRED).compareTo(threshold.multiply(
                    BigDecimal.valueOf(e.getValue().length))) <= 0) {
                continue;
            }
            long i = e.getKey();
            if (i != previous + 1) {
                addRun(runs, p, runStart, previous, outageMinutes);
                runStart = i;
            }
            previous = i;
        }
        addRun(runs, p, runStart, previous, outageMinutes);
        List<Span> counted = longEnough(runs, minimum, excluded, why);
        long down = Span.seconds(counted);
        why.add("Runs of at least " + minimum + " down minutes count. Downtime: " + describe(counted, why) + " = "
                + Explanation.minutes(down) + ".");
        return new Downtime(Ratio.of(down, 1), counted, true, coverage, excluded);
    }

    private static void addRun(List<Span> runs, Period p, long first, long last, List<Span> outages) {
        if (first < 0) {
            return;
        }
        long start = p.start() + first * 60;
        long end = Math.min(p.end(), p.start() + (last + 1) * 60);
        Set<String> labels = new LinkedHashSet<>();
        for (Span o : outages) {
            if (o.start() < end && o.end() > start) {
                labels.addAll(o.labels());
            }
        }
        runs.add(new Span(start, end, labels.isEmpty() ? Set.of("error samples") : labels));
    }

    private static Downtime intervals(Measurement m, Period p, List<Span> covered, List<Span> cuts,
                                      List<ErrorSample> samples, long coverage, List<ExcludedWindow> excluded,
                                      Explanation why) {
        long length = m.intervalMinutes() * 60L;
        long count = Math.ceilDiv(p.seconds(), length);
        TreeMap<Long, Cells.Cell> cells = Cells.of(p, length, covered, cuts, samples);
        BigDecimal errorSeconds = BigDecimal.ZERO;
        int withErrors = 0;
        for (Cells.Cell c : cells.values()) {
            BigDecimal e = c.errorSeconds().decimal128();
            errorSeconds = errorSeconds.add(e);
            withErrors += e.signum() > 0 ? 1 : 0;
        }
        Ratio down = Ratio.of(errorSeconds);
        why.add("The period is cut into " + count + " intervals of " + m.intervalMinutes() + " min from its start. An"
                + " interval's error rate is the share an outage covers (as 100% errors) plus the rest at the error"
                + " rate of its requests; an interval without requests counts 0%. " + withErrors + " intervals had"
                + " errors; their error rates times their lengths add up to " + Explanation.minutes(down)
                + ", so the mean error rate of the intervals is " + Explanation.percent(down.times(Ratio.HUNDRED)
                .over(BigDecimal.valueOf(p.seconds()))) + " (intervals weigh by length, equal but for a shorter last"
                + " one).");
        return new Downtime(down, covered, false, coverage, excluded);
    }

    private static Downtime transactions(Period p, Transactions t, long coverage, List<ExcludedWindow> excluded,
                                         Explanation why) {
        if (t == null || t.total() == 0) {
            // without counts, an outage is 100% failed requests for the time it covers (DESIGN §4's error-rate rule)
            why.add("No transactions were recorded for the period: the qualifying outages count as 100% failed"
                    + " requests for the time they cover, " + Explanation.minutes(coverage) + ".");
            return new Downtime(Ratio.of(coverage, 1), List.of(), false, coverage, excluded);
        }
        why.add("Transactions: " + t.failed() + " failed of " + t.total() + " (outage windows do not count in the"
                + " transactions method).");
        return new Downtime(Ratio.of(t.failed(), t.total()).times(BigDecimal.valueOf(p.seconds())),
                List.of(), false, coverage, excluded);
    }

    private static String label(Outage o) {
        return o.label() == null || o.label().isBlank() ? "unnamed outage" : o.label();
    }

    static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }
}
