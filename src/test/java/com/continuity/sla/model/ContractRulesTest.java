package com.continuity.sla.model;

import com.continuity.incidents.model.Impact;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.continuity.sla.model.Terms.contract;
import static com.continuity.sla.model.Terms.dec;
import static com.continuity.sla.model.Terms.tier;
import static com.continuity.sla.model.Terms.tiered;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules of a contract that its types cannot express, each reported at its path with the value it found. */
class ContractRulesTest {

    private static List<ContractRules.Problem> problems(ContractTerms c) {
        return ContractRules.check(c);
    }

    private static ContractTerms withCredit(CreditPolicy credit) {
        return contract("c", "100.00", ZoneOffset.UTC, List.of(), null, credit, null);
    }

    private static ContractTerms withMeasurement(Measurement m) {
        return contract("c", "100.00", ZoneOffset.UTC, List.of(), m, null, null);
    }

    @Test
    void theContractsOfTheExampleAndTheProviderTablesHaveNoProblems() {
        assertThat(problems(Terms.anthropic(TimeRounding.WHOLE_HOURS_UP))).isEmpty();
        assertThat(problems(Terms.bedrock("20000.00"))).isEmpty();
        assertThat(problems(Terms.google())).isEmpty();
        assertThat(problems(Terms.azure())).isEmpty();
    }

    @Test
    void aFeeMustBePositiveInAKnownCurrencyWithItsMinorUnit() {
        assertThat(problems(contract("c", "0", ZoneOffset.UTC, List.of(), null, null, null)))
                .containsExactly(new ContractRules.Problem("monthlyFee", "must be greater than 0, got 0"));
        assertThat(problems(contract("c", "10.001", ZoneOffset.UTC, List.of(), null, null, null)))
                .extracting(ContractRules.Problem::path).containsExactly("monthlyFee");
        ContractTerms euro = new ContractTerms("c", "n", "p", dec("10"), "EUROS", null, null, null, List.of("d"),
                List.of(), null, null, null);
        assertThat(problems(euro)).containsExactly(
                new ContractRules.Problem("currency", "'EUROS' is not an ISO 4217 currency code"));
    }

    @Test
    void aTermStartsNoLaterThanItEndsAndAContractCoversSomething() {
        ContractTerms c = new ContractTerms("c", "n", "p", dec("10"), "USD", null, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 30), List.of(), List.of(), null, null, null);
        assertThat(problems(c)).extracting(ContractRules.Problem::path).containsExactly("term", "covers");
    }

    @Test
    void overlappingTiersAreReportedAtTheLaterTier() {
        List<ContractRules.Problem> found = problems(withCredit(tiered(List.of(tier("99.0", "99.9", "10"),
                tier("98.0", "99.5", "25")), null, null)));
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("credit.tiers[1]");
            assertThat(p.message()).contains("at least 98.0% and below 99.5%").contains("tiers[0]");
        });
    }

    @Test
    void aTierCreditingMoreAtAHigherUptimeIsReported() {
        assertThat(problems(withCredit(tiered(List.of(tier("99.0", "99.9", "30"), tier("95.0", "99.0", "25")),
                null, null)))).extracting(ContractRules.Problem::path).containsExactly("credit.tiers[1].percent");
    }

    @Test
    void aTierNeedsAPercentFromZeroToAHundredAndAtLeastBelowBelow() {
        assertThat(problems(withCredit(tiered(List.of(tier("99.9", "99.0", "110")), null, null))))
                .extracting(ContractRules.Problem::path)
                .containsExactlyInAnyOrder("credit.tiers[0].percent", "credit.tiers[0].below");
    }

    @Test
    void theProratedMultiplierNeedsAPositiveMultiplierAndCapsArePercents() {
        CreditPolicy p = new CreditPolicy(CreditMethod.PRORATED_MULTIPLIER, null, dec("0"), null, dec("150"),
                dec("-1"), null);
        assertThat(problems(withCredit(p))).extracting(ContractRules.Problem::path)
                .containsExactly("credit.multiplier", "credit.capPercent", "credit.minimumCredit");
    }

    @Test
    void eachMeasurementMethodNeedsItsOwnFieldsAndNoOthers() {
        assertThat(problems(withMeasurement(new Measurement(MeasurementMethod.ERROR_RATE_INTERVALS, Impact.MAJOR,
                true, null, null, null, null)))).extracting(ContractRules.Problem::message)
                .containsExactly("is required by error-rate-intervals");
        assertThat(problems(withMeasurement(new Measurement(MeasurementMethod.ERROR_RATE_THRESHOLD_MINUTES,
                Impact.MAJOR, true, 5, null, 0, null)))).extracting(ContractRules.Problem::path)
                .containsExactly("measurement.intervalMinutes", "measurement.errorRateThresholdPercent",
                        "measurement.minimumConsecutiveMinutes");
        assertThat(problems(withMeasurement(new Measurement(MeasurementMethod.ERROR_RATE_INTERVALS, Impact.MAJOR,
                true, 0, null, null, PartialMinutes.DROP)))).extracting(ContractRules.Problem::path)
                .containsExactly("measurement.intervalMinutes", "measurement.partialMinutes");
    }

    @Test
    void maintenanceOrNoImpactCannotQualifyAsDowntime() {
        assertThat(problems(withMeasurement(new Measurement(MeasurementMethod.OUTAGE_MINUTES, Impact.MAINTENANCE,
                true, null, null, null, null)))).extracting(ContractRules.Problem::message)
                .containsExactly("must be minor, major or critical, got maintenance");
    }

    @Test
    void objectivesArePercentsAndAClaimRuleChoosesOneDeadline() {
        ContractTerms c = contract("c", "100.00", ZoneOffset.UTC, List.of(Terms.uptime("100.1")), null, null,
                new ClaimRule(30, true));
        assertThat(problems(c)).extracting(ContractRules.Problem::path)
                .containsExactly("slos[0].objectivePercent", "claim");
    }
}
