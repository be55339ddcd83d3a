package com.continuity.sla.model;

import com.continuity.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The credit of one period by the contract's policy: band or prorated multiplier, then cap, eligibility, the one
 * rounding, and the minimum.
 *
 * @param percent the credit issued as a percent of the fee, before rounding (0 when none is issued)
 * @param amount  rounded half-up to the currency's minor unit
 */
record Credit(boolean eligible, Ratio percent, BigDecimal amount) {

    static Credit of(ContractTerms c, Period p, Downtime down, Ratio uptime, Explanation why) {
        String currency = " " + c.currency();
        int digits = Money.minorUnits(c.currency());
        BigDecimal none = BigDecimal.ZERO.setScale(digits);
        CreditPolicy policy = c.credit();
        String ineligible = ineligibility(c, p);
        if (policy == null) {
            why.add("The contract has no credit policy: no credit." + (ineligible == null ? "" : " Not eligible: "
                    + ineligible + "."));
            return new Credit(ineligible == null, Ratio.ZERO, none);
        }
        BigDecimal fee = c.monthlyFee();
        Ratio credit = policy.method() == CreditMethod.TIERED ? tiered(policy, fee, uptime, currency, why)
                : prorated(policy, fee, p, down, currency, why);
        if (policy.capPercent() != null) {
            Ratio cap = Ratio.of(fee.multiply(policy.capPercent())).over(Ratio.HUNDRED);
            boolean capped = credit.compareTo(cap) > 0;
            why.add("Cap " + policy.capPercent().toPlainString() + "% of the fee = " + cap.decimal().toPlainString()
                    + currency + (capped ? ": the credit is capped to it." : ": the credit is within it."));
            credit = credit.min(cap);
        }
        if (ineligible != null) {
            why.add("Not eligible: " + ineligible + ". No credit.");
            return new Credit(false, Ratio.ZERO, none);
        }
        if (policy.minimumMonthlyFee() != null) {
            why.add("Eligible: the monthly fee " + fee.toPlainString() + " is at least the minimum of "
                    + policy.minimumMonthlyFee().toPlainString() + currency + ".");
        }
        BigDecimal amount = credit.round(digits);
        why.add("Rounded once, half-up, to " + digits + " decimals: " + amount.toPlainString() + currency + ".");
        if (policy.minimumCredit() != null && amount.signum() > 0 && amount.compareTo(policy.minimumCredit()) <= 0) {
            why.add("A credit is issued only when greater than " + policy.minimumCredit().toPlainString() + currency
                    + ": " + amount.toPlainString() + currency + " is not, so no credit.");
            return new Credit(true, Ratio.ZERO, none);
        }
        return new Credit(true, credit.times(Ratio.HUNDRED).over(fee), amount);
    }

    private static Ratio tiered(CreditPolicy policy, BigDecimal fee, Ratio uptime, String currency, Explanation why) {
        for (Tier t : policy.tiers()) {
            if ((t.atLeast() == null || uptime.compareTo(t.atLeast()) >= 0)
                    && (t.below() == null || uptime.compareTo(t.below()) < 0)) {
                Ratio credit = Ratio.of(fee.multiply(t.percent())).over(Ratio.HUNDRED);
                why.add("Uptime " + Explanation.percent(uptime) + " falls in the band " + band(t) + ": "
                        + t.percent().toPlainString() + "% of the fee, " + fee.toPlainString() + " x "
                        + t.percent().toPlainString() + " / 100 = " + credit.decimal().toPlainString() + currency + ".");
                return credit;
            }
        }
        why.add("Uptime " + Explanation.percent(uptime) + " falls in no band of the credit table: no credit.");
        return Ratio.ZERO;
    }

    static String band(Tier t) {
        String low = t.atLeast() == null ? null : "at least " + t.atLeast().toPlainString() + "%";
        String high = t.below() == null ? null : "below " + t.below().toPlainString() + "%";
        return low == null ? (high == null ? "of any uptime" : high) : high == null ? low : low + " and " + high;
    }

    private static Ratio prorated(CreditPolicy policy, BigDecimal fee, Period p, Downtime down, String currency,
                                  Explanation why) {
        Ratio affected = down.seconds();
        if (policy.affectedTimeRounding() == TimeRounding.WHOLE_HOURS_UP) {
            // the month's affected time, not each window, so that more downtime never means less credit
            long hours = affected.over(BigDecimal.valueOf(3600)).ceil().longValueExact();
            why.add("Affected time rounded up to whole hours (each started hour counts): "
                    + Explanation.minutes(affected) + " count as " + hours + " h = " + hours * 60 + " min.");
            affected = Ratio.of(hours * 3600, 1);
        }
        Ratio credit = affected.times(fee).times(policy.multiplier()).over(BigDecimal.valueOf(p.seconds()));
        why.add("Prorated credit: fee x affected minutes / minutes in the period x multiplier = " + fee.toPlainString()
                + " x " + Explanation.minutes(affected).replace(" min", "") + " / " + p.minutes() + " x "
                + policy.multiplier().toPlainString() + " = " + credit.decimal().toPlainString() + currency + ".");
        return credit;
    }

    /** Why the period earns no credit whatever happened, or null. */
    private static String ineligibility(ContractTerms c, Period p) {
        CreditPolicy policy = c.credit();
        if (policy != null && policy.minimumMonthlyFee() != null && c.monthlyFee().compareTo(policy.minimumMonthlyFee()) < 0) {
            return "the monthly fee " + c.monthlyFee().toPlainString() + " is below the minimum of "
                    + policy.minimumMonthlyFee().toPlainString() + " " + c.currency();
        }
        LocalDate first = p.month().atDay(1);
        LocalDate last = p.month().atEndOfMonth();
        if (c.termStart() != null && last.isBefore(c.termStart()) || c.termEnd() != null && first.isAfter(c.termEnd())) {
            return "the period lies outside the contract's term (" + c.termStart() + " to " + c.termEnd() + ")";
        }
        return null;
    }
}
