package com.continuity.resilience.picture;

import com.continuity.resilience.model.Finding;
import com.continuity.resilience.model.PracticeRule;
import com.continuity.resilience.model.WhatIf;
import com.continuity.shared.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How risk figures read for people, the same on the pages, in the pictures and in the PDF reports: availability
 * as a percentage with enough decimals to show what is missing, unavailability in scientific notation, money with
 * its currency. Plain Java; empty values read as an em dash.
 */
public final class RiskFormat {

    public static final String NONE = "—";

    private RiskFormat() {
    }

    /** 0.9995 reads "99.950%"; 0.99999975 reads "99.999975%": two significant digits of what is missing. */
    public static String availability(double availability) {
        double missing = 100 * (1 - availability);
        int decimals = missing <= 0 ? 2 : (int) Math.min(8, Math.max(2, Math.ceil(-Math.log10(missing)) + 1));
        return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * availability);
    }

    /** A target or a default as written, no more digits than it has: 0.9995 reads "99.95%". */
    public static String exactPercent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** 0.000512 reads "5.12e-4"; zero reads "0". */
    public static String unavailability(double unavailability) {
        if (unavailability == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.2e", unavailability);
        int e = s.indexOf('e');
        return s.substring(0, e) + "e" + Integer.parseInt(s.substring(e + 1).replace("+", ""));
    }

    /** Minutes with one decimal and thousands separated: "1,234.5 min". */
    public static String decimalMinutes(double minutes) {
        return String.format(Locale.ROOT, "%,.1f min", minutes);
    }

    /** Whole minutes: "1,440 min". */
    public static String minutes(int minutes) {
        return String.format(Locale.ROOT, "%,d min", minutes);
    }

    /** Whole minutes, or the em dash when not given. */
    public static String minutes(Integer minutes) {
        return minutes == null ? NONE : minutes((int) minutes);
    }

    /** "12,345.67 USD", keeping the amount's own scale; the em dash when there is no amount. */
    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        int scale = Math.max(0, amount.scale());
        return String.format(Locale.ROOT, "%,." + scale + "f", amount) + (currency == null ? "" : " " + currency);
    }

    public static String money(Money money) {
        return money == null ? NONE : money(money.amount(), money.currency());
    }

    /** Sums in several currencies, one after the other: "1,000.00 EUR + 250.00 USD". */
    public static String money(List<Money> sums) {
        return sums == null || sums.isEmpty() ? NONE
                : sums.stream().map(RiskFormat::money).collect(Collectors.joining(" + "));
    }

    /** A share of a whole as a whole percentage: "67%". */
    public static String share(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** Domain keys, comma separated; the em dash for none. */
    public static String keys(List<String> keys) {
        return keys == null || keys.isEmpty() ? NONE : String.join(", ", keys);
    }

    /** Cut sets as sets: "{bedrock-eu-west-1}, {claude-api, openai-api}". */
    public static String cutSets(List<List<String>> cutSets) {
        return cutSets.isEmpty() ? NONE
                : cutSets.stream().map(c -> "{" + String.join(", ", c) + "}").collect(Collectors.joining(", "));
    }

    public static String kind(Finding.Kind kind) {
        return switch (kind) {
            case SPOF -> "Single point of failure";
            case SPOF_IN_PRACTICE -> "Single point of failure in practice";
            case COUPLING -> "Coupling";
            case UNTESTED_FALLBACK -> "Untested fallback";
            case FAILED_DRILL -> "Failed or partial drill";
            case SLOW_SWITCHOVER -> "Switchover longer than RTO";
            case PARTIAL_CAPACITY -> "Partial capacity";
            case BELOW_TARGET -> "Below the tier's availability target";
        };
    }

    /** Why a fallback does not count in practice, as one sentence fragment: "it has never been drilled; …". */
    public static String gaps(List<PracticeRule.Gap> gaps) {
        return gaps.stream().map(PracticeRule.Gap::reason).collect(Collectors.joining("; "));
    }

    public static String basis(WhatIf.Basis basis) {
        return basis == WhatIf.Basis.ON_PAPER ? "On paper" : "In practice";
    }

    /** "Tier 1" and the like; tier 1 is mission critical. */
    public static String tier(int tier) {
        return "Tier " + tier;
    }
}
