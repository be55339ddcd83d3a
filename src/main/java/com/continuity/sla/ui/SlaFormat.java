package com.continuity.sla.ui;

import com.continuity.resilience.picture.RiskFormat;
import com.continuity.shared.FileNames;
import com.continuity.shared.Money;
import com.continuity.sla.Claim;
import com.continuity.sla.ClaimStatus;
import com.continuity.sla.model.ClaimRule;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.CreditPolicy;
import com.continuity.sla.model.Measurement;
import com.continuity.sla.model.Slo;
import com.continuity.sla.model.SloKind;
import com.continuity.sla.model.SloResult;
import com.continuity.sla.model.Tier;
import com.continuity.sla.model.TimeRounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How SLA figures read on the pages: only formatting of what the services computed, never a figure of its own.
 * Money reads as the risk pages write it ("2,000.00 USD"); status and SLO outcomes are words, not colours.
 */
final class SlaFormat {

    static final String NONE = RiskFormat.NONE;
    private static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private SlaFormat() {
    }

    static String money(Money money) {
        return RiskFormat.money(money);
    }

    static String money(BigDecimal amount, String currency) {
        return RiskFormat.money(amount, currency);
    }

    static String money(List<Money> sums) {
        return RiskFormat.money(sums);
    }

    /** "October 2026". */
    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    /** A percent with at least {@code min} and at most {@code max} decimals: 99.787634%, 100.000%. */
    static String percent(BigDecimal value, int min, int max) {
        if (value == null) {
            return NONE;
        }
        BigDecimal v = value.setScale(max, RoundingMode.HALF_UP).stripTrailingZeros();
        if (v.scale() < min) {
            v = v.setScale(min, RoundingMode.UNNECESSARY);
        }
        return v.toPlainString() + "%";
    }

    /** A percent exactly as given: "99.9%". */
    static String exact(BigDecimal value) {
        return value == null ? NONE : value.stripTrailingZeros().toPlainString() + "%";
    }

    /** Exact minutes, up to 3 decimals: "95 min", "234.5 min". */
    static String minutes(BigDecimal minutes) {
        return minutes == null ? NONE
                : minutes.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " min";
    }

    static String instant(Instant instant) {
        return instant == null ? NONE : UTC_MINUTE.format(instant) + " UTC";
    }

    static String status(ClaimStatus status) {
        return switch (status) {
            case OWED -> "Owed, not yet claimed";
            case CLAIMED -> "Claimed, awaiting the credit";
            case RECEIVED -> "Received";
            case DENIED -> "Denied";
            case EXPIRED -> "Expired unclaimed: money lost";
        };
    }

    /** A claim's status with what was done about it: "Received 2,000.00 USD", "Denied: outside the SLA". */
    static String claimStatus(Claim claim) {
        if (claim == null) {
            return NONE;
        }
        return switch (claim.status()) {
            case CLAIMED -> status(claim.status()) + " (claimed " + claim.claimedOn() + ", reference "
                    + claim.reference() + ")";
            case RECEIVED -> "Received " + money(claim.received());
            case DENIED -> "Denied: " + claim.deniedReason();
            default -> status(claim.status());
        };
    }

    static String slo(Slo slo) {
        return (slo.kind() == SloKind.MONTHLY_UPTIME ? "monthly uptime at least " : "monthly error rate at most ")
                + exact(slo.objectivePercent());
    }

    /** "Met: monthly uptime at least 99.9% (99.787634%)". */
    static String sloResult(SloResult r) {
        return (r.met() ? "Met: " : "Missed: ") + slo(r.slo()) + " (measured " + percent(r.measuredPercent(), 3, 6)
                + ")";
    }

    static String sloResults(List<SloResult> results) {
        return results.isEmpty() ? "No SLO" : results.stream().map(SlaFormat::sloResult)
                .collect(Collectors.joining("; "));
    }

    static String words(Enum<?> value) {
        return value == null ? NONE : FileNames.of(value).replace('-', ' ');
    }

    /** The terms of a contract in sentences, as a reader of the contract would put them. */
    static List<String> terms(ContractTerms c) {
        List<String> out = new ArrayList<>();
        out.add("With provider " + c.provider() + ", for " + money(c.monthlyFee(), c.currency()) + " a month"
                + (c.termStart() == null ? "" : ", from " + c.termStart())
                + (c.termEnd() == null ? "" : " to " + c.termEnd())
                + "; months are counted in " + c.timeZone().getId() + ".");
        out.add("Covers the failure domains " + RiskFormat.keys(c.covers()) + ".");
        out.add(c.slos().isEmpty() ? "Promises no service-level objective."
                : "Promises " + c.slos().stream().map(SlaFormat::slo).collect(Collectors.joining(" and ")) + ".");
        out.add(measurement(c.measurement()));
        out.add(credit(c.credit()));
        out.add(claim(c.claim()));
        return out;
    }

    private static String measurement(Measurement m) {
        StringBuilder s = new StringBuilder("Measured as " + words(m.method()) + ", counting outages of impact "
                + words(m.qualifyingImpact()) + " or worse");
        if (m.intervalMinutes() != null) {
            s.append(", in intervals of ").append(m.intervalMinutes()).append(" min");
        }
        if (m.errorRateThresholdPercent() != null) {
            s.append(", a minute down above an error rate of ").append(exact(m.errorRateThresholdPercent()));
        }
        if (m.minimumConsecutiveMinutes() != null) {
            s.append(", runs shorter than ").append(m.minimumConsecutiveMinutes()).append(" min not counted");
        }
        s.append(m.excludeMaintenance() ? "; maintenance excluded" : "; outages during maintenance count");
        s.append("; partial minutes ").append(words(m.partialMinutes())).append('.');
        return s.toString();
    }

    private static String credit(CreditPolicy p) {
        if (p == null) {
            return "Grants no service credit.";
        }
        StringBuilder s = new StringBuilder();
        switch (p.method()) {
            case TIERED -> s.append("Credits by band of monthly uptime: ").append(p.tiers().stream()
                    .map(SlaFormat::tier).collect(Collectors.joining("; ")));
            case PRORATED_MULTIPLIER -> s.append("Credits the fee × affected time / time in the month × ")
                    .append(p.multiplier() == null ? NONE : p.multiplier().stripTrailingZeros().toPlainString())
                    .append(", affected time counted in ").append(p.affectedTimeRounding() == TimeRounding.WHOLE_HOURS_UP
                            ? "whole hours, each started hour counting" : "exact minutes");
        }
        if (p.capPercent() != null) {
            s.append("; at most ").append(exact(p.capPercent())).append(" of the fee");
        }
        if (p.minimumCredit() != null) {
            s.append("; only credits above ").append(p.minimumCredit().toPlainString());
        }
        if (p.minimumMonthlyFee() != null) {
            s.append("; only for a monthly fee of at least ").append(p.minimumMonthlyFee().toPlainString());
        }
        return s.append('.').toString();
    }

    private static String tier(Tier t) {
        String band = t.atLeast() == null ? "below " + exact(t.below())
                : t.below() == null ? "at least " + exact(t.atLeast())
                : "from " + exact(t.atLeast()) + " to below " + exact(t.below());
        return band + ": " + exact(t.percent());
    }

    private static String claim(ClaimRule rule) {
        if (rule == null) {
            return "Sets no deadline to claim a credit.";
        }
        if (rule.endOfSecondBillingCycle()) {
            return "A credit must be claimed by the end of the second billing cycle after the month.";
        }
        return "A credit must be claimed within " + rule.deadlineDaysAfterPeriod() + " days after the month.";
    }
}
