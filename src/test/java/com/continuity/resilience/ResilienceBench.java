package com.continuity.resilience;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.portfolio.PortfolioWriter;
import com.continuity.resilience.model.MefWriter;
import com.continuity.resilience.model.PortfolioRisk;
import com.continuity.resilience.model.RandomTrees;
import com.continuity.resilience.model.RiskModel;
import com.continuity.resilience.model.ServiceRisk;
import com.continuity.support.Api;
import com.continuity.support.BenchApp;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The resilience issue's benchmark: figures, not pass/fail. Starts the app in this JVM (run it with -Xmx512m, as
 * bench/resilience-bench.sh does: the app and the benchmark's own data share that heap) on a throw-away embedded
 * PostgreSQL, then prints, side by side in one run:
 * <ul>
 * <li>(a, b) for a typical tree and stress trees (the shapes, {@link RandomTrees}), the tree the app
 *   exports over REST run through SCRAM's modes (--zbdd; --bdd --probability true -l 1; --bdd --probability
 *   true, with a time limit), against the app's whole answer (cut sets and exact unavailability, on paper and
 *   in practice) over REST with the JVM warm, and whether the results are identical;</li>
 * <li>(c) a 1,000-service portfolio of typical trees: GET /api/v1/risk, and in this JVM RiskModel.analyse over all
 *   services plus PortfolioRisk.of;</li>
 * <li>(d) re-analysis after one edit: PUT one service, then GET its risk and the portfolio's;</li>
 * <li>(e) heap, per phase.</li>
 * </ul>
 * The app caches each service's analysis until the service changes, so a repeated GET measures the cache. To
 * measure the analysis itself, each timed GET follows a PUT of the service (unchanged but for its version, which
 * the cache compares), or for the portfolio an import of another portfolio; the cached figure is printed too.
 *
 * <p>Arguments (all optional, key=value): {@code typical=1} seeds of typical trees, {@code stress=2,11,4} seeds of
 * stress trees, {@code services=1000}, {@code runs=9}, {@code scramTimeout=30} (seconds, for each SCRAM run).
 */
public final class ResilienceBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double TOLERANCE = 2e-5;

    private final Map<String, String> options;
    private final int runs;
    private final Duration scramTimeout;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Scram scram;
    private int port;
    private Api api;

    private ResilienceBench(Map<String, String> options) {
        this.options = options;
        this.runs = Integer.parseInt(options.getOrDefault("runs", "9"));
        this.scramTimeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("scramTimeout", "30")));
        this.scram = Scram.locate().orElse(null);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchApp.options(args);
        HeapWatch heap = HeapWatch.start();
        ConfigurableApplicationContext app = BenchApp.start("target/bench-resilience/postgres");
        BenchApp.runThenExit(app, started -> {
            int port = BenchApp.port(started);
            ResilienceBench bench = new ResilienceBench(options);
            bench.port = port;
            bench.api = Api.admin(port);
            bench.run(heap);
        });
    }

    private void run(HeapWatch heap) throws Exception {
        int services = Integer.parseInt(options.getOrDefault("services", "1000"));
        long[] typicalSeeds = seeds("typical", "1");
        long[] stressSeeds = seeds("stress", "2,11,4");
        StringBuilder out = new StringBuilder();
        out.append(header(typicalSeeds, stressSeeds, services));

        // (c) and (d) first: a thousand services' worth of analyses is also the JVM's warm-up for (a) and (b)
        progress("(c) importing and analysing " + services + "-service portfolios");
        heap.phase("(c) " + services + "-service portfolios: imports, GET /api/v1/risk, model in JVM");
        Portfolio a = new RandomTrees(1, RandomTrees.TYPICAL).portfolio(services, today);
        Portfolio b = new RandomTrees(2, RandomTrees.TYPICAL).portfolio(services, today);
        String portfolioSection = portfolio(a, b);
        progress("(d) one edit, then re-analysis");
        heap.phase("(d) one edit, with the " + services + "-service portfolio in place");
        String editSection = edit(a);

        progress("REST floor");
        heap.phase("REST floor");
        String floor = restFloor();

        Table trees = new Table();
        for (long seed : typicalSeeds) {
            progress("(a) typical tree, seed " + seed);
            heap.phase("(a) typical tree, seed " + seed);
            tree(trees, "typical, seed " + seed, new RandomTrees(seed, RandomTrees.TYPICAL));
        }
        for (long seed : stressSeeds) {
            progress("(b) stress tree, seed " + seed);
            heap.phase("(b) stress tree, seed " + seed);
            tree(trees, "stress, seed " + seed, new RandomTrees(seed, RandomTrees.STRESS));
        }
        out.append("\n(a, b) one tree each: SCRAM on the tree the app exports (GET .../fault-tree) against the app\n");
        out.append(trees.render());
        out.append(floor);
        out.append(portfolioSection).append(editSection);
        out.append(heap.report());
        System.out.print(out);
    }

    private long[] seeds(String key, String defaults) {
        String v = options.getOrDefault(key, defaults).strip();
        return v.isEmpty() ? new long[0] : Arrays.stream(v.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private String header(long[] typical, long[] stress, int services) {
        Runtime rt = Runtime.getRuntime();
        String load = BenchApp.load();
        return String.format(Locale.ROOT, """
                Resilience benchmark, %s
                JVM %s, max heap %d MB, %d CPUs, load average %s
                SCRAM: %s; each SCRAM run limited to %d s; product-order limit = number of basic events unless -l
                typical trees %s from 40 domains, seeds %s; stress trees %s from 80 domains, seeds %s
                app timings: median of up to %d runs after warm-up (fewer when one run takes over 2 s)
                """, java.time.Instant.now(), Runtime.version(), rt.maxMemory() >> 20, rt.availableProcessors(),
                load, scram == null ? "NOT INSTALLED (SCRAM columns empty)" : scram.executable() + " " + scramVersion(),
                scramTimeout.toSeconds(), shape(RandomTrees.TYPICAL), Arrays.toString(typical),
                shape(RandomTrees.STRESS), Arrays.toString(stress), runs);
    }

    private String scramVersion() {
        try {
            Process p = new ProcessBuilder(scram.executable().toString(), "--version").redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()
                    .orElse("");
            p.waitFor();
            return "(" + first.strip() + ")";
        } catch (Exception e) {
            return "";
        }
    }

    private static String shape(RandomTrees.Shape s) {
        return s.dependencies() + " dependencies x up to " + s.maxPaths() + " paths x up to " + s.maxRequired()
                + " domains";
    }

    // ---------------------------------------------------------------------------------------------------------
    // (a, b) trees

    private void tree(Table table, String column, RandomTrees generator) throws Exception {
        Portfolio portfolio = generator.portfolio(1, today);
        importPortfolio(portfolio);
        BusinessService service = portfolio.services().getFirst();
        String key = service.key();
        Map<String, String> keyOfId = new HashMap<>();
        Map<String, Double> q = new HashMap<>();
        for (FailureDomain d : portfolio.failureDomains()) {
            keyOfId.put(MefWriter.id(d.key()), d.key());
            q.put(d.key(), 1 - d.availability());
        }
        JsonNode risk = JSON.readTree(get("/api/v1/services/" + key + "/risk").body());
        String top = MefWriter.topGate(key);
        double scramFastest = 0;
        double scramFastestPaper = 0;
        List<String> differences = new ArrayList<>();
        for (String basis : List.of("on-paper", "in-practice")) {
            JsonNode analysis = basis.equals("on-paper") ? risk : risk.get("inPractice");
            Set<Set<String>> cutSets = Scram.cutSets(analysis.get("minimalCutSets"));
            double u = analysis.get("unavailability").asDouble();
            String xml = get("/api/v1/services/" + key + "/fault-tree?basis=" + basis).body();
            String label = basis.equals("on-paper") ? "on paper" : "in practice";
            table.put("basic events (domains), " + label, column, Long.toString(
                    xml.lines().filter(l -> l.contains("<define-basic-event")).count()));
            table.put("minimal cut sets / max order, " + label, column,
                    cutSets.size() + " / " + cutSets.stream().mapToInt(Set::size).max().orElse(0));
            table.put("unavailability (app), " + label, column, String.format(Locale.ROOT, "%.6g", u));
            if (scram == null) {
                continue;
            }
            Run zbdd = scramRun(xml, top, Scram.ZBDD, 3);
            Run bddL1 = scramRun(xml, top, List.of("--bdd", "--probability", "true", "-l", "1"), 3);
            Run bdd = scramRun(xml, top, Scram.BDD_WITH_PROBABILITY, 1);
            table.put("SCRAM --zbdd (cut sets; rare-event p only), " + label, column, zbdd.describe());
            table.put("SCRAM --bdd --probability true -l 1 (exact p), " + label, column, bddL1.describe());
            table.put("SCRAM --bdd --probability true (both), " + label, column, bdd.describe());
            if (zbdd.ok() && bddL1.ok()) {
                double fastest = zbdd.seconds + bddL1.seconds;
                scramFastest += fastest;
                if (basis.equals("on-paper")) {
                    scramFastestPaper = fastest;
                }
            } else {
                scramFastest = Double.NaN;
            }
            if (zbdd.ok() && !Scram.renamed(zbdd.report.products(), keyOfId).equals(cutSets)) {
                differences.add(label + ": cut sets differ from --zbdd's");
            }
            if (bdd.ok() && !Scram.renamed(bdd.report.products(), keyOfId).equals(cutSets)) {
                differences.add(label + ": cut sets differ from --bdd's");
            }
            if (bddL1.ok() && !(Math.abs(u - bddL1.report.probability()) <= TOLERANCE * bddL1.report.probability())) {
                differences.add(label + ": unavailability " + u + " vs SCRAM's " + bddL1.report.probability());
            }
            if (!zbdd.ok() || !bddL1.ok()) {
                differences.add(label + ": SCRAM gave no answer to compare");
            }
        }
        if (scram != null) {
            table.put("SCRAM fastest route (zbdd + bdd -l 1), on paper", column, seconds(scramFastestPaper));
            table.put("SCRAM fastest route, on paper + in practice", column, seconds(scramFastest));
        }

        // the app: the whole answer (both analyses), computed, over REST; then cached; then the model alone
        String path = "/api/v1/services/" + key;
        Stats computed = measure(() -> {
            touch(path);
            return nanos(() -> get(path + "/risk"));
        });
        Stats cached = measure(() -> nanos(() -> get(path + "/risk")));
        ToDoubleFunction<String> unavailability = q::get;
        Stats model = measure(() -> nanos(() -> RiskModel.analyse(service, unavailability, today)));
        table.put("app: GET .../risk, analysis computed (REST, end to end)", column, computed.describe());
        table.put("app: GET .../risk, analysis cached", column, cached.describe());
        table.put("app: RiskModel.analyse in this JVM (paper + practice)", column, model.describe());
        if (scram != null) {
            table.put("app computed over REST / SCRAM fastest route (paper + practice)", column,
                    String.format(Locale.ROOT, "%.3f", computed.median() / scramFastest));
            table.put("identical to SCRAM (cut sets as sets; p within 2e-5)", column,
                    differences.isEmpty() ? "yes" : "NO: " + String.join("; ", differences));
        }
    }

    private record Run(Scram.Report report, String failure, double seconds, int runs) {
        boolean ok() {
            return report != null;
        }

        String describe() {
            if (report == null) {
                return failure;
            }
            String s = time(seconds);
            if (report.peakRssKb() > 0) {
                s += String.format(Locale.ROOT, ", %d MB", report.peakRssKb() >> 10);
            }
            if (!Double.isNaN(report.probability())) {
                s += String.format(Locale.ROOT, ", p=%.6g", report.probability());
            }
            return s + (runs > 1 ? " (median of " + runs + ")" : "");
        }
    }

    /** Runs SCRAM up to {@code times} times (once only when a run takes over 2 s): the median wall time. */
    private Run scramRun(String xml, String top, List<String> mode, int times) {
        List<Double> seconds = new ArrayList<>();
        Scram.Report last = null;
        for (int i = 0; i < times; i++) {
            try {
                last = scram.run(xml, top, mode, scramTimeout);
            } catch (Scram.Failure e) {
                return new Run(null, e.timedOut() ? "> " + scramTimeout.toSeconds() + " s (stopped)"
                        : "failed: " + e.getMessage(), Double.NaN, 0);
            }
            seconds.add(last.elapsed().toNanos() / 1e9);
            if (last.elapsed().toSeconds() >= 2) {
                break;
            }
        }
        return new Run(last, null, median(seconds), seconds.size());
    }

    // ---------------------------------------------------------------------------------------------------------
    // (c) portfolio, (d) edit

    private String portfolio(Portfolio a, Portfolio b) throws Exception {
        String yamlA = new PortfolioWriter().toYaml(a);
        String yamlB = new PortfolioWriter().toYaml(b);
        List<Double> imports = new ArrayList<>();
        List<Double> firstRisk = new ArrayList<>();
        // alternate two portfolios so that every service changes and each GET /risk analyses all of them again
        String[] order = {yamlA, yamlB, yamlA, yamlB, yamlA, yamlB, yamlA};
        for (String yaml : order) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = api.post("/api/v1/portfolio", "application/yaml", yaml);
            imports.add((System.nanoTime() - t0) / 1e9);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("import refused: " + r.body());
            }
            firstRisk.add(nanos(() -> get("/api/v1/risk")) / 1e9);
        }
        Stats cached = measure(() -> nanos(() -> get("/api/v1/risk")));
        int bytes = get("/api/v1/risk").body().length();

        Map<String, Double> q = new HashMap<>();
        a.failureDomains().forEach(d -> q.put(d.key(), 1 - d.availability()));
        Stats model = measure(() -> nanos(() -> {
            Map<String, ServiceRisk> risks = new HashMap<>();
            for (BusinessService s : a.services()) {
                risks.put(s.key(), RiskModel.analyse(s, q::get, today));
            }
            PortfolioRisk.of(a.services(), risks, a.failureDomains(), a.providers());
        }));
        Stats modelAnalyse = measure(() -> nanos(() -> {
            for (BusinessService s : a.services()) {
                RiskModel.analyse(s, q::get, today);
            }
        }));
        Map<String, Double> qa = q;
        Map<String, ServiceRisk> risks = new HashMap<>();
        for (BusinessService s : a.services()) {
            risks.put(s.key(), RiskModel.analyse(s, qa::get, today));
        }
        Stats modelPortfolio = measure(() -> nanos(() ->
                PortfolioRisk.of(a.services(), risks, a.failureDomains(), a.providers())));
        int cutSets = risks.values().stream().mapToInt(r -> r.onPaper().minimalCutSets().size()).sum();
        int maxCutSets = risks.values().stream().mapToInt(r -> r.onPaper().minimalCutSets().size()).max().orElse(0);

        List<Double> warmImports = imports.subList(1, imports.size());
        List<Double> warmRisk = firstRisk.subList(1, firstRisk.size());
        return String.format(Locale.ROOT, """

                (c) portfolio of %d typical services (seeds 1 and 2 alternately, %d cut sets on paper in seed 1, at most %d in one service; YAML %d KB)
                  import (POST /api/v1/portfolio), first / median of the next %d:       %s / %s
                  GET /api/v1/risk after an import (all analysed), first / median of the next %d: %s / %s
                  GET /api/v1/risk, analyses cached (%d KB of JSON):                    %s
                  in this JVM, RiskModel.analyse over all + PortfolioRisk.of:          %s
                    of which RiskModel.analyse over all services:                      %s
                    of which PortfolioRisk.of (blast radius, concentration):           %s
                """, a.services().size(), cutSets, maxCutSets, yamlA.length() >> 10, warmImports.size(),
                time(imports.getFirst()), time(median(warmImports)), warmRisk.size(), time(firstRisk.getFirst()),
                time(median(warmRisk)),
                bytes >> 10, cached.describe(), model.describe(), modelAnalyse.describe(),
                modelPortfolio.describe());
    }

    private String edit(Portfolio a) throws Exception {
        BusinessService service = a.services().getFirst();
        String path = "/api/v1/services/" + service.key();
        // the edit: the first dependency's primary path requires one more domain, then no longer; alternately
        Set<String> used = new HashSet<>();
        service.dependencies().getFirst().paths().getFirst().requires().forEach(used::add);
        String extra = a.failureDomains().stream().map(FailureDomain::key).filter(k -> !used.contains(k)).findFirst()
                .orElseThrow();
        Map<String, Double> q = new HashMap<>();
        a.failureDomains().forEach(d -> q.put(d.key(), 1 - d.availability()));
        List<Double> put = new ArrayList<>();
        List<Double> serviceRisk = new ArrayList<>();
        List<Double> portfolioRisk = new ArrayList<>();
        get("/api/v1/risk");
        int total = runs + 3;
        for (int i = 0; i < total; i++) {
            ObjectNode json = (ObjectNode) JSON.readTree(get(path).body());
            ArrayNode requires = (ArrayNode) json.get("dependencies").get(0).get("paths").get(0).get("requires");
            if (i % 2 == 0) {
                requires.add(extra);
            } else {
                requires.remove(requires.size() - 1);
            }
            String body = JSON.writeValueAsString(json);
            long t0 = System.nanoTime();
            HttpResponse<String> r = api.put(path, body);
            long t1 = System.nanoTime();
            if (r.statusCode() != 200) {
                throw new IllegalStateException("PUT refused: " + r.body());
            }
            get(path + "/risk");
            long t2 = System.nanoTime();
            get("/api/v1/risk");
            long t3 = System.nanoTime();
            if (i >= 3) {
                put.add((t1 - t0) / 1e9);
                serviceRisk.add((t2 - t1) / 1e9);
                portfolioRisk.add((t3 - t2) / 1e9);
            }
        }
        Stats model = measure(() -> nanos(() -> RiskModel.analyse(service, q::get, today)));
        return String.format(Locale.ROOT, """

                (d) one edit (a domain added to or removed from %s's primary path; median of %d after 3 warm-up edits)
                  PUT /api/v1/services/{key}:                                          %s
                  then GET its risk (the one service analysed again):                  %s
                  then GET /api/v1/risk (%d services, one analysed again):            %s
                  re-analysis in this JVM (RiskModel.analyse of that service):         %s
                """, service.key(), put.size(), time(median(put)), time(median(serviceRisk)), a.services().size(),
                time(median(portfolioRisk)), model.describe());
    }

    /**
     * What any REST call costs here, whatever it asks: HTTP and HTTP Basic. The API is stateless, so every request
     * checks the password; BCrypt (strength 10) runs on the first, later ones are checked against the remembered
     * success (decision 0007).
     */
    private String restFloor() throws Exception {
        Api anonymous = Api.anonymous(port);
        Stats health = measure(() -> nanos(() -> anonymous.get("/actuator/health")));
        Stats teams = measure(() -> nanos(() -> get("/api/v1/teams")));
        var encoder = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder();
        String hash = encoder.encode(Api.ADMIN_PASSWORD);
        Stats bcrypt = measure(() -> nanos(() -> encoder.matches(Api.ADMIN_PASSWORD, hash)));
        return String.format(Locale.ROOT, """

                REST floor, for the rows above: every request pays for HTTP and for HTTP Basic; BCrypt runs on a
                user's first request, later ones match the remembered success (docs/decisions/0007)
                  anonymous GET /actuator/health:                                      %s
                  authenticated GET /api/v1/teams (a few bytes):                       %s
                  one BCrypt check (strength 10) in this JVM, what a first request pays: %s
                """, health.describe(), teams.describe(), bcrypt.describe());
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private void importPortfolio(Portfolio portfolio) {
        HttpResponse<String> r = api.post("/api/v1/portfolio", "application/yaml", new PortfolioWriter().toYaml(portfolio));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("import refused: " + r.body());
        }
    }

    /** PUTs the service back unchanged: its version moves on, so its next analysis is computed, not cached. */
    private void touch(String path) {
        HttpResponse<String> r = api.put(path, get(path).body());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("PUT refused: " + r.body());
        }
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> r = api.get(path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static long nanos(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return System.nanoTime() - t0;
    }

    private interface Timed {
        long nanos() throws Exception;
    }

    private record Stats(List<Double> seconds) {
        double median() {
            return ResilienceBench.median(seconds);
        }

        String describe() {
            return time(median()) + " (median of " + seconds.size() + "; "
                    + time(seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN)) + " to "
                    + time(seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)) + ")";
        }
    }

    /**
     * The median of {@code runs} timings after 3 warm-up runs; when the first run takes over 2 s, no warm-up and
     * 3 runs in all, the first included.
     */
    private Stats measure(Timed timed) throws Exception {
        long first = timed.nanos();
        List<Double> seconds = new ArrayList<>();
        int n = runs;
        if (first > 2_000_000_000L) {
            seconds.add(first / 1e9);
            n = 2;
        } else {
            for (int i = 0; i < 2; i++) {
                timed.nanos();
            }
        }
        for (int i = 0; i < n; i++) {
            seconds.add(timed.nanos() / 1e9);
        }
        return new Stats(seconds);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String seconds(double s) {
        return time(s);
    }

    /** Seconds as "12.34 ms" below a second, else "1.234 s". */
    static String time(double s) {
        if (Double.isNaN(s)) {
            return "n/a";
        }
        return s < 1 ? String.format(Locale.ROOT, "%.2f ms", s * 1e3) : String.format(Locale.ROOT, "%.3f s", s);
    }

    private static void progress(String what) {
        System.err.println("[bench] " + what);
    }

    /** Rows by label, one column per tree, printed as "label | column: value" blocks side by side. */
    private static final class Table {
        private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        private final List<String> columns = new ArrayList<>();

        void put(String row, String column, String value) {
            if (!columns.contains(column)) {
                columns.add(column);
            }
            rows.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(column, value);
        }

        String render() {
            int labelWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
            Map<String, Integer> widths = new LinkedHashMap<>();
            for (String c : columns) {
                int w = c.length();
                for (Map<String, String> r : rows.values()) {
                    w = Math.max(w, r.getOrDefault(c, "").length());
                }
                widths.put(c, Math.min(w, 44));
            }
            StringBuilder sb = new StringBuilder();
            sb.append(pad("", labelWidth));
            columns.forEach(c -> sb.append(" | ").append(pad(c, widths.get(c))));
            sb.append('\n');
            for (var row : rows.entrySet()) {
                sb.append(pad(row.getKey(), labelWidth));
                for (String c : columns) {
                    sb.append(" | ").append(pad(row.getValue().getOrDefault(c, ""), widths.get(c)));
                }
                sb.append('\n');
            }
            return sb.toString();
        }

        private static String pad(String s, int width) {
            return s.length() >= width ? s : s + " ".repeat(width - s.length());
        }
    }

    /**
     * Heap watch for (e), per phase of the run: the most heap in use, sampled every 5 ms (garbage included); the
     * most left after a full collection, and how many there were (a full GC is G1's last resort before
     * OutOfMemoryError); and what stays live at the end of the phase, after a System.gc().
     */
    private static final class HeapWatch {
        private final Map<String, long[]> phases = new LinkedHashMap<>(); // sampled max, full GCs, max after full, live at end
        private final Set<String> heapPools = new HashSet<>();
        private volatile long[] current;

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            w.phase("start of the app (Spring, Vaadin, Flyway, embedded PostgreSQL)");
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    w.heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    boolean full = "end of major GC".equals(info.getGcAction())
                            && !"System.gc()".equals(info.getGcCause());
                    if (!full) {
                        return;
                    }
                    long after = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (w.heapPools.contains(e.getKey())) {
                            after += e.getValue().getUsed();
                        }
                    }
                    long[] phase = w.current;
                    synchronized (phase) {
                        phase[1]++;
                        phase[2] = Math.max(phase[2], after);
                    }
                }, null, null);
            }
            var memory = ManagementFactory.getMemoryMXBean();
            var sampler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("heap-watch").priority(Thread.MIN_PRIORITY).factory());
            sampler.scheduleAtFixedRate(() -> {
                long used = memory.getHeapMemoryUsage().getUsed();
                long[] phase = w.current;
                synchronized (phase) {
                    phase[0] = Math.max(phase[0], used);
                }
            }, 0, 5, TimeUnit.MILLISECONDS);
            return w;
        }

        /** Ends the current phase (a System.gc(), then what is live) and starts {@code name}. */
        void phase(String name) {
            long[] previous = current;
            if (previous != null) {
                System.gc();
                long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                synchronized (previous) {
                    previous[3] = live;
                }
            }
            long[] next = new long[4];
            phases.put(name, next);
            current = next;
        }

        String report() {
            phase("end");
            phases.remove("end");
            long max = Runtime.getRuntime().maxMemory();
            long peak = phases.values().stream().mapToLong(p -> p[0]).max().orElse(0);
            long fulls = phases.values().stream().mapToLong(p -> p[1]).sum();
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, """

                    (e) heap: the app and this benchmark's own data (portfolios, YAML, JSON answers) share one JVM, -Xmx %d MB
                      most heap in use over the run, sampled every 5 ms, garbage included: %d MB
                      full collections (G1's last resort before OutOfMemoryError): %d
                      finished without OutOfMemoryError: yes
                      per phase: most in use (sampled) / full GCs, most left after one / live at its end (after System.gc())
                    """, max >> 20, peak >> 20, fulls));
            for (var e : phases.entrySet()) {
                long[] p = e.getValue();
                sb.append(String.format(Locale.ROOT, "    %-66s %4d MB / %d, %s / %d MB%n", e.getKey(), p[0] >> 20,
                        p[1], p[1] == 0 ? "-" : (p[2] >> 20) + " MB", p[3] >> 20));
            }
            return sb.toString();
        }
    }
}
