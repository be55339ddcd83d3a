package com.continuity.sla;

import com.continuity.support.BenchApp;
import com.continuity.incidents.model.Impact;
import com.continuity.sla.model.ClaimRule;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.CreditMethod;
import com.continuity.sla.model.CreditPolicy;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.model.Measurement;
import com.continuity.sla.model.MeasurementMethod;
import com.continuity.sla.model.Outage;
import com.continuity.sla.model.OutageIndex;
import com.continuity.sla.model.PartialMinutes;
import com.continuity.sla.model.PeriodInputs;
import com.continuity.sla.model.SlaEngine;
import com.continuity.sla.model.Slo;
import com.continuity.sla.model.SloKind;
import com.continuity.sla.model.Tier;
import com.continuity.sla.model.TimeRounding;
import com.continuity.sla.model.Transactions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The SLA engine's benchmark: figures, not pass/fail. Evaluates every contract for every month of 2026 against random
 * incidents (seeded), finding each contract's outages through an {@link OutageIndex}, single-threaded, and prints the
 * wall time of warm runs (median, min, max). The goal is under 1 s for 1,000 contracts x 12 months x 10,000 incidents.
 * Contracts mix the four measurement methods, tiered and prorated credits, and four time zones; incidents last 1 min
 * to 8 h, affect 1 to 3 of the domains, and are 10% maintenance.
 *
 * <p>Arguments (all optional, key=value): {@code contracts=1000}, {@code months=12}, {@code incidents=10000},
 * {@code domains=1000}, {@code runs=9}, {@code warmups=5}, {@code seed=42}.
 */
public final class SlaBench {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/New_York"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Tokyo"));
    private static final Instant YEAR = Instant.parse("2026-01-01T00:00:00Z");

    private SlaBench() {
    }

    public static void main(String[] args) {
        Map<String, String> options = BenchApp.options(args);
        int contracts = Integer.parseInt(options.getOrDefault("contracts", "1000"));
        int months = Integer.parseInt(options.getOrDefault("months", "12"));
        int incidents = Integer.parseInt(options.getOrDefault("incidents", "10000"));
        int domains = Integer.parseInt(options.getOrDefault("domains", "1000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "9"));
        int warmups = Integer.parseInt(options.getOrDefault("warmups", "5"));
        Random random = new Random(Long.parseLong(options.getOrDefault("seed", "42")));

        Map<String, List<Outage>> byDomain = incidents(random, incidents, domains);
        long t0 = System.nanoTime();
        OutageIndex index = new OutageIndex(byDomain);
        double indexMs = (System.nanoTime() - t0) / 1e6;
        List<ContractTerms> terms = new ArrayList<>();
        List<Transactions> transactions = new ArrayList<>();
        for (int i = 0; i < contracts; i++) {
            terms.add(contract(random, i, domains));
            long total = 1_000_000 + random.nextInt(9_000_000);
            transactions.add(new Transactions(total, (long) (total * random.nextDouble() * 0.02)));
        }
        List<YearMonth> periods = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            periods.add(YearMonth.of(2026, 1).plusMonths(m));
        }

        System.out.printf(Locale.ROOT, "SLA engine: %d contracts x %d months = %d evaluations, %d incidents over %d"
                + " domains (index built in %.1f ms)%n", contracts, months, contracts * months, incidents, domains, indexMs);
        for (int i = 0; i < warmups; i++) {
            run(terms, transactions, periods, index);
        }
        double[] seconds = new double[runs];
        Result last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = run(terms, transactions, periods, index);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "warm run, %d runs after %d warm-ups: median %.3f s, min %.3f s, max %.3f s"
                + " (%.1f us per evaluation)%n", runs, warmups, seconds[runs / 2], seconds[0], seconds[runs - 1],
                seconds[runs / 2] * 1e6 / (contracts * months));
        System.out.printf(Locale.ROOT, "outages found %d, credits owed in %d evaluations, total %s USD%n",
                last.outages, last.owed, last.total.toPlainString());
    }

    private record Result(long outages, long owed, BigDecimal total) {
    }

    private static Result run(List<ContractTerms> terms, List<Transactions> transactions, List<YearMonth> periods,
                              OutageIndex index) {
        long outages = 0;
        long owed = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (int c = 0; c < terms.size(); c++) {
            ContractTerms contract = terms.get(c);
            for (YearMonth month : periods) {
                Instant from = month.atDay(1).atStartOfDay(contract.timeZone()).toInstant();
                Instant to = month.plusMonths(1).atDay(1).atStartOfDay(contract.timeZone()).toInstant();
                List<Outage> found = index.find(contract.covers(), from, to);
                outages += found.size();
                Transactions t = contract.measurement().method() == MeasurementMethod.TRANSACTIONS
                        ? transactions.get(c) : null;
                Evaluation e = SlaEngine.evaluate(contract, month, new PeriodInputs(found, List.of(), t));
                if (e.creditOwed()) {
                    owed++;
                    total = total.add(e.creditAmount());
                }
            }
        }
        return new Result(outages, owed, total);
    }

    private static Map<String, List<Outage>> incidents(Random random, int count, int domains) {
        Map<String, List<Outage>> byDomain = new HashMap<>();
        long year = 365L * 86_400;
        for (int i = 0; i < count; i++) {
            Instant start = YEAR.plusSeconds((long) (random.nextDouble() * year));
            long minutes = 1 + (long) Math.min(479, -Math.log(1 - random.nextDouble()) * 45);
            double r = random.nextDouble();
            Impact impact = r < 0.1 ? Impact.MAINTENANCE : r < 0.35 ? Impact.MINOR : r < 0.8 ? Impact.MAJOR
                    : Impact.CRITICAL;
            Outage o = new Outage(start, start.plusSeconds(minutes * 60 + random.nextInt(60)), impact, "inc-" + i);
            int affected = 1 + random.nextInt(3);
            for (int d = 0; d < affected; d++) {
                byDomain.computeIfAbsent("d" + random.nextInt(domains), k -> new ArrayList<>()).add(o);
            }
        }
        return byDomain;
    }

    private static ContractTerms contract(Random random, int i, int domains) {
        return contract(random, i, domains, "provider");
    }

    /**
     * Contract {@code c<i>} of {@code provider}, covering 1 to 3 of the domains {@code d0} to {@code d<domains-1>}:
     * the measurement method cycles with {@code i}, two in three credit in tiers, the rest prorated; valid for
     * ContractRules. SlaAppBench imports these into the app.
     */
    static ContractTerms contract(Random random, int i, int domains, String provider) {
        List<String> covers = new ArrayList<>();
        for (int d = 1 + random.nextInt(3); d > 0; d--) {
            String key = "d" + random.nextInt(domains);
            if (!covers.contains(key)) {
                covers.add(key);
            }
        }
        MeasurementMethod method = MeasurementMethod.values()[i % 4];
        Measurement m = switch (method) {
            case OUTAGE_MINUTES -> new Measurement(method, Impact.MAJOR, true, null, null,
                    random.nextBoolean() ? 5 : null, PartialMinutes.values()[random.nextInt(3)]);
            case ERROR_RATE_INTERVALS -> new Measurement(method, Impact.MAJOR, true, 5, null, null, null);
            case ERROR_RATE_THRESHOLD_MINUTES -> new Measurement(method, Impact.MAJOR, true, null,
                    new BigDecimal("10"), 10, PartialMinutes.DROP);
            case TRANSACTIONS -> new Measurement(method, Impact.MAJOR, true, null, null, null, null);
        };
        boolean tiered = random.nextInt(3) > 0;
        CreditPolicy credit = tiered
                ? new CreditPolicy(CreditMethod.TIERED, List.of(
                        new Tier(new BigDecimal("99.0"), new BigDecimal("99.9"), new BigDecimal("10")),
                        new Tier(new BigDecimal("95.0"), new BigDecimal("99.0"), new BigDecimal("25")),
                        new Tier(null, new BigDecimal("95.0"), new BigDecimal("100"))),
                        null, null, new BigDecimal("50"), new BigDecimal("1.00"), null)
                : new CreditPolicy(CreditMethod.PRORATED_MULTIPLIER, List.of(), new BigDecimal("4.1"),
                        random.nextBoolean() ? TimeRounding.WHOLE_HOURS_UP : TimeRounding.EXACT_MINUTES,
                        new BigDecimal("100"), null, new BigDecimal("10000"));
        BigDecimal fee = BigDecimal.valueOf(1_000 + random.nextInt(50_000)).setScale(2);
        return new ContractTerms("c" + i, "Contract " + i, provider, fee, "USD", ZONES.get(random.nextInt(4)), null,
                null, covers, List.of(new Slo(SloKind.MONTHLY_UPTIME, new BigDecimal("99.9"))), m, credit,
                new ClaimRule(30, false));
    }
}
