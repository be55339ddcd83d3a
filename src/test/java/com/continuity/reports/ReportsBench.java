package com.continuity.reports;

import com.continuity.incidents.IncidentFormat;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.portfolio.PortfolioReader;
import com.continuity.inventory.portfolio.PortfolioWriter;
import com.continuity.security.CurrentUser;
import com.continuity.security.Role;
import com.continuity.security.Team;
import com.continuity.sla.ContractFormat;
import com.continuity.support.Api;
import com.continuity.support.BenchApp;
import com.continuity.support.BenchTimer;
import com.continuity.support.BenchTimer.Stats;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reports' benchmark: figures, not pass/fail. It starts the app in this JVM on a throw-away embedded PostgreSQL
 * (target/bench-reports), its clock at 2026-11-27T12:00Z, imports the sample portfolio plus a team "bench" holding
 * {@code services} copies of the sample support chatbot (every setting filled, a tree of 6 domains, 3 paths), and
 * times, warm: the chatbot's runbook and checklist over REST and in the JVM, the seed's claim letter, a year's
 * compliance report, and the team's book of every runbook and checklist in one PDF.
 * <p>Arguments (key=value, all optional): {@code services=100}, {@code runs=21}, {@code warmups=5},
 * {@code bookRuns=3}.
 */
public final class ReportsBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchApp.options(args);
        int services = Integer.parseInt(options.getOrDefault("services", "100"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "21"));
        int warmups = Integer.parseInt(options.getOrDefault("warmups", "5"));
        int bookRuns = Integer.parseInt(options.getOrDefault("bookRuns", "3"));
        ConfigurableApplicationContext app = BenchApp.start("target/bench-reports/postgres",
                "--continuity.clock.start=2026-11-27T12:00:00Z");
        BenchApp.runThenExit(app, started -> {
            Api api = Api.admin(BenchApp.port(started));
            HttpResponse<String> imported = api.post("/api/v1/portfolio", "application/yaml", portfolio(services));
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("import refused: " + imported.body());
            }
            Reports reports = started.getBean(Reports.class);
            CurrentUser user = started.getBean(CurrentUser.class);
            List<String> lines = new ArrayList<>();
            api.get("/api/v1/teams");
            lines.add(row("REST floor: authenticated GET /api/v1/teams",
                    BenchTimer.measure(warmups, runs, () -> api.get("/api/v1/teams"))));
            lines.add(row("GET /api/v1/services/help-chat/runbook.pdf (3 pages)",
                    BenchTimer.measure(warmups, runs, () -> pdf(api, "/api/v1/services/help-chat/runbook.pdf"))));
            lines.add(row("  the same in the JVM: Reports.runbook (read, analyse, fill, export)",
                    BenchTimer.measure(warmups, runs, () -> user.runAsSystem(Role.MANAGER,
                            () -> reports.runbook("help-chat", Paper.A4)))));
            lines.add(row("GET /api/v1/services/help-chat/checklist.pdf (1 page)",
                    BenchTimer.measure(warmups, runs, () -> pdf(api, "/api/v1/services/help-chat/checklist.pdf"))));
            lines.add(row("GET .../anthropic-enterprise/periods/2026-02/claim-letter.pdf",
                    BenchTimer.measure(warmups, runs, () -> pdf(api,
                            "/api/v1/contracts/anthropic-enterprise/periods/2026-02/claim-letter.pdf"))));
            lines.add(row("GET .../bedrock-eu/compliance.pdf?from=2025-12&to=2026-11 (12 months)",
                    BenchTimer.measure(warmups, runs, () -> pdf(api,
                            "/api/v1/contracts/bedrock-eu/compliance.pdf?from=2025-12&to=2026-11"))));
            byte[][] book = new byte[1][];
            Stats books = BenchTimer.measure(1, bookRuns, () -> book[0] = pdf(api, "/api/v1/teams/bench/runbooks.pdf"));
            var printed = new PrintedPdf(book[0]);
            lines.add(row("GET /api/v1/teams/bench/runbooks.pdf (" + services + " runbooks + " + services
                    + " checklists, " + printed.pages.size() + " pages, " + book[0].length / 1024 + " kB)", books));
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "%n# Reports benchmark: %d services in team bench; %d cores, max heap %d MB, load %s%n%n",
                    services, rt.availableProcessors(), rt.maxMemory() >> 20, BenchApp.load());
            lines.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "%nheap used after the runs: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        });
    }

    /** The sample portfolio with a team "bench" of {@code n} copies of the support chatbot. */
    static byte[] portfolio(int n) throws java.io.IOException {
        var formats = List.of(new ContractFormat(), new IncidentFormat());
        byte[] sample;
        try (var in = ReportsBench.class.getResourceAsStream("/sample/portfolio.yaml")) {
            sample = in.readAllBytes();
        }
        Portfolio p = new PortfolioReader(formats).read(sample);
        BusinessService chat = p.services().stream().filter(s -> s.key().equals("help-chat")).findFirst().orElseThrow();
        List<BusinessService> copies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            copies.add(new BusinessService(String.format(Locale.ROOT, "chat-%03d", i), chat.name() + " " + i, "bench",
                    chat.tier(), chat.rtoMinutes(), chat.rpoMinutes(), chat.mtpdMinutes(), chat.downtimeCostPerHour(),
                    chat.currency(), chat.owner(), chat.contacts(), chat.dependencies(), 0));
        }
        Portfolio bench = new Portfolio(Stream.concat(p.teams().stream(), Stream.of(new Team("bench", "Bench"))).toList(),
                p.providers(), p.failureDomains(), Stream.concat(p.services().stream(), copies.stream()).toList(),
                p.sections());
        return new PortfolioWriter(formats).toYaml(bench).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(Api api, String path) {
        HttpResponse<byte[]> r = api.getBytes(path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body();
    }

    private static String row(String what, Stats stats) {
        return String.format(Locale.ROOT, "%-80s %s", what, stats.describe());
    }

}
