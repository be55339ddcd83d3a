package com.continuity.sla.model;

import com.continuity.incidents.model.Impact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static com.continuity.sla.model.Terms.APRIL_2026;
import static com.continuity.sla.model.Terms.FEBRUARY_2026;
import static com.continuity.sla.model.Terms.anthropic;
import static com.continuity.sla.model.Terms.at;
import static com.continuity.sla.model.Terms.contract;
import static com.continuity.sla.model.Terms.dec;
import static com.continuity.sla.model.Terms.outage;
import static com.continuity.sla.model.Terms.outages;
import static com.continuity.sla.model.Terms.prorated;
import static com.continuity.sla.model.Terms.table;
import static com.continuity.sla.model.Terms.tiered;
import static com.continuity.sla.model.Terms.uptime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One contract, one month: the seed of 18 February 2026 and the rules of DESIGN §4 one by one. */
class SlaEngineTest {

    private static final PeriodInputs SEED = outages(outage("2026-02-18T14:22:00Z", "2026-02-18T18:17:00Z",
            Impact.CRITICAL, "claude-2026-02-18"));

    private static Evaluation outageMinutes(Measurement m, Outage... outages) {
        return SlaEngine.evaluate(contract("c", "1000.00", ZoneOffset.UTC, List.of(uptime("99.9")), m,
                tiered(table("10", "25", "100"), null, null), null), APRIL_2026, outages(outages));
    }

    private static Measurement minutes(PartialMinutes partial, Integer minimumRun) {
        return new Measurement(MeasurementMethod.OUTAGE_MINUTES, Impact.MAJOR, true, null, null, minimumRun, partial);
    }

    @Test
    void theSeedOwes24405WhenEachStartedHourCountsWhole() {
        Evaluation e = SlaEngine.evaluate(anthropic(TimeRounding.WHOLE_HOURS_UP), FEBRUARY_2026, SEED);
        assertThat(e.minutesInPeriod()).isEqualTo(40_320);
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("235");
        assertThat(e.creditAmount()).isEqualTo(new BigDecimal("244.05"));
        assertThat(e.currency()).isEqualTo("USD");
        assertThat(e.creditOwed()).isTrue();
        assertThat(e.eligible()).isTrue();
    }

    @Test
    void theSeedOwes23896ForTheExactMinutesWithAnUptimeOf99417163() {
        Evaluation e = SlaEngine.evaluate(anthropic(TimeRounding.EXACT_MINUTES), FEBRUARY_2026, SEED);
        assertThat(e.creditAmount()).isEqualTo(new BigDecimal("238.96"));
        assertThat(e.uptimePercent().setScale(6, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("99.417163"));
        assertThat(e.uptimePercent().scale()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theSeedMustBeClaimedBy30March2026AndMissesTheErrorRateObjective() {
        Evaluation e = SlaEngine.evaluate(anthropic(TimeRounding.WHOLE_HOURS_UP), FEBRUARY_2026, SEED);
        assertThat(e.claimDeadline()).isEqualTo(LocalDate.of(2026, 3, 30));
        // 235 of 40,320 minutes covered, no samples: 0.58% > 0.1%
        assertThat(e.errorRatePercent().setScale(4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.5828"));
        assertThat(e.slos()).singleElement().satisfies(s -> assertThat(s.met()).isFalse());
        assertThat(e.sloMet()).isFalse();
    }

    @Test
    void theSeedsExplanationShowsEveryFigureOfTheCredit() {
        Evaluation e = SlaEngine.evaluate(anthropic(TimeRounding.WHOLE_HOURS_UP), FEBRUARY_2026, SEED);
        assertThat(String.join("\n", e.explanation()))
                .contains("40320 minutes")
                .contains("claude-2026-02-18")
                .contains("2026-02-18 14:22 +00:00 to 2026-02-18 18:17 +00:00")
                .contains("235 min count as 4 h = 240 min")
                .contains("10000.00 x 240 / 40320 x 4.1")
                .contains("Cap 100%")
                .contains("244.05 USD")
                .contains("2026-03-30");
        assertThat(e.counted()).singleElement().satisfies(w -> {
            assertThat(w.minutes()).isEqualByComparingTo("235");
            assertThat(w.label()).isEqualTo("claude-2026-02-18");
        });
    }

    @Test
    void theEndOfTheSecondBillingCycleAfterFebruaryIs30April() {
        assertThat(SlaEngine.deadline(new ClaimRule(null, true), FEBRUARY_2026)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(SlaEngine.deadline(new ClaimRule(null, false), FEBRUARY_2026)).isNull();
        assertThat(SlaEngine.deadline(null, FEBRUARY_2026)).isNull();
    }

    @Test
    void aFeeBelowTheMinimumMonthlyFeeIsNotEligible() {
        ContractTerms small = anthropic(TimeRounding.WHOLE_HOURS_UP);
        small = new ContractTerms(small.key(), small.name(), small.provider(), dec("9999.99"), small.currency(),
                small.timeZone(), small.termStart(), small.termEnd(), small.covers(), small.slos(),
                small.measurement(), small.credit(), small.claim());
        Evaluation e = SlaEngine.evaluate(small, FEBRUARY_2026, SEED);
        assertThat(e.eligible()).isFalse();
        assertThat(e.creditAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(e.creditPercent()).isZero();
        assertThat(e.explanation()).anyMatch(l -> l.contains("9999.99 is below the minimum of 10000"));
    }

    @Test
    void aMonthOutsideTheTermIsNotEligible() {
        Evaluation e = SlaEngine.evaluate(anthropic(TimeRounding.WHOLE_HOURS_UP), YearMonth.of(2025, 6),
                outages(outage("2025-06-18T14:22:00Z", "2025-06-18T18:17:00Z", Impact.CRITICAL, "old")));
        assertThat(e.eligible()).isFalse();
        assertThat(e.creditOwed()).isFalse();
    }

    @Test
    void march2026InBerlinHas44580MinutesAndOctober44700() {
        ContractTerms berlin = contract("berlin", "100.00", ZoneId.of("Europe/Berlin"), List.of(), null, null, null);
        assertThat(SlaEngine.evaluate(berlin, YearMonth.of(2026, 3), outages()).minutesInPeriod()).isEqualTo(44_580);
        assertThat(SlaEngine.evaluate(berlin, YearMonth.of(2026, 10), outages()).minutesInPeriod()).isEqualTo(44_700);
    }

    @Test
    void aContractWithoutMeasurementCountsMajorOutagesAndExcludesMaintenance() {
        Evaluation e = SlaEngine.evaluate(contract("c", "100.00", ZoneOffset.UTC, List.of(), null, null, null),
                APRIL_2026, outages(
                        outage("2026-04-02T10:00:00Z", "2026-04-02T11:00:00Z", Impact.MAJOR, "major"),
                        outage("2026-04-02T10:30:00Z", "2026-04-02T10:45:00Z", Impact.MAINTENANCE, "planned"),
                        outage("2026-04-03T10:00:00Z", "2026-04-03T11:00:00Z", Impact.MINOR, "minor")));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("45");
        assertThat(e.excluded()).extracting(ExcludedWindow::reason)
                .anySatisfy(r -> assertThat(r).contains("scheduled maintenance planned"))
                .anySatisfy(r -> assertThat(r).contains("impact minor of minor is below the qualifying impact major"));
    }

    @Test
    void withoutExcludeMaintenanceAnOutageDuringMaintenanceCountsInFull() {
        Measurement keep = new Measurement(MeasurementMethod.OUTAGE_MINUTES, Impact.MAJOR, false, null, null, null, null);
        Evaluation e = outageMinutes(keep,
                outage("2026-04-02T10:00:00Z", "2026-04-02T11:00:00Z", Impact.MAJOR, "major"),
                outage("2026-04-02T10:30:00Z", "2026-04-02T12:00:00Z", Impact.MAINTENANCE, "planned"));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("60");
    }

    @Test
    void overlappingOutagesCountOnceAndNameAllTheirSources() {
        Evaluation e = outageMinutes(Measurement.DEFAULT,
                outage("2026-04-02T10:00:00Z", "2026-04-02T11:00:00Z", Impact.MAJOR, "a"),
                outage("2026-04-02T10:30:00Z", "2026-04-02T11:30:00Z", Impact.CRITICAL, "b"));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("90");
        assertThat(e.counted()).singleElement().extracting(CountedWindow::label).isEqualTo("a, b");
    }

    @Test
    void exactPartialMinutesCountSecondsAsFractionsOfMinutes() {
        Evaluation e = outageMinutes(minutes(PartialMinutes.EXACT, null),
                outage("2026-04-02T10:00:30Z", "2026-04-02T10:02:00Z", Impact.MAJOR, "a"));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("1.5");
    }

    @Test
    void countedPartialMinutesCountEveryClockMinuteTouchedWhole() {
        Evaluation e = outageMinutes(minutes(PartialMinutes.COUNT, null),
                outage("2026-04-02T10:00:30Z", "2026-04-02T10:02:10Z", Impact.MAJOR, "a"),
                outage("2026-04-02T10:03:20Z", "2026-04-02T10:03:40Z", Impact.MAJOR, "b"));
        // 10:00, 10:01, 10:02 touched by a; 10:03 by b: they meet, one run of 4 minutes
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("4");
        assertThat(e.counted()).singleElement().satisfies(w -> {
            assertThat(w.start()).isEqualTo(at("2026-04-02T10:00:00Z"));
            assertThat(w.end()).isEqualTo(at("2026-04-02T10:04:00Z"));
        });
    }

    @Test
    void droppedPartialMinutesCountOnlyClockMinutesFullyDown() {
        Evaluation e = outageMinutes(minutes(PartialMinutes.DROP, null),
                outage("2026-04-02T10:00:30Z", "2026-04-02T10:03:10Z", Impact.MAJOR, "a"),
                outage("2026-04-02T11:00:10Z", "2026-04-02T11:00:50Z", Impact.MAJOR, "b"));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("2");
    }

    @Test
    void runsShorterThanTheMinimumDoNotCountAndAreListedAsExcluded() {
        Evaluation e = outageMinutes(minutes(PartialMinutes.EXACT, 5),
                outage("2026-04-02T10:00:00Z", "2026-04-02T10:04:59Z", Impact.MAJOR, "short"),
                outage("2026-04-02T11:00:00Z", "2026-04-02T11:05:00Z", Impact.MAJOR, "long"));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("5");
        assertThat(e.excluded()).singleElement().extracting(ExcludedWindow::reason).asString()
                .contains("shorter than the 5 consecutive minutes");
    }

    @Test
    void theMinimumRunAppliesToTheMinutesAsThePartialRuleCountsThem() {
        // 4 min 50 s touches 6 clock minutes: counted whole, the run is long enough
        Evaluation e = outageMinutes(minutes(PartialMinutes.COUNT, 5),
                outage("2026-04-02T10:00:40Z", "2026-04-02T10:05:30Z", Impact.MAJOR, "a"));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("6");
    }

    @Test
    void maintenanceCutsAnOutageInTwoAndTheMinimumRunAppliesToEachPart() {
        Evaluation e = outageMinutes(minutes(PartialMinutes.EXACT, 10),
                outage("2026-04-02T10:00:00Z", "2026-04-02T10:30:00Z", Impact.MAJOR, "a"),
                outage("2026-04-02T10:05:00Z", "2026-04-02T10:15:00Z", Impact.MAINTENANCE, "m"));
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("15");
    }

    @Test
    void anIntervalPartlyCoveredByAnOutageAddsItsCoveredShareToTheErrorRateOfItsRequests() {
        ContractTerms bedrock = Terms.bedrock("20000.00");
        // 10:00-10:05: 1,000 requests, 100 failed (10%); an outage covers its first minute (20%).
        // rate = 0.2 + 0.8 x 0.1 = 28%, i.e. 84 error-seconds: mean over 8,640 intervals, uptime 100 - 0.28/8640 x 100
        PeriodInputs inputs = new PeriodInputs(List.of(outage("2026-04-02T10:00:00Z", "2026-04-02T10:01:00Z",
                Impact.MAJOR, "a")), List.of(new ErrorSample(at("2026-04-02T10:00:00Z"), at("2026-04-02T10:05:00Z"),
                1000, 100)), null);
        Evaluation e = SlaEngine.evaluate(bedrock, APRIL_2026, inputs);
        assertThat(e.downtimeMinutes()).isEqualByComparingTo("1.4");
        assertThat(e.uptimePercent()).isEqualByComparingTo(
                new BigDecimal("100").subtract(new BigDecimal("28").divide(new BigDecimal("8640"), 12, RoundingMode.HALF_UP)));
        assertThat(e.errorRatePercent()).isEqualByComparingTo("10");
    }

    @Test
    void aSampleSpreadOverTwoIntervalsGivesEachItsShare() {
        // one sample of 10 minutes, 50% failed: intervals 10:00 and 10:05 at 50% each = 600 error-seconds
        PeriodInputs inputs = new PeriodInputs(List.of(), List.of(new ErrorSample(at("2026-04-02T10:00:00Z"),
                at("2026-04-02T10:10:00Z"), 200, 100)), null);
        assertThat(SlaEngine.evaluate(Terms.bedrock("20000.00"), APRIL_2026, inputs).downtimeMinutes())
                .isEqualByComparingTo("5");
    }

    @Test
    void aPartlyCoveredMinuteCountsByThePartialRuleInThresholdMinutes() {
        // 10 minutes fully down plus a minute 30 s covered: exact 50% > 10% counts it, drop does not, count does
        Outage o = outage("2026-04-02T10:00:00Z", "2026-04-02T10:10:30Z", Impact.MAJOR, "a");
        for (var c : List.of(new Object[]{PartialMinutes.EXACT, "11"}, new Object[]{PartialMinutes.DROP, "10"},
                new Object[]{PartialMinutes.COUNT, "11"})) {
            ContractTerms g = Terms.google();
            Measurement m = new Measurement(MeasurementMethod.ERROR_RATE_THRESHOLD_MINUTES, Impact.MAJOR, true, null,
                    dec("10"), 10, (PartialMinutes) c[0]);
            ContractTerms withRule = contract(g.key(), "5000.00", ZoneOffset.UTC, g.slos(), m, g.credit(), g.claim());
            assertThat(SlaEngine.evaluate(withRule, APRIL_2026, outages(o)).downtimeMinutes()).as("%s", c[0])
                    .isEqualByComparingTo((String) c[1]);
        }
    }

    @Test
    void withoutTransactionsAnOutageCountsAsFailedRequestsForTheTimeItCovers() {
        // 43.2 minutes of April's 43,200: exactly 99.9%, so the 99.9 band edge is not crossed
        Evaluation atEdge = SlaEngine.evaluate(Terms.azure(), APRIL_2026, outages(outage("2026-04-02T00:00:00Z",
                "2026-04-02T00:43:12Z", Impact.MAJOR, "a")));
        assertThat(atEdge.uptimePercent()).isEqualByComparingTo("99.9");
        assertThat(atEdge.creditOwed()).isFalse();
        Evaluation below = SlaEngine.evaluate(Terms.azure(), APRIL_2026, outages(outage("2026-04-02T00:00:00Z",
                "2026-04-02T00:43:13Z", Impact.MAJOR, "a")));
        assertThat(below.creditPercent()).isEqualByComparingTo("10");
    }

    @Test
    void transactionsWithoutRequestsMeanFullUptime() {
        Evaluation e = SlaEngine.evaluate(Terms.azure(), APRIL_2026, new PeriodInputs(List.of(), List.of(), null));
        assertThat(e.uptimePercent()).isEqualByComparingTo("100");
        assertThat(e.creditOwed()).isFalse();
    }

    @Test
    void wholeHoursUpRoundsTheMonthsAffectedTimeSoABridgingOutageNeverLowersTheCredit() {
        ContractTerms c = anthropic(TimeRounding.WHOLE_HOURS_UP);
        Outage a = outage("2026-02-10T10:00:00Z", "2026-02-10T10:10:00Z", Impact.MAJOR, "a");
        Outage b = outage("2026-02-10T10:20:00Z", "2026-02-10T10:30:00Z", Impact.MAJOR, "b");
        Outage bridge = outage("2026-02-10T10:10:00Z", "2026-02-10T10:20:00Z", Impact.MAJOR, "bridge");
        Outage later = outage("2026-02-11T10:00:00Z", "2026-02-11T10:45:00Z", Impact.MAJOR, "later");
        BigDecimal two = SlaEngine.evaluate(c, FEBRUARY_2026, outages(a, b)).creditAmount();
        BigDecimal joined = SlaEngine.evaluate(c, FEBRUARY_2026, outages(a, b, bridge)).creditAmount();
        BigDecimal more = SlaEngine.evaluate(c, FEBRUARY_2026, outages(a, b, bridge, later)).creditAmount();
        assertThat(two).isEqualTo(new BigDecimal("61.01")); // 20 min start one hour: 10000 x 60 / 40320 x 4.1 = 61.0119...
        assertThat(joined).isEqualTo(new BigDecimal("61.01")); // 30 min, still one started hour
        assertThat(more).isEqualTo(new BigDecimal("122.02")); // 75 min start two hours
    }

    @Test
    void aYenCreditIsRoundedToWholeYen() {
        ContractTerms yen = new ContractTerms("jp", "jp", "p", dec("1000000"), "JPY", ZoneId.of("Asia/Tokyo"), null, null,
                List.of("d"), List.of(), null, prorated("1", TimeRounding.EXACT_MINUTES), null);
        Evaluation e = SlaEngine.evaluate(yen, APRIL_2026, outages(outage("2026-04-02T00:00:00Z",
                "2026-04-02T00:07:00Z", Impact.MAJOR, "a")));
        assertThat(e.creditAmount()).isEqualTo(new BigDecimal("162")); // 1,000,000 x 7 / 43,200 = 162.037
    }

    @Test
    void anInvalidContractIsRefusedWithItsProblems() {
        ContractTerms bad = contract("bad", "0", ZoneOffset.UTC, List.of(), null, null, null);
        assertThatThrownBy(() -> SlaEngine.evaluate(bad, APRIL_2026, outages()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthlyFee");
    }
}
