package com.continuity.sla.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Checks a contract for rules the types cannot express; paths relative to the contract, e.g.
 * "credit.tiers[1].below". A field that has no effect under the chosen method is reported too: a reader would
 * believe it counts. Tier tables must credit no less at a lower uptime, so that more downtime never lowers a credit.
 */
public final class ContractRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ContractRules() {
    }

    public record Problem(String path, String message) {
    }

    public static List<Problem> check(ContractTerms c) {
        List<Problem> problems = new ArrayList<>();
        if (c.key() == null || c.key().isBlank()) {
            problems.add(new Problem("key", "a contract needs a key"));
        }
        Integer minorUnit = minorUnit(c.currency(), problems);
        if (c.monthlyFee() == null || c.monthlyFee().signum() <= 0) {
            problems.add(new Problem("monthlyFee", "must be greater than 0, got " + text(c.monthlyFee())));
        } else {
            checkMinorUnit("monthlyFee", c.monthlyFee(), minorUnit, c.currency(), problems);
        }
        if (c.termStart() != null && c.termEnd() != null && c.termStart().isAfter(c.termEnd())) {
            problems.add(new Problem("term", "starts " + c.termStart() + " after it ends " + c.termEnd()));
        }
        if (c.covers().isEmpty()) {
            problems.add(new Problem("covers", "must name at least one failure domain, or no outage can count"));
        }
        for (int i = 0; i < c.covers().size(); i++) {
            if (c.covers().get(i) == null || c.covers().get(i).isBlank()) {
                problems.add(new Problem("covers[" + i + "]", "is blank"));
            }
        }
        for (int i = 0; i < c.slos().size(); i++) {
            Slo slo = c.slos().get(i);
            if (slo.kind() == null) {
                problems.add(new Problem("slos[" + i + "].kind", "is missing: monthly-uptime or error-rate"));
            }
            percent("slos[" + i + "].objectivePercent", slo.objectivePercent(), true, problems);
        }
        measurement(c.measurement(), problems);
        if (c.credit() != null) {
            credit(c.credit(), minorUnit, c.currency(), problems);
        }
        if (c.claim() != null) {
            Integer days = c.claim().deadlineDaysAfterPeriod();
            if (days != null && days < 0) {
                problems.add(new Problem("claim.deadlineDaysAfterPeriod", "must be 0 or more, got " + days));
            }
            if (days != null && c.claim().endOfSecondBillingCycle()) {
                problems.add(new Problem("claim", "gives both " + days + " days after the period and the end of the"
                        + " second billing cycle; choose one"));
            }
        }
        return problems;
    }

    private static Integer minorUnit(String currency, List<Problem> problems) {
        try {
            int digits = Currency.getInstance(currency == null ? "" : currency).getDefaultFractionDigits();
            if (digits >= 0) {
                return digits;
            }
            problems.add(new Problem("currency", "'" + currency + "' has no minor unit; money needs one"));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("currency", "'" + currency + "' is not an ISO 4217 currency code"));
        }
        return null;
    }

    private static void checkMinorUnit(String path, BigDecimal amount, Integer minorUnit, String currency,
                                       List<Problem> problems) {
        if (minorUnit != null && amount.stripTrailingZeros().scale() > minorUnit) {
            problems.add(new Problem(path, amount.toPlainString() + " has more decimals than " + currency + "'s "
                    + minorUnit));
        }
    }

    private static void measurement(Measurement m, List<Problem> problems) {
        MeasurementMethod method = m.method();
        String name = method.fileName();
        switch (m.qualifyingImpact()) {
            case NONE, MAINTENANCE -> problems.add(new Problem("measurement.qualifyingImpact",
                    "must be minor, major or critical, got " + m.qualifyingImpact().fileName()));
            default -> { }
        }
        boolean intervals = method == MeasurementMethod.ERROR_RATE_INTERVALS;
        boolean threshold = method == MeasurementMethod.ERROR_RATE_THRESHOLD_MINUTES;
        boolean runs = threshold || method == MeasurementMethod.OUTAGE_MINUTES;
        if (intervals && m.intervalMinutes() == null) {
            problems.add(new Problem("measurement.intervalMinutes", "is required by " + name));
        } else if (m.intervalMinutes() != null && !intervals) {
            problems.add(new Problem("measurement.intervalMinutes", "has no effect with " + name));
        } else if (m.intervalMinutes() != null && m.intervalMinutes() <= 0) {
            problems.add(new Problem("measurement.intervalMinutes", "must be greater than 0, got " + m.intervalMinutes()));
        }
        if (threshold && m.errorRateThresholdPercent() == null) {
            problems.add(new Problem("measurement.errorRateThresholdPercent", "is required by " + name));
        } else if (m.errorRateThresholdPercent() != null && !threshold) {
            problems.add(new Problem("measurement.errorRateThresholdPercent", "has no effect with " + name));
        } else if (threshold) {
            percent("measurement.errorRateThresholdPercent", m.errorRateThresholdPercent(), false, problems);
        }
        if (m.minimumConsecutiveMinutes() != null && !runs) {
            problems.add(new Problem("measurement.minimumConsecutiveMinutes", "has no effect with " + name));
        } else if (m.minimumConsecutiveMinutes() != null && m.minimumConsecutiveMinutes() < 1) {
            problems.add(new Problem("measurement.minimumConsecutiveMinutes",
                    "must be 1 or more, got " + m.minimumConsecutiveMinutes()));
        }
        if (m.partialMinutes() != PartialMinutes.EXACT && !runs) {
            problems.add(new Problem("measurement.partialMinutes", "has no effect with " + name));
        }
    }

    private static void credit(CreditPolicy p, Integer minorUnit, String currency, List<Problem> problems) {
        if (p.method() == null) {
            problems.add(new Problem("credit.method", "is missing: tiered or prorated-multiplier"));
        } else if (p.method() == CreditMethod.TIERED) {
            tiers(p, problems);
        } else {
            if (p.multiplier() == null || p.multiplier().signum() <= 0) {
                problems.add(new Problem("credit.multiplier", "must be greater than 0 for prorated-multiplier, got "
                        + text(p.multiplier())));
            }
            if (!p.tiers().isEmpty()) {
                problems.add(new Problem("credit.tiers", "have no effect with prorated-multiplier"));
            }
        }
        if (p.method() == CreditMethod.TIERED && p.multiplier() != null) {
            problems.add(new Problem("credit.multiplier", "has no effect with tiered"));
        }
        if (p.method() == CreditMethod.TIERED && p.affectedTimeRounding() != TimeRounding.EXACT_MINUTES) {
            problems.add(new Problem("credit.affectedTimeRounding", "has no effect with tiered"));
        }
        if (p.capPercent() != null) {
            percent("credit.capPercent", p.capPercent(), false, problems);
        }
        nonNegativeMoney("credit.minimumCredit", p.minimumCredit(), minorUnit, currency, problems);
        nonNegativeMoney("credit.eligibility.minimumMonthlyFee", p.minimumMonthlyFee(), minorUnit, currency, problems);
    }

    private static void nonNegativeMoney(String path, BigDecimal amount, Integer minorUnit, String currency,
                                         List<Problem> problems) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            problems.add(new Problem(path, "must be 0 or more, got " + amount.toPlainString()));
        } else {
            checkMinorUnit(path, amount, minorUnit, currency, problems);
        }
    }

    private static void tiers(CreditPolicy p, List<Problem> problems) {
        if (p.tiers().isEmpty()) {
            problems.add(new Problem("credit.tiers", "tiered needs at least one tier"));
        }
        for (int i = 0; i < p.tiers().size(); i++) {
            Tier t = p.tiers().get(i);
            String path = "credit.tiers[" + i + "]";
            percent(path + ".percent", t.percent(), true, problems);
            percent(path + ".atLeast", t.atLeast(), false, problems);
            percent(path + ".below", t.below(), false, problems);
            if (t.atLeast() != null && t.below() != null && t.atLeast().compareTo(t.below()) >= 0) {
                problems.add(new Problem(path + ".below", "must be greater than atLeast " + t.atLeast().toPlainString()
                        + ", got " + t.below().toPlainString()));
            }
            for (int j = 0; j < i; j++) {
                Tier o = p.tiers().get(j);
                if (below(t.atLeast(), o.below()) && below(o.atLeast(), t.below())) {
                    problems.add(new Problem(path, "band " + Credit.band(t) + " overlaps tiers[" + j + "], "
                            + Credit.band(o)));
                } else if (t.percent() != null && o.percent() != null
                        && Integer.signum(t.percent().compareTo(o.percent())) * Integer.signum(compareBands(t, o)) > 0) {
                    problems.add(new Problem(path + ".percent", "credits " + t.percent().toPlainString() + "% at "
                            + (compareBands(t, o) > 0 ? "a higher" : "a lower") + " uptime than tiers[" + j + "] ("
                            + o.percent().toPlainString() + "%): more downtime would lower the credit"));
                }
            }
        }
    }

    /** Whether a lower bound lies below an upper bound, a missing bound being unbounded. */
    private static boolean below(BigDecimal lower, BigDecimal upper) {
        return lower == null || upper == null || lower.compareTo(upper) < 0;
    }

    /** Orders two disjoint bands by uptime. */
    private static int compareBands(Tier a, Tier b) {
        if (a.atLeast() == null || b.atLeast() == null) {
            return a.atLeast() == null ? -1 : 1;
        }
        return a.atLeast().compareTo(b.atLeast());
    }

    private static void percent(String path, BigDecimal value, boolean required, List<Problem> problems) {
        if (value == null) {
            if (required) {
                problems.add(new Problem(path, "is missing"));
            }
        } else if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problems.add(new Problem(path, "must be a percent from 0 to 100, got " + value.toPlainString()));
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? "nothing" : value.toPlainString();
    }
}
