package com.continuity.reports;

import com.continuity.incidents.Incident;
import com.continuity.incidents.IncidentFormat;
import com.continuity.incidents.IncidentSource;
import com.continuity.incidents.model.Impact;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Path;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.portfolio.PortfolioReader;
import com.continuity.inventory.portfolio.PortfolioWriter;
import com.continuity.resilience.model.RandomTrees;
import com.continuity.reviews.ReviewDetails;
import com.continuity.reviews.ReviewService;
import com.continuity.security.CurrentUser;
import com.continuity.security.Role;
import com.continuity.sla.ContractFormat;
import com.continuity.sla.model.ContractTerms;
import com.continuity.support.Api;
import com.continuity.support.BenchApp;
import com.continuity.support.BenchTimer;
import com.continuity.support.BenchTimer.Stats;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The quarterly review's benchmark: figures, not pass/fail. It starts the app in this JVM on a throw-away embedded
 * PostgreSQL (target/bench-reviews), its clock at 2026-11-27T12:00Z, and imports the sample portfolio grown to
 * {@code services} services: the sample's four plus random typical trees ({@link RandomTrees}: 8 dependencies of
 * up to 4 paths of up to 4 domains, drills of every kind) whose domains {@code d0} and {@code d2} are the sample's
 * Bedrock region and Claude API, so the sample's incidents hit them; {@code incidents} more incidents in the quarter
 * on the random domains; and one contract per random provider besides the sample's two. Then it times, warm, for
 * the whole organisation's review of 2026-Q4:
 * <ul>
 * <li>(a) opening it: {@code ReviewService.open}, which compiles the snapshot (inventory, resilience ranking,
 *   incidents with their impact, SLA periods, claims, drills) and stores it; each run first deletes the review
 *   the run before opened (one indexed delete, its rows cascading);</li>
 * <li>(b) rendering its PDF: {@code GET /api/v1/reviews/{id}.pdf}, and the same in the JVM
 *   ({@code Reports.review}).</li>
 * </ul>
 * The goal (issue 6): (a) and (b) together under 5 s for 1,000 services.
 * <p>Arguments (key=value, all optional): {@code services=1000}, {@code incidents=20}, {@code runs=5},
 * {@code warmups=2}, {@code seed=1}.
 */
public final class ReviewsBench {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant QUARTER_START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant BEFORE_NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static final Map<String, String> SAMPLE_DOMAINS = Map.of("d0", "bedrock-eu-west-1", "d2", "claude-api");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchApp.options(args);
        int services = Integer.parseInt(options.getOrDefault("services", "1000"));
        int incidents = Integer.parseInt(options.getOrDefault("incidents", "20"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        int warmups = Integer.parseInt(options.getOrDefault("warmups", "2"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        Portfolio portfolio = portfolio(services, incidents, seed);
        byte[] yaml = new PortfolioWriter(List.of(new ContractFormat(), new IncidentFormat())).toYaml(portfolio)
                .getBytes(StandardCharsets.UTF_8);
        ConfigurableApplicationContext app = BenchApp.start("target/bench-reviews/postgres",
                "--continuity.clock.start=2026-11-27T12:00:00Z", "--continuity.max-document-bytes=200000000");
        BenchApp.runThenExit(app, started -> {
            Api api = Api.admin(BenchApp.port(started));
            api.get("/api/v1/teams"); // the first authenticated request pays for BCrypt
            HttpResponse<String> imported = api.post("/api/v1/portfolio", "application/yaml", yaml);
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("import refused: " + imported.statusCode() + " "
                        + imported.body().substring(0, Math.min(2000, imported.body().length())));
            }
            get(api, "/api/v1/claims"); // creates the claims of the months with a credit, as the pages do
            ReviewService reviews = started.getBean(ReviewService.class);
            Reports reports = started.getBean(Reports.class);
            CurrentUser user = started.getBean(CurrentUser.class);
            JdbcClient jdbc = started.getBean(JdbcClient.class);

            ReviewDetails[] opened = new ReviewDetails[1];
            progress("(a) opening the review of 2026-Q4 for the whole organisation");
            // each run opens the review afresh: the one before is deleted first (its rows cascade), inside the run
            // but cheap beside the compile
            Stats open = BenchTimer.measure(warmups, runs, () -> {
                if (opened[0] != null) {
                    jdbc.sql("delete from review where id = ?").param(opened[0].review().id()).update();
                }
                opened[0] = user.runAsSystem(Role.MANAGER, () -> reviews.open("2026-Q4", null));
            });
            long id = opened[0].review().id();
            var snapshot = opened[0].review().snapshot();
            long jsonBytes = jdbc.sql("select octet_length(snapshot::text) from review where id = ?").param(id)
                    .query(Long.class).single();

            progress("(b) rendering its PDF");
            byte[][] pdf = new byte[1][];
            String path = "/api/v1/reviews/" + id + ".pdf";
            Stats rest = BenchTimer.measure(warmups, runs, () -> pdf[0] = bytes(api, path));
            Stats jvm = BenchTimer.measure(warmups, runs, () -> user.runAsSystem(Role.MANAGER,
                    () -> reports.review(id, Paper.A4)));
            Stats letter = BenchTimer.measure(1, runs, () -> bytes(api, path + "?paper=letter"));
            var printed = new PrintedPdf(pdf[0]);

            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "%n# Reviews benchmark: %d services (%d drill gaps), %d incidents (%d"
                            + " services hit in all) and %d contracts in the snapshot; %d cores, max heap %d MB, load %s%n%n",
                    snapshot.services().size(), snapshot.drillGaps().size(), snapshot.incidents().size(),
                    snapshot.incidents().stream().mapToInt(i -> i.services().size()).sum(), snapshot.contracts().size(),
                    rt.availableProcessors(), rt.maxMemory() >> 20, BenchApp.load());
            System.out.println(row("(a) ReviewService.open(2026-Q4, organisation): compile + store ("
                    + jsonBytes / 1024 + " kB JSON)", open));
            System.out.println(row("(b) GET " + "/api/v1/reviews/{id}.pdf (" + printed.pages.size() + " pages, "
                    + pdf[0].length / 1024 + " kB)", rest));
            System.out.println(row("    the same in the JVM: Reports.review (read, write blocks, fill, export)", jvm));
            System.out.println(row("    GET .../{id}.pdf?paper=letter", letter));
            System.out.printf(Locale.ROOT, "%n(a) + (b), medians: %s (goal: under 5 s)%n",
                    BenchTimer.time(open.median() + rest.median()));
            System.out.printf(Locale.ROOT, "heap used after the runs: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        });
    }

    /**
     * The sample portfolio with {@code services - 4} random typical services beside its own four, {@code incidents}
     * incidents in the quarter on the random domains, and one contract per random provider.
     */
    static Portfolio portfolio(int services, int incidents, long seed) throws java.io.IOException {
        var formats = List.of(new ContractFormat(), new IncidentFormat());
        byte[] sampleBytes;
        try (var in = ReviewsBench.class.getResourceAsStream("/sample/portfolio.yaml")) {
            sampleBytes = in.readAllBytes();
        }
        Portfolio sample = new PortfolioReader(formats).read(sampleBytes);
        Portfolio random = new RandomTrees(seed, RandomTrees.TYPICAL).portfolio(Math.max(0, services
                - sample.services().size()), TODAY);
        List<FailureDomain> domains = random.failureDomains().stream()
                .filter(d -> !SAMPLE_DOMAINS.containsKey(d.key())).toList();
        List<BusinessService> generated = random.services().stream().map(s -> new BusinessService(s.key(), s.name(),
                s.team(), s.tier(), s.rtoMinutes(), s.rpoMinutes(), s.mtpdMinutes(), s.downtimeCostPerHour(),
                s.currency(), s.owner(), s.dependencies().stream().map(d -> new Dependency(d.key(), d.name(),
                d.paths().stream().map(p -> new Path(p.key(), p.role(), p.activation(), p.switchoverMinutes(),
                        p.capacityPercent(), p.requires().stream().map(k -> SAMPLE_DOMAINS.getOrDefault(k, k))
                        .distinct().toList(), p.drills())).toList())).toList(), 0)).toList();

        Map<String, List<?>> sections = new LinkedHashMap<>(sample.sections());
        @SuppressWarnings("unchecked")
        List<ContractTerms> sampleContracts = (List<ContractTerms>) sample.sections().get(ContractFormat.SECTION);
        ContractTerms bedrock = sampleContracts.stream().filter(c -> c.key().equals("bedrock-eu")).findFirst()
                .orElseThrow();
        List<ContractTerms> contracts = new ArrayList<>(sampleContracts);
        random.providers().forEach(p -> {
            List<String> covers = domains.stream().filter(d -> p.key().equals(d.provider())).map(FailureDomain::key)
                    .toList();
            if (!covers.isEmpty()) {
                contracts.add(new ContractTerms("terms-" + p.key(), p.name() + " terms", p.key(), bedrock.monthlyFee(),
                        bedrock.currency(), bedrock.timeZone(), null, null, covers, bedrock.slos(),
                        bedrock.measurement(), bedrock.credit(), bedrock.claim()));
            }
        });
        sections.put(ContractFormat.SECTION, contracts);
        @SuppressWarnings("unchecked")
        List<Incident> all = new ArrayList<>((List<Incident>) sample.sections().get(IncidentFormat.SECTION));
        all.addAll(incidents(new Random(seed), incidents, domains));
        sections.put(IncidentFormat.SECTION, all);

        return new Portfolio(Stream.concat(sample.teams().stream(), random.teams().stream()).toList(),
                Stream.concat(sample.providers().stream(), random.providers().stream()).toList(),
                Stream.concat(sample.failureDomains().stream(), domains.stream()).toList(),
                Stream.concat(sample.services().stream(), generated.stream()).toList(), sections);
    }

    /** Incidents of 10 min to 4 h in the quarter so far, each on one or two random domains of one provider. */
    private static List<Incident> incidents(Random random, int count, List<FailureDomain> domains) {
        List<Incident> out = new ArrayList<>();
        long span = BEFORE_NOW.getEpochSecond() - QUARTER_START.getEpochSecond();
        for (int i = 0; i < count; i++) {
            FailureDomain first = domains.get(random.nextInt(domains.size()));
            List<String> affects = new ArrayList<>(List.of(first.key()));
            domains.stream().filter(d -> first.provider().equals(d.provider()) && !d.key().equals(first.key()))
                    .skip(random.nextInt(4)).findFirst().filter(d -> random.nextBoolean())
                    .ifPresent(d -> affects.add(d.key()));
            Instant start = QUARTER_START.plusSeconds((long) (random.nextDouble() * span));
            Instant end = start.plusSeconds(60L * (10 + random.nextInt(230)));
            out.add(new Incident("bench-" + i, first.provider(), "Bench incident " + i,
                    random.nextInt(3) == 0 ? Impact.CRITICAL : Impact.MAJOR, IncidentSource.MANUAL, null, null, start,
                    end, affects, List.of(), List.of(), null, 0));
        }
        return out;
    }

    private static void get(Api api, String path) {
        HttpResponse<String> r = api.get(path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
    }

    private static byte[] bytes(Api api, String path) {
        HttpResponse<byte[]> r = api.getBytes(path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body();
    }

    private static void progress(String what) {
        System.err.println("... " + what);
    }

    private static String row(String what, Stats stats) {
        return String.format(Locale.ROOT, "%-86s %s", what, stats.describe());
    }
}
