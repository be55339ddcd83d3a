package com.continuity.sla.model;

import com.continuity.incidents.model.Impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** The contracts of portfolio-example.yaml and of real provider tables, and short ways to write inputs. */
final class Terms {

    static final YearMonth FEBRUARY_2026 = YearMonth.of(2026, 2);
    /** 30 days, 43,200 minutes: 0.1%, 1% and 5% of it are whole seconds, so every band edge can be hit exactly. */
    static final YearMonth APRIL_2026 = YearMonth.of(2026, 4);

    private Terms() {
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static Tier tier(String atLeast, String below, String percent) {
        return new Tier(dec(atLeast), dec(below), dec(percent));
    }

    /** The usual table: below 99.9 → first, below 99.0 → second, below 95.0 → third percent. */
    static List<Tier> table(String first, String second, String third) {
        return List.of(tier("99.0", "99.9", first), tier("95.0", "99.0", second), tier(null, "95.0", third));
    }

    static ContractTerms contract(String key, String fee, ZoneId zone, List<Slo> slos, Measurement measurement,
                                  CreditPolicy credit, ClaimRule claim) {
        return new ContractTerms(key, "Contract " + key, "provider", dec(fee), "USD", zone, null, null,
                List.of("domain"), slos, measurement, credit, claim);
    }

    static CreditPolicy tiered(List<Tier> tiers, String cap, String minimumCredit) {
        return new CreditPolicy(CreditMethod.TIERED, tiers, null, null, dec(cap), dec(minimumCredit), null);
    }

    static CreditPolicy prorated(String multiplier, TimeRounding rounding) {
        return new CreditPolicy(CreditMethod.PRORATED_MULTIPLIER, List.of(), dec(multiplier), rounding, dec("100"),
                null, dec("10000"));
    }

    static Slo uptime(String objective) {
        return new Slo(SloKind.MONTHLY_UPTIME, dec(objective));
    }

    /** anthropic-enterprise of portfolio-example.yaml, with the affected-time rounding of the test. */
    static ContractTerms anthropic(TimeRounding rounding) {
        return new ContractTerms("anthropic-enterprise", "Anthropic enterprise agreement", "anthropic",
                dec("10000.00"), "USD", ZoneOffset.UTC, LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30),
                List.of("anthropic-api"), List.of(new Slo(SloKind.ERROR_RATE, dec("0.1"))),
                new Measurement(MeasurementMethod.OUTAGE_MINUTES, Impact.MAJOR, true, null, null, null, null),
                prorated("4.1", rounding), new ClaimRule(30, false));
    }

    /** Amazon Bedrock: 5-minute error-rate intervals, 10/25/100%, a credit only when above $1. */
    static ContractTerms bedrock(String fee) {
        return contract("bedrock-standard", fee, ZoneOffset.UTC, List.of(uptime("99.9")),
                new Measurement(MeasurementMethod.ERROR_RATE_INTERVALS, Impact.MAJOR, true, 5, null, null, null),
                tiered(table("10", "25", "100"), null, "1.00"), new ClaimRule(null, true));
    }

    /** Google Cloud: minutes with more than 10% errors, in runs of at least 10; 10/25/50%, capped at 50%. */
    static ContractTerms google() {
        return contract("vertex-commerce", "5000.00", ZoneOffset.UTC, List.of(uptime("99.9")),
                new Measurement(MeasurementMethod.ERROR_RATE_THRESHOLD_MINUTES, Impact.MAJOR, true, null, dec("10"),
                        10, PartialMinutes.DROP),
                tiered(table("10", "25", "50"), "50", null), new ClaimRule(30, false));
    }

    /** Azure style: failed of all transactions; 99.9 → 10%, 99 → 25%, 95 → 100%. */
    static ContractTerms azure() {
        return contract("azure-openai", "8000.00", ZoneOffset.UTC, List.of(uptime("99.9")),
                new Measurement(MeasurementMethod.TRANSACTIONS, Impact.MAJOR, true, null, null, null, null),
                tiered(table("10", "25", "100"), null, null), new ClaimRule(60, false));
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static Outage outage(String start, String end, Impact impact, String label) {
        return new Outage(at(start), at(end), impact, label);
    }

    static Outage major(Instant start, long seconds) {
        return new Outage(start, start.plusSeconds(seconds), Impact.MAJOR, "inc-" + start.getEpochSecond());
    }

    static PeriodInputs outages(Outage... outages) {
        return new PeriodInputs(List.of(outages), List.of(), null);
    }

    static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
