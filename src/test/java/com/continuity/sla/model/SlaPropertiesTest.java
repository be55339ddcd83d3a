package com.continuity.sla.model;

import com.continuity.incidents.model.Impact;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static com.continuity.sla.model.Terms.APRIL_2026;
import static com.continuity.sla.model.Terms.contract;
import static com.continuity.sla.model.Terms.dec;
import static com.continuity.sla.model.Terms.table;
import static com.continuity.sla.model.Terms.tiered;
import static com.continuity.sla.model.Terms.uptime;
import static org.assertj.core.api.Assertions.assertThat;

/** The laws of SLA evaluation (DESIGN §4) over random contracts and random months of outages and samples. */
class SlaPropertiesTest {

    private static final Instant APRIL = Terms.startOf(APRIL_2026);
    private static final long APRIL_SECONDS = 30 * 86_400L;
    /** Generated windows start in April's first three days; added ones, for disjointness, in days 5 to 7. */
    private static final long DAYS = 86_400L;

    // ---- arbitraries ----

    private static Arbitrary<Outage> windows(long from, long to, Arbitrary<Impact> impacts) {
        return Combinators.combine(Arbitraries.longs().between(from, to), Arbitraries.longs().between(1, 6 * 3600),
                impacts).as((start, length, impact) -> new Outage(APRIL.plusSeconds(start),
                APRIL.plusSeconds(start + length), impact, impact.fileName() + "@" + start));
    }

    private static Arbitrary<Impact> anyImpact() {
        return Arbitraries.of(Impact.NONE, Impact.MINOR, Impact.MAJOR, Impact.CRITICAL, Impact.MAINTENANCE);
    }

    @Provide
    Arbitrary<List<Outage>> outages() {
        return windows(0, 3 * DAYS, anyImpact()).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Outage> qualifying() {
        return windows(0, 3 * DAYS, Arbitraries.of(Impact.MAJOR, Impact.CRITICAL));
    }

    @Provide
    Arbitrary<List<ErrorSample>> samples() {
        return Combinators.combine(Arbitraries.longs().between(0, APRIL_SECONDS), Arbitraries.longs().between(1, 7200),
                Arbitraries.longs().between(0, 10_000), Arbitraries.integers().between(0, 100))
                .as((start, length, total, failedPercent) -> new ErrorSample(APRIL.plusSeconds(start - 3600),
                        APRIL.plusSeconds(start - 3600 + length), total, total * failedPercent / 100))
                .list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<Measurement> measurements() {
        Arbitrary<PartialMinutes> partial = Arbitraries.of(PartialMinutes.class);
        Arbitrary<Integer> run = Arbitraries.integers().between(1, 30).injectNull(0.4);
        Arbitrary<Measurement> minutes = Combinators.combine(partial, run, Arbitraries.of(true, false))
                .as((p, r, ex) -> new Measurement(MeasurementMethod.OUTAGE_MINUTES, Impact.MAJOR, ex, null, null, r, p));
        Arbitrary<Measurement> threshold = Combinators.combine(partial, run,
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(99)).ofScale(1))
                .as((p, r, t) -> new Measurement(MeasurementMethod.ERROR_RATE_THRESHOLD_MINUTES, Impact.MAJOR, true,
                        null, t, r, p));
        Arbitrary<Measurement> intervals = Arbitraries.integers().between(1, 60).map(i -> new Measurement(
                MeasurementMethod.ERROR_RATE_INTERVALS, Impact.MINOR, true, i, null, null, null));
        return Arbitraries.oneOf(minutes, threshold, intervals);
    }

    @Provide
    Arbitrary<CreditPolicy> credits() {
        Arbitrary<BigDecimal> cap = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(1).injectNull(0.3);
        Arbitrary<CreditPolicy> tiered = Combinators.combine(cap, Arbitraries.of("1.00", "50.00").injectNull(0.5))
                .as((c, min) -> tiered(table("10", "25", "100"), c == null ? null : c.toPlainString(), min));
        Arbitrary<CreditPolicy> prorated = Combinators.combine(cap, Arbitraries.of("0.5", "1", "4.1", "30"))
                .as((c, m) -> new CreditPolicy(CreditMethod.PRORATED_MULTIPLIER, null, dec(m),
                        TimeRounding.EXACT_MINUTES, c, null, null));
        return Arbitraries.oneOf(tiered, prorated);
    }

    @Provide
    Arbitrary<BigDecimal> fees() {
        return Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(100_000)).ofScale(2);
    }

    private static ContractTerms contractOf(Measurement m, CreditPolicy credit, BigDecimal fee) {
        return contract("p", fee.toPlainString(), ZoneOffset.UTC, List.of(uptime("99.9")), m, credit, null);
    }

    private static Evaluation april(ContractTerms c, List<Outage> outages) {
        return SlaEngine.evaluate(c, APRIL_2026, new PeriodInputs(outages, List.of(), null));
    }

    private static List<Outage> plus(List<Outage> outages, Outage more) {
        List<Outage> all = new ArrayList<>(outages);
        all.add(more);
        return all;
    }

    // ---- laws ----

    @Property(tries = 300)
    void theCreditNeverFallsWhenAnOutageIsAdded(@ForAll("measurements") Measurement m,
                                                @ForAll("credits") CreditPolicy credit, @ForAll("fees") BigDecimal fee,
                                                @ForAll("outages") List<Outage> outages,
                                                @ForAll("qualifying") Outage more) {
        ContractTerms c = contractOf(m, credit, fee);
        Evaluation before = april(c, outages);
        Evaluation after = april(c, plus(outages, more));
        assertThat(after.downtimeMinutes()).isGreaterThanOrEqualTo(before.downtimeMinutes());
        assertThat(after.creditAmount()).isGreaterThanOrEqualTo(before.creditAmount());
    }

    /** Whole hours round the month's affected time up, so any added outage can only add. */
    @Property(tries = 200)
    void withWholeHoursUpTheCreditNeverFallsWhenAnOutageIsAdded(@ForAll("measurements") Measurement m,
                                                               @ForAll("fees") BigDecimal fee,
                                                               @ForAll("outages") List<Outage> outages,
                                                               @ForAll("qualifying") Outage more) {
        ContractTerms c = contractOf(m, new CreditPolicy(CreditMethod.PRORATED_MULTIPLIER, null, dec("4.1"),
                TimeRounding.WHOLE_HOURS_UP, dec("100"), null, null), fee);
        assertThat(april(c, plus(outages, more)).creditAmount()).isGreaterThanOrEqualTo(april(c, outages).creditAmount());
    }

    @Property(tries = 300)
    void theCapAlwaysHolds(@ForAll("measurements") Measurement m, @ForAll("credits") CreditPolicy credit,
                           @ForAll("fees") BigDecimal fee, @ForAll("outages") List<Outage> outages) {
        Evaluation e = april(contractOf(m, credit, fee), outages);
        BigDecimal cap = credit.capPercent() == null ? BigDecimal.valueOf(100) : credit.capPercent();
        assertThat(e.creditPercent()).isLessThanOrEqualTo(cap);
        assertThat(e.creditAmount()).isLessThanOrEqualTo(fee.multiply(cap).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP));
    }

    /**
     * The band of an outage of d seconds, decided in whole numbers: uptime >= b% iff 1000 x (P - d) >= 10 b x P.
     * The downtimes gather at the edges 2,592 s (99.9%), 25,920 s (99%) and 129,600 s (95%) of April.
     */
    @Property(tries = 400)
    void bandEdgesAreExact(@ForAll("nearEdges") long downSeconds) {
        ContractTerms c = contractOf(Measurement.DEFAULT, tiered(table("10", "25", "100"), null, null),
                new BigDecimal("1000.00"));
        Evaluation e = april(c, List.of(Terms.major(APRIL, downSeconds)));
        long up = 1000 * (APRIL_SECONDS - downSeconds);
        int expected = up >= 999 * APRIL_SECONDS ? 0 : up >= 990 * APRIL_SECONDS ? 10 : up >= 950 * APRIL_SECONDS ? 25
                : 100;
        assertThat(e.creditPercent()).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @Provide
    Arbitrary<Long> nearEdges() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(2_592L, 25_920L, 129_600L), Arbitraries.longs().between(-3, 3))
                        .as(Long::sum),
                Arbitraries.longs().between(0, 200_000));
    }

    @Property(tries = 200)
    void anOutageAcrossAMonthBoundarySplitsAtMidnightInTheContractsZone(
            @ForAll @IntRange(min = 1, max = 11) int month, @ForAll @LongRange(min = 1, max = 20_000) long before,
            @ForAll @LongRange(min = 1, max = 20_000) long after) {
        ZoneId newYork = ZoneId.of("America/New_York");
        YearMonth first = YearMonth.of(2026, month);
        Instant boundary = first.plusMonths(1).atDay(1).atStartOfDay(newYork).toInstant();
        // quarter minutes, so that each month's share of minutes is a terminating decimal
        Outage o = new Outage(boundary.minusSeconds(15 * before), boundary.plusSeconds(15 * after), Impact.MAJOR, "x");
        ContractTerms c = contract("ny", "100.00", newYork, List.of(), Measurement.DEFAULT, null, null);
        BigDecimal inFirst = SlaEngine.evaluate(c, first, new PeriodInputs(List.of(o), null, null)).downtimeMinutes();
        BigDecimal inSecond = SlaEngine.evaluate(c, first.plusMonths(1), new PeriodInputs(List.of(o), null, null))
                .downtimeMinutes();
        assertThat(inFirst).isEqualByComparingTo(quarterMinutes(before));
        assertThat(inSecond).isEqualByComparingTo(quarterMinutes(after));
        assertThat(inFirst.add(inSecond)).isEqualByComparingTo(quarterMinutes(before + after));
    }

    private static BigDecimal quarterMinutes(long quarters) {
        return BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4));
    }

    /** Every second that some qualifying outage covers, and no maintenance if the contract excludes it. */
    private static BitSet downSeconds(List<Outage> outages, boolean excludeMaintenance) {
        BitSet down = new BitSet();
        BitSet maintenance = new BitSet();
        for (Outage o : outages) {
            int from = (int) (o.start().getEpochSecond() - APRIL.getEpochSecond());
            int to = (int) (o.end().getEpochSecond() - APRIL.getEpochSecond());
            if (o.impact().atLeast(Impact.MAJOR)) {
                down.set(from, to);
            } else if (o.impact() == Impact.MAINTENANCE) {
                maintenance.set(from, to);
            }
        }
        if (excludeMaintenance) {
            down.andNot(maintenance);
        }
        return down;
    }

    private static BigDecimal minutes(BitSet seconds) {
        return BigDecimal.valueOf(seconds.cardinality()).divide(BigDecimal.valueOf(60), Ratio.DISPLAY_SCALE,
                RoundingMode.HALF_UP);
    }

    @Property(tries = 300)
    void overlappingOutagesCountOnce(@ForAll("outages") List<Outage> outages) {
        ContractTerms c = contractOf(new Measurement(MeasurementMethod.OUTAGE_MINUTES, Impact.MAJOR, false, null, null,
                null, null), tiered(table("10", "25", "100"), null, null), new BigDecimal("100.00"));
        Evaluation e = april(c, outages);
        assertThat(e.downtimeMinutes()).isEqualByComparingTo(minutes(downSeconds(outages, false)));
        assertThat(e.counted().stream().map(CountedWindow::minutes).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo(e.downtimeMinutes().setScale(6,
                RoundingMode.HALF_UP));
    }

    @Property(tries = 300)
    void maintenanceWindowsAreExcluded(@ForAll("outages") List<Outage> outages) {
        ContractTerms c = contractOf(Measurement.DEFAULT, tiered(table("10", "25", "100"), null, null),
                new BigDecimal("100.00"));
        assertThat(april(c, outages).downtimeMinutes()).isEqualByComparingTo(minutes(downSeconds(outages, true)));
    }

    @Property(tries = 300)
    void uptimeStaysWithinZeroAndAHundred(@ForAll("measurements") Measurement m, @ForAll("credits") CreditPolicy credit,
                                          @ForAll("outages") List<Outage> outages,
                                          @ForAll("samples") List<ErrorSample> samples) {
        Evaluation e = SlaEngine.evaluate(contractOf(m, credit, new BigDecimal("100.00")), APRIL_2026,
                new PeriodInputs(outages, samples, null));
        assertThat(e.uptimePercent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(e.errorRatePercent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(e.downtimeMinutes()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(e.minutesInPeriod()));
    }
}
