package com.continuity.alerts.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BurnRateTest {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final double BUDGET = 0.001; // SLO 99.9 %

    /** Five-minute samples of 10,000 requests over the last {@code hours}, with this error ratio per sample. */
    static List<BurnRate.Sample> steady(int hours, double errorRatio) {
        List<BurnRate.Sample> out = new ArrayList<>();
        for (Instant t = NOW.minus(Duration.ofHours(hours)); t.isBefore(NOW); t = t.plus(Duration.ofMinutes(5))) {
            out.add(new BurnRate.Sample(t, t.plus(Duration.ofMinutes(5)), 10_000, Math.round(10_000 * errorRatio)));
        }
        return out;
    }

    @Test
    void burningTheBudget15TimesOverOneHourAndFiveMinutesPages() {
        var burn = BurnRate.evaluate(steady(1, 0.015), BUDGET, NOW, BurnRate.WORKBOOK).orElseThrow();
        assertThat(burn.rule().severity()).isEqualTo(BurnRate.Severity.PAGE);
        assertThat(burn.rule().factor()).isEqualTo(14.4);
        assertThat(burn.longRate()).isCloseTo(15, within(1e-9));
    }

    @Test
    void aSpikeThatStoppedFiveMinutesAgoNoLongerFiresTheFastRuleButTheSixHourOneStillPages() {
        List<BurnRate.Sample> samples = new ArrayList<>(steady(1, 0.03));
        samples.removeLast();
        samples.add(new BurnRate.Sample(NOW.minus(Duration.ofMinutes(5)), NOW, 10_000, 0));
        assertThat(BurnRate.evaluate(samples, BUDGET, NOW, BurnRate.WORKBOOK.subList(0, 1))).isEmpty();
        assertThat(BurnRate.evaluate(samples, BUDGET, NOW, BurnRate.WORKBOOK).orElseThrow().rule().factor()).isEqualTo(6);
    }

    @Test
    void sixTimesOverSixHoursPagesAndOnceOverThreeDaysOpensATicket() {
        assertThat(BurnRate.evaluate(steady(6, 0.007), BUDGET, NOW, BurnRate.WORKBOOK).orElseThrow().rule().factor())
                .isEqualTo(6);
        var ticket = BurnRate.evaluate(steady(72, 0.0012), BUDGET, NOW, BurnRate.WORKBOOK).orElseThrow();
        assertThat(ticket.rule().severity()).isEqualTo(BurnRate.Severity.TICKET);
        assertThat(BurnRate.evaluate(steady(72, 0.0009), BUDGET, NOW, BurnRate.WORKBOOK)).isEmpty();
    }

    @Test
    void aSampleAcrossTheWindowStartCountsForItsShare() {
        var s = new BurnRate.Sample(NOW.minus(Duration.ofMinutes(10)), NOW, 1000, 100);
        assertThat(BurnRate.rate(List.of(s), 0.1, NOW.minus(Duration.ofMinutes(5)), NOW)).isCloseTo(1, within(1e-9));
        assertThat(BurnRate.rate(List.of(), 0.1, NOW.minus(Duration.ofMinutes(5)), NOW)).isZero();
    }

    @Property
    void aSteadyErrorRatioBurnsAtRatioOverBudgetInEveryWindow(@ForAll @IntRange(min = 0, max = 10_000) int failedPer10k) {
        List<BurnRate.Sample> samples = steady(72, failedPer10k / 10_000.0);
        double expected = failedPer10k / 10_000.0 / BUDGET;
        for (var rule : BurnRate.WORKBOOK) {
            assertThat(BurnRate.rate(samples, BUDGET, NOW.minus(rule.longWindow()), NOW)).isCloseTo(expected, within(1e-6));
            assertThat(BurnRate.rate(samples, BUDGET, NOW.minus(rule.shortWindow()), NOW)).isCloseTo(expected, within(1e-6));
        }
        boolean fires = BurnRate.evaluate(samples, BUDGET, NOW, BurnRate.WORKBOOK).isPresent();
        assertThat(fires).isEqualTo(expected >= 1);
    }

    @Property
    void moreErrorsNeverLowerTheSeverity(@ForAll @IntRange(min = 0, max = 300) int a, @ForAll @IntRange(min = 0, max = 300) int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        int lowRank = rank(BurnRate.evaluate(steady(72, low / 10_000.0), BUDGET, NOW, BurnRate.WORKBOOK));
        int highRank = rank(BurnRate.evaluate(steady(72, high / 10_000.0), BUDGET, NOW, BurnRate.WORKBOOK));
        assertThat(highRank).isGreaterThanOrEqualTo(lowRank);
    }

    static int rank(java.util.Optional<BurnRate.Burn> burn) {
        return burn.map(b -> b.rule().severity() == BurnRate.Severity.PAGE ? 2 : 1).orElse(0);
    }
}
