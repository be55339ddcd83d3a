package com.continuity.reports;

import com.continuity.shared.FileNames;
import com.continuity.shared.Money;
import com.continuity.sla.Claim;
import com.continuity.sla.ClaimStatus;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.CreditMethod;
import com.continuity.sla.model.CreditPolicy;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.model.Slo;
import com.continuity.sla.model.SloKind;
import com.continuity.sla.model.TimeRounding;
import com.continuity.sla.model.Tier;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** How the SLA documents word a contract's clauses and a period's figures. */
final class SlaWords {

    /** Enough to tell 99.417163 % from the next minute; half-up, as the pages show it. */
    static final int UPTIME_DECIMALS = 6;

    private SlaWords() {
    }

    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    static String money(BigDecimal amount, String currency) {
        return amount == null ? "—" : String.format(Locale.ROOT, "%,.2f %s", amount, currency);
    }

    static String money(Money m) {
        return m == null ? "—" : money(m.amount(), m.currency());
    }

    /** Totals in several currencies, one after the other: "250.00 EUR + 2,000.00 USD". */
    static String sums(List<Money> sums) {
        return String.join(" + ", sums.stream().map(SlaWords::money).toList());
    }

    static String slo(Slo slo) {
        return (slo.kind() == SloKind.MONTHLY_UPTIME ? "monthly uptime at least " : "monthly error rate at most ")
                + Words.percent(slo.objectivePercent());
    }

    static String slos(ContractTerms c) {
        return c.slos().isEmpty() ? "none stated" : String.join("; ", c.slos().stream().map(SlaWords::slo).toList());
    }

    /** The credit clause in one sentence, with its cap, minimum and eligibility. */
    static String creditClause(ContractTerms c) {
        CreditPolicy p = c.credit();
        if (p == null) {
            return "no credit policy";
        }
        StringBuilder s = new StringBuilder();
        if (p.method() == CreditMethod.PRORATED_MULTIPLIER) {
            s.append("fee × affected hours ÷ hours in the month × ").append(p.multiplier().stripTrailingZeros().toPlainString())
                    .append(p.affectedTimeRounding() == TimeRounding.WHOLE_HOURS_UP ? " (each started hour counts whole)" : "");
        } else {
            s.append("by monthly uptime: ").append(String.join(", ", p.tiers().stream().map(SlaWords::tier).toList()));
        }
        if (p.capPercent() != null) {
            s.append("; capped at ").append(Words.percent(p.capPercent())).append(" of the fee");
        }
        if (p.minimumCredit() != null) {
            s.append("; no credit of ").append(money(p.minimumCredit(), c.currency())).append(" or less");
        }
        if (p.minimumMonthlyFee() != null) {
            s.append("; only for a monthly fee of at least ").append(money(p.minimumMonthlyFee(), c.currency()));
        }
        return s.toString();
    }

    static String tier(Tier t) {
        String range = t.atLeast() == null ? "below " + Words.percent(t.below())
                : t.below() == null ? "from " + Words.percent(t.atLeast())
                : "from " + Words.percent(t.atLeast()) + " to below " + Words.percent(t.below());
        return range + " → " + Words.percent(t.percent());
    }

    static String uptime(Evaluation e) {
        return measured(e.uptimePercent());
    }

    /** A measured or computed percentage to at most six decimals, half-up: 0.582837301587 reads 0.582837 %. */
    static String measured(BigDecimal percent) {
        return percent == null ? "—" : Words.percent(percent.setScale(UPTIME_DECIMALS, java.math.RoundingMode.HALF_UP));
    }

    static String met(Evaluation e) {
        return e.slos().isEmpty() ? "—" : e.sloMet() ? "met" : "missed";
    }

    static String status(Claim claim) {
        return claim == null ? "—" : FileNames.of(claim.status());
    }

    /** The label of the claims' total in one status, as the compliance report and the review print it. */
    static String total(ClaimStatus status) {
        return switch (status) {
            case OWED -> "Owed, to claim";
            case CLAIMED -> "Claimed, awaited";
            case RECEIVED -> "Received";
            case DENIED -> "Denied";
            case EXPIRED -> "Expired unclaimed";
        };
    }

}
