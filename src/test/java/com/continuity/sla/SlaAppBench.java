package com.continuity.sla;

import com.continuity.incidents.Incident;
import com.continuity.incidents.IncidentFormat;
import com.continuity.incidents.IncidentSource;
import com.continuity.incidents.model.Impact;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.DomainKind;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.Provider;
import com.continuity.inventory.portfolio.PortfolioWriter;
import com.continuity.security.Team;
import com.continuity.sla.model.ContractTerms;
import com.continuity.support.Api;
import com.continuity.support.BenchApp;
import com.continuity.support.BenchTimer;
import com.continuity.support.BenchTimer.Stats;
import com.continuity.support.BenchTimer.Timed;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static com.continuity.support.BenchTimer.time;

/**
 * The SLA module's benchmark along the app's own path: figures, not pass/fail. Where {@link SlaBench} times the
 * plain-Java engine alone, this starts the app in this JVM on a throw-away embedded PostgreSQL (under
 * target/bench-sla-app), with the clock pinned at {@link #NOW}, imports a seeded portfolio over REST and times:
 * <ul>
 * <li>POST /api/v1/portfolio of the whole file;</li>
 * <li>the first GET /api/v1/claims, which evaluates every contract for the last 25 months and creates the claims;</li>
 * <li>GET /api/v1/claims again, warm: the same evaluation, a refresh that finds nothing new and writes nothing;</li>
 * <li>GET /api/v1/contracts/{key}/periods?from=2026-01&amp;to=2026-12 for one contract (which first refreshes that
 *   contract's claims).</li>
 * </ul>
 * The portfolio: one team, 4 providers, {@code domains} failure domains without availability, one service,
 * {@code contracts} contracts from {@link SlaBench#contract} (each covering 1 to 3 domains; the four measurement
 * methods, tiered and prorated credits, four time zones), and {@code incidents} incidents from 1 January 2025 to the
 * day before {@link #NOW}, each affecting 1 to 3 domains for 1 min to 8 h, 10% maintenance, the rest major or
 * critical.
 *
 * <p>Arguments (all optional, key=value): {@code contracts=1000}, {@code incidents=10000}, {@code domains=1000},
 * {@code runs=9}, {@code warmups=2}, {@code seed=42}.
 */
public final class SlaAppBench {

    static final Instant NOW = Instant.parse("2026-12-15T12:00:00Z");
    private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2026-12-15T00:00:00Z"); // incidents start before this
    private static final int PROVIDERS = 4;
    private static final String CONTRACT = "c0";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int runs;
    private final int warmups;
    private final Api api;

    private SlaAppBench(Map<String, String> options, Api api) {
        this.runs = Integer.parseInt(options.getOrDefault("runs", "9"));
        this.warmups = Integer.parseInt(options.getOrDefault("warmups", "2"));
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchApp.options(args);
        int contracts = Integer.parseInt(options.getOrDefault("contracts", "1000"));
        int incidents = Integer.parseInt(options.getOrDefault("incidents", "10000"));
        int domains = Integer.parseInt(options.getOrDefault("domains", "1000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        String yaml = new PortfolioWriter(List.of(new ContractFormat(), new IncidentFormat()))
                .toYaml(portfolio(new Random(seed), contracts, incidents, domains));

        long started = System.nanoTime();
        ConfigurableApplicationContext app = BenchApp.start("target/bench-sla-app/postgres",
                "--continuity.clock.start=" + NOW, "--continuity.max-document-bytes=200000000");
        double startSeconds = (System.nanoTime() - started) / 1e9;
        BenchApp.runThenExit(app, running -> {
            SlaAppBench bench = new SlaAppBench(options, Api.admin(BenchApp.port(running)));
            System.out.print(bench.run(yaml, contracts, incidents, domains, seed, startSeconds));
        });
    }

    private String run(String yaml, int contracts, int incidents, int domains, long seed, double startSeconds)
            throws Exception {
        StringBuilder out = new StringBuilder(header(contracts, incidents, domains, seed, yaml, startSeconds));

        // the first authenticated request pays for BCrypt (docs/decisions/0007); keep it out of the import
        get("/api/v1/teams");
        Stats floor = measure(() -> get("/api/v1/teams"));

        progress("importing the portfolio");
        long t0 = System.nanoTime();
        HttpResponse<String> imported = api.post("/api/v1/portfolio", "application/yaml",
                yaml.getBytes(StandardCharsets.UTF_8));
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("import refused: " + imported.statusCode() + " "
                    + imported.body().substring(0, Math.min(2000, imported.body().length())));
        }

        progress("first GET /api/v1/claims");
        t0 = System.nanoTime();
        String first = get("/api/v1/claims").body();
        double firstSeconds = (System.nanoTime() - t0) / 1e9;

        progress("warm GET /api/v1/claims");
        List<String> bodies = new ArrayList<>();
        Stats warm = measure(() -> bodies.add(get("/api/v1/claims").body()));
        boolean unchanged = bodies.stream().allMatch(first::equals);

        progress("GET /api/v1/contracts/" + CONTRACT + "/periods");
        String periodsPath = "/api/v1/contracts/" + CONTRACT + "/periods?from=2026-01&to=2026-12";
        String periods = get(periodsPath).body();
        Stats period = measure(() -> get(periodsPath));

        out.append(String.format(Locale.ROOT, """

                %-74s %s
                %-74s %s
                %-74s %s
                %-74s %s
                %-74s %s
                """,
                "POST /api/v1/portfolio (the whole file, " + kb(yaml.length()) + ")", time(importSeconds),
                "first GET /api/v1/claims (creates the claims; answer " + kb(first.length()) + ")", time(firstSeconds),
                "warm GET /api/v1/claims (refresh finds nothing new)", warm.describe(),
                "GET .../contracts/" + CONTRACT + "/periods?from=2026-01&to=2026-12 (" + count(periods)
                        + " periods, " + kb(periods.length()) + ")", period.describe(),
                "REST floor: authenticated GET /api/v1/teams (a few bytes)", floor.describe()));
        out.append(claims(first));
        out.append(String.format(Locale.ROOT, """
                warm answers identical to the first: %s

                What each figure includes, measured at the client (java.net.http on loopback), HTTP Basic on every request:
                  import: HTTP, reading and checking the YAML, replacing the stored inventory, contracts and incidents in
                    the database; no SLA evaluation.
                  claims: HTTP, one read of all contracts, PeriodEvaluator (one query of the incidents' windows by domain,
                    one query of the error samples, SlaEngine per contract-month: %d contracts x 25 months), one read of
                    the stored claims, the writes of what changed, one read of all claims, and their JSON. First: every
                    claim written (and those past their deadline expired), on a JVM cold for this path; warm: no writes.
                  periods: HTTP, one contract's read; its claims' refresh (its 25 months and its own claims, but the
                    incident windows of every domain are read); its evaluation of the 12 months (a second read of the
                    windows); one claim lookup per period; and the JSON of 12 periods with their explanations.
                """, unchanged ? "yes" : "NO", contracts));
        return out.toString();
    }

    private String header(int contracts, int incidents, int domains, long seed, String yaml, double start) {
        Runtime rt = Runtime.getRuntime();
        String load = BenchApp.load();
        return String.format(Locale.ROOT, """
                SLA app benchmark, %s
                JVM %s, max heap %d MB, %d CPUs, load average %s
                app clock pinned at %s; app started in %.1f s (embedded PostgreSQL, Flyway, Spring)
                portfolio (seed %d): %d contracts over %d failure domains, %d incidents from %s to %s, %d providers,
                  1 service; YAML %s
                repeated timings: median of %d runs after %d untimed warm-ups (min to max)
                """, Instant.now(), Runtime.version(), rt.maxMemory() >> 20, rt.availableProcessors(), load, NOW, start,
                seed, contracts, domains, incidents, FIRST.toString().substring(0, 10),
                LAST.toString().substring(0, 10), PROVIDERS, kb(yaml.length()), runs, warmups);
    }

    /** Claims by status with their totals per currency. */
    private static String claims(String body) {
        JsonNode all = JSON.readTree(body);
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        String currencies = "";
        for (JsonNode c : all) {
            String status = c.get("status").asString();
            BigDecimal amount = new BigDecimal(c.get("amount").get("amount").asString());
            String currency = c.get("amount").get("currency").asString();
            counts.merge(status, 1, Integer::sum);
            totals.merge(status + " " + currency, amount, BigDecimal::add);
            total = total.add(amount);
            currencies = currencies.contains(currency) ? currencies : currencies + " " + currency;
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "claims: %d, credits %s%s in all",
                all.size(), total.toPlainString(), currencies));
        Map<String, String> parts = new LinkedHashMap<>();
        counts.forEach((status, n) -> parts.put(status, n + " " + status));
        totals.forEach((key, amount) -> {
            String status = key.substring(0, key.indexOf(' '));
            parts.merge(status, amount.toPlainString() + key.substring(key.indexOf(' ')), (a, b) -> a + ", " + b);
        });
        sb.append(" (").append(String.join("; ", parts.values())).append(")\n");
        sb.append("  total owed (status owed, deadline not passed on ").append(NOW.toString(), 0, 10).append("): ")
                .append(totals.entrySet().stream().filter(e -> e.getKey().startsWith("owed "))
                        .map(e -> e.getValue().toPlainString() + e.getKey().substring(4)).findFirst().orElse("0"))
                .append('\n');
        return sb.toString();
    }

    private static int count(String jsonArray) {
        return JSON.readTree(jsonArray).size();
    }

    // ---------------------------------------------------------------------------------------------------------
    // the portfolio

    static Portfolio portfolio(Random random, int contracts, int incidents, int domains) {
        List<Provider> providers = new ArrayList<>();
        for (int p = 0; p < PROVIDERS; p++) {
            providers.add(new Provider("p" + p, "Provider " + p, null, null));
        }
        List<FailureDomain> failureDomains = new ArrayList<>();
        DomainKind[] kinds = DomainKind.values();
        for (int d = 0; d < domains; d++) {
            failureDomains.add(new FailureDomain("d" + d, "Domain " + d, kinds[d % kinds.length], "p" + d % PROVIDERS,
                    null, List.of()));
        }
        BusinessService service = new BusinessService("bench-service", "Bench service", "bench", 2, null, null, null,
                null, null, null, List.of(new Dependency("model", "Model", List.of(new Path("primary",
                        PathRole.PRIMARY, null, null, null, List.of("d0"), List.of())))), 0);
        List<ContractTerms> terms = new ArrayList<>();
        for (int i = 0; i < contracts; i++) {
            terms.add(SlaBench.contract(random, i, domains, "p" + i % PROVIDERS));
        }
        return new Portfolio(List.of(new Team("bench", "Bench team")), providers, failureDomains, List.of(service),
                Map.of(ContractFormat.SECTION, terms, IncidentFormat.SECTION, incidents(random, incidents, domains)));
    }

    /** 1 min to 8 h (exponential, mean 45 min, capped), 10% maintenance, 55% major, 35% critical, 1 to 3 domains. */
    private static List<Incident> incidents(Random random, int count, int domains) {
        List<Incident> incidents = new ArrayList<>();
        long span = LAST.getEpochSecond() - FIRST.getEpochSecond();
        for (int i = 0; i < count; i++) {
            Instant start = FIRST.plusSeconds((long) (random.nextDouble() * span));
            long minutes = 1 + (long) Math.min(479, -Math.log(1 - random.nextDouble()) * 45);
            Instant end = start.plusSeconds(minutes * 60 + random.nextInt(60));
            double r = random.nextDouble();
            Impact impact = r < 0.1 ? Impact.MAINTENANCE : r < 0.65 ? Impact.MAJOR : Impact.CRITICAL;
            List<String> affects = new ArrayList<>();
            for (int d = 1 + random.nextInt(3); d > 0; d--) {
                String key = "d" + random.nextInt(domains);
                if (!affects.contains(key)) {
                    affects.add(key);
                }
            }
            String provider = "p" + Integer.parseInt(affects.getFirst().substring(1)) % PROVIDERS;
            incidents.add(new Incident("inc-" + i, provider, "Incident " + i, impact, IncidentSource.MANUAL, null,
                    null, start, end, affects, List.of(), List.of(), null, 0));
        }
        return incidents;
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private HttpResponse<String> get(String path) {
        HttpResponse<String> r = api.get(path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private Stats measure(Timed timed) throws Exception {
        return BenchTimer.measure(warmups, runs, timed);
    }

    private static String kb(long chars) {
        return chars < 1 << 20 ? String.format(Locale.ROOT, "%.0f kB", chars / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", chars / 1048576.0);
    }

    private static void progress(String what) {
        System.err.println("[bench] " + what);
    }
}
