package com.continuity.sla.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.continuity.sla.model.Terms.APRIL_2026;
import static com.continuity.sla.model.Terms.at;
import static com.continuity.sla.model.Terms.major;
import static com.continuity.sla.model.Terms.outages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real provider tables, at and on either side of every band edge. April 2026 (43,200 minutes) puts the edges on
 * whole seconds: 99.9% is 2,592 s of downtime, 99.0% 25,920 s, 95.0% 129,600 s.
 */
class ProviderTablesTest {

    private static final Instant APRIL_2 = at("2026-04-02T00:00:00Z");

    @ParameterizedTest(name = "Bedrock: {0} s of outage credit {1}% ({2} USD)")
    @CsvSource({
            "2591, 0, 0.00", "2592, 0, 0.00", "2593, 10, 2000.00",
            "25919, 10, 2000.00", "25920, 10, 2000.00", "25921, 25, 5000.00",
            "129599, 25, 5000.00", "129600, 25, 5000.00", "129601, 100, 20000.00"})
    void bedrockCreditsByTheMeanErrorRateOfFiveMinuteIntervals(long seconds, String percent, String amount) {
        Evaluation e = SlaEngine.evaluate(Terms.bedrock("20000.00"), APRIL_2026, outages(major(APRIL_2, seconds)));
        assertThat(e.creditPercent()).isEqualByComparingTo(percent);
        assertThat(e.creditAmount()).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "Bedrock: a fee of {0} gives 10% = {1} USD, issued: {2}")
    @CsvSource({"10.00, 0.00, false", "10.04, 0.00, false", "10.05, 1.01, true", "10.10, 1.01, true"})
    void bedrockIssuesACreditOnlyWhenItRoundsToMoreThanOneDollar(String fee, String amount, boolean owed) {
        Evaluation e = SlaEngine.evaluate(Terms.bedrock(fee), APRIL_2026, outages(major(APRIL_2, 3000)));
        assertThat(e.creditAmount()).isEqualTo(new BigDecimal(amount));
        assertThat(e.creditOwed()).isEqualTo(owed);
    }

    @Test
    void bedrocksExplanationSaysWhyACreditOfExactlyOneDollarIsNotIssued() {
        Evaluation e = SlaEngine.evaluate(Terms.bedrock("10.00"), APRIL_2026, outages(major(APRIL_2, 3000)));
        assertThat(e.explanation()).anyMatch(l -> l.contains("1.00 USD is not, so no credit"));
        assertThat(e.creditPercent()).isZero();
    }

    /** Whole minutes cannot hit 99.9% of 43,200 minutes (43.2), so that edge is tested on either side only. */
    @ParameterizedTest(name = "Google: {0} down minutes credit {1}% ({2} USD)")
    @CsvSource({
            "43, 0, 0.00", "44, 10, 500.00",
            "431, 10, 500.00", "432, 10, 500.00", "433, 25, 1250.00",
            "2159, 25, 1250.00", "2160, 25, 1250.00", "2161, 50, 2500.00"})
    void googleCreditsByMinutesWithMoreThanTenPercentErrors(long minutes, String percent, String amount) {
        Evaluation e = SlaEngine.evaluate(Terms.google(), APRIL_2026, outages(major(APRIL_2, minutes * 60)));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo(Long.toString(minutes));
        assertThat(e.creditPercent()).isEqualByComparingTo(percent);
        assertThat(e.creditAmount()).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void googleCapsTheCreditAtHalfTheFeeEvenForAWholeMonthDown() {
        Evaluation e = SlaEngine.evaluate(Terms.google(), APRIL_2026, outages(major(Terms.startOf(APRIL_2026),
                43_200 * 60L)));
        assertThat(e.uptimePercent()).isZero();
        assertThat(e.creditAmount()).isEqualTo(new BigDecimal("2500.00"));
    }

    /** One sample a minute of 100 requests, {@code failed} of them failed, for {@code minutes} minutes from 10:00. */
    private static List<ErrorSample> badMinutes(Instant from, int minutes, int failed) {
        List<ErrorSample> samples = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            samples.add(new ErrorSample(from.plusSeconds(60L * i), from.plusSeconds(60L * (i + 1)), 100, failed));
        }
        return samples;
    }

    @ParameterizedTest(name = "Google: {0} consecutive minutes at {1}% errors make {2} down minutes")
    @CsvSource({"9, 11, 0", "10, 11, 10", "11, 11, 11", "10, 10, 0", "30, 10, 0"})
    void googleCountsOnlyRunsOfTenMinutesAboveTenPercent(int minutes, int failed, String down) {
        Evaluation e = SlaEngine.evaluate(Terms.google(), APRIL_2026,
                new PeriodInputs(List.of(), badMinutes(at("2026-04-02T10:00:00Z"), minutes, failed), null));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo(down);
    }

    @Test
    void googleDoesNotJoinTwoRunsOfNineBadMinutesAcrossAGoodOne() {
        List<ErrorSample> samples = new ArrayList<>(badMinutes(at("2026-04-02T10:00:00Z"), 9, 50));
        samples.addAll(badMinutes(at("2026-04-02T10:09:00Z"), 1, 0));
        samples.addAll(badMinutes(at("2026-04-02T10:10:00Z"), 9, 50));
        Evaluation e = SlaEngine.evaluate(Terms.google(), APRIL_2026, new PeriodInputs(List.of(), samples, null));
        assertThat(e.downtimeMinutes()).isZero();
        assertThat(e.excluded()).hasSize(2);
    }

    @Test
    void googleJoinsAnOutageAndBadMinutesIntoOneRun() {
        List<ErrorSample> samples = badMinutes(at("2026-04-02T10:05:00Z"), 5, 20);
        Evaluation e = SlaEngine.evaluate(Terms.google(), APRIL_2026, new PeriodInputs(
                List.of(major(at("2026-04-02T10:00:00Z"), 300)), samples, null));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("10");
        assertThat(e.counted()).singleElement().satisfies(w -> assertThat(w.label()).startsWith("inc-"));
    }

    @ParameterizedTest(name = "Azure: {0} failed of 1,000,000 credit {1}% ({2} USD)")
    @CsvSource({
            "999, 0, 0.00", "1000, 0, 0.00", "1001, 10, 800.00",
            "9999, 10, 800.00", "10000, 10, 800.00", "10001, 25, 2000.00",
            "49999, 25, 2000.00", "50000, 25, 2000.00", "50001, 100, 8000.00"})
    void azureCreditsByTheShareOfFailedTransactions(long failed, String percent, String amount) {
        Evaluation e = SlaEngine.evaluate(Terms.azure(), APRIL_2026,
                new PeriodInputs(List.of(), List.of(), new Transactions(1_000_000, failed)));
        assertThat(e.creditPercent()).isEqualByComparingTo(percent);
        assertThat(e.creditAmount()).isEqualTo(new BigDecimal(amount));
        assertThat(e.sloMet()).isEqualTo(failed <= 1000);
    }
}
