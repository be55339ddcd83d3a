package com.continuity.sla.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates one contract for one billing month (DESIGN §4): downtime, uptime, error rate, SLOs, credit and claim
 * deadline, with an explanation a finance user can check step by step. Stateless and thread-safe.
 *
 * <p>Decisions where DESIGN is silent:
 * <ul>
 * <li>Figures are exact rationals inside; band edges, objectives, cap and minimum are compared exactly, and money is
 *   rounded once, half-up, to the currency's minor unit. Only error-rate intervals with samples sum their intervals'
 *   sample terms at 34 significant digits (exact whenever they terminate), to keep denominators from growing.</li>
 * <li>Maintenance never counts as downtime; with excludeMaintenance it is also cut out of qualifying outages.</li>
 * <li>Outage minutes: union, clip, exclude, then the partial-minute rule on the clock-minute grid of the period start
 *   (count widens, drop narrows each run), then the minimum run length on the minutes so counted.</li>
 * <li>Threshold minutes: partialMinutes decides how a minute partly covered by an outage counts: exact, its covered
 *   share at 100% errors; count, the whole minute at 100%; drop, only its requests. The minimum run defaults to 1.</li>
 * <li>Error-rate intervals and threshold minutes spread a sample's counts evenly over its window. Excluded time
 *   inside an interval counts as error-free. The mean weighs intervals by length, which differs from the plain mean
 *   only for a shorter last interval.</li>
 * <li>The monthly error rate uses the samples' share within the period, else the transactions, else the share of
 *   the period covered by qualifying outages after exclusions (before minute rules).</li>
 * <li>Credits do not depend on the SLOs: a tier table encodes its own threshold, and the prorated multiplier credits
 *   every counted minute. Whole-hours-up rounds the month's affected time up to whole hours (the seed's 235 minutes
 *   count as 4 hours). Rounding each window instead would let an outage bridging two windows lower the credit
 *   (2 x 1 h becoming 1 h), against the law that more downtime never means less credit.</li>
 * <li>Transactions: recorded counts are the measure (the outage's failures are in them); without counts, the
 *   qualifying outages count as 100% failed requests for the time they cover.</li>
 * <li>A period outside the contract's term is not eligible; a month the term starts or ends in is, in full.</li>
 * <li>A claim rule with both a number of days and end-of-second-billing-cycle is rejected by {@link ContractRules}.</li>
 * </ul>
 */
public final class SlaEngine {

    private SlaEngine() {
    }

    /** @throws IllegalArgumentException listing the {@link ContractRules} problems of an invalid contract */
    public static Evaluation evaluate(ContractTerms contract, YearMonth period, PeriodInputs inputs) {
        List<ContractRules.Problem> problems = ContractRules.check(contract);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("contract " + contract.key() + " cannot be evaluated: " + String.join("; ",
                    problems.stream().map(pr -> pr.path() + ": " + pr.message()).toList()));
        }
        Period p = Period.of(period, contract.timeZone());
        Explanation why = new Explanation(contract.timeZone());
        why.add("Contract " + contract.key() + ", period " + period + " in " + Explanation.zone(contract.timeZone()) + ": "
                + why.time(p.start()) + " to " + why.time(p.end()) + ", " + p.minutes() + " minutes.");
        Measurement m = contract.measurement();
        why.add("Measurement: " + m.method().fileName() + ", outages of impact " + m.qualifyingImpact().fileName()
                + " or worse on " + String.join(", ", contract.covers()) + " count"
                + (m.excludeMaintenance() ? ", maintenance excluded." : "."));
        Downtime down = Downtime.measure(m, p, inputs, why);
        BigDecimal periodSeconds = BigDecimal.valueOf(p.seconds());
        Ratio uptime = Ratio.of(periodSeconds).minus(down.seconds()).times(Ratio.HUNDRED).over(periodSeconds);
        why.add("Uptime: 100 x (" + p.minutes() + " - " + Explanation.minutes(down.seconds()).replace(" min", "")
                + ") / " + p.minutes() + " = " + Explanation.percent(uptime) + ".");
        Ratio errorRate = errorRate(p, inputs, down.coverage(), why);

        List<SloResult> slos = new ArrayList<>();
        for (Slo slo : contract.slos()) {
            boolean uptimeSlo = slo.kind() == SloKind.MONTHLY_UPTIME;
            Ratio measured = uptimeSlo ? uptime : errorRate;
            int c = measured.compareTo(slo.objectivePercent());
            boolean met = uptimeSlo ? c >= 0 : c <= 0;
            slos.add(new SloResult(slo, measured.decimal(), met));
            why.add("SLO " + slo.kind().fileName() + (uptimeSlo ? " at least " : " at most ")
                    + slo.objectivePercent().toPlainString() + "%: measured " + Explanation.percent(measured) + ", "
                    + (met ? "met." : "missed."));
        }
        boolean sloMet = slos.stream().allMatch(SloResult::met);

        Credit credit = Credit.of(contract, p, down, uptime, why);
        LocalDate deadline = deadline(contract.claim(), period);
        if (deadline != null) {
            why.add("Claim by " + deadline + " (" + (contract.claim().deadlineDaysAfterPeriod() != null
                    ? contract.claim().deadlineDaysAfterPeriod() + " days after " + period.atEndOfMonth()
                    : "end of the second billing cycle after " + period) + ", in " + Explanation.zone(contract.timeZone())
                    + ").");
        }
        List<CountedWindow> counted = down.counted().stream().map(s -> new CountedWindow(Downtime.instant(s.start()),
                Downtime.instant(s.end()), Ratio.of(s.seconds(), 60).decimal(), s.label())).toList();
        return new Evaluation(contract.key(), period, p.minutes(), down.seconds().over(BigDecimal.valueOf(60)).decimal(),
                uptime.decimal(), errorRate.decimal(), List.copyOf(slos), sloMet, credit.eligible(),
                credit.percent().decimal(), credit.amount(), contract.currency(), deadline, counted,
                List.copyOf(down.excluded()), why.lines());
    }

    /** DESIGN §4: failed / total over the samples; without samples, the share of the period covered by outages. */
    private static Ratio errorRate(Period p, PeriodInputs inputs, long coverage, Explanation why) {
        Ratio failed = Ratio.ZERO;
        Ratio total = Ratio.ZERO;
        for (ErrorSample s : inputs.samples()) {
            long start = Math.max(p.start(), s.start().getEpochSecond());
            long end = Math.min(p.end(), s.end().getEpochSecond());
            if (end > start) {
                Ratio share = Ratio.of(end - start, s.end().getEpochSecond() - s.start().getEpochSecond());
                failed = failed.plus(share.times(BigDecimal.valueOf(s.failed())));
                total = total.plus(share.times(BigDecimal.valueOf(s.total())));
            }
        }
        Ratio rate;
        if (total.signum() > 0) {
            rate = failed.times(Ratio.HUNDRED).over(total);
            why.add("Monthly error rate from the samples: " + failed.decimal().toPlainString() + " failed of "
                    + total.decimal().toPlainString() + " requests = " + Explanation.percent(rate) + ".");
        } else if (inputs.transactions() != null && inputs.transactions().total() > 0) {
            rate = Ratio.of(inputs.transactions().failed(), inputs.transactions().total()).times(Ratio.HUNDRED);
            why.add("Monthly error rate from the transactions: " + inputs.transactions().failed() + " failed of "
                    + inputs.transactions().total() + " = " + Explanation.percent(rate) + ".");
        } else {
            rate = Ratio.of(coverage, p.seconds()).times(Ratio.HUNDRED);
            why.add("No request counts: the monthly error rate is the share of the period covered by qualifying"
                    + " outages, " + Explanation.minutes(coverage) + " of " + p.minutes() + " min = "
                    + Explanation.percent(rate) + ".");
        }
        return rate;
    }

    static LocalDate deadline(ClaimRule claim, YearMonth period) {
        if (claim == null) {
            return null;
        }
        if (claim.deadlineDaysAfterPeriod() != null) {
            return period.atEndOfMonth().plusDays(claim.deadlineDaysAfterPeriod());
        }
        return claim.endOfSecondBillingCycle() ? period.plusMonths(2).atEndOfMonth() : null;
    }
}
