package com.continuity.inventory.portfolio;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Contact;
import com.continuity.inventory.ContactRole;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Detection;
import com.continuity.inventory.DomainKind;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Jitter;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.PlannedDrill;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.Protection;
import com.continuity.inventory.Provider;
import com.continuity.security.Team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/** Valid portfolios drawn at random, with text chosen to trip up YAML and JSON writers. */
final class RandomPortfolios {

    private static final List<String> TEXT = List.of("Customer Support", "yes", "no", "on", "null", "~", "123", "0.5",
            "1e3", "2026-10-02", "12:30", "a: b", "- dash", "# hash", "quote ' and \"", "back\\slash", "multi\nline",
            "tab\there", "cr\rhere", "ünïcödé ☃ 😀", "[bracket]", "{brace}", "  leading space", "trailing space  ",
            "@at", "`tick", "*star", "&amp", "!bang", "%pct", "|pipe", ">fold", "nel\u0085here", "ls\u2028here",
            "control\u0001char", "del\u007fchar", "https://status.example.com/a?b=c#d", "x".repeat(200));
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "GBP", "CHF");

    private final Random random;

    RandomPortfolios(long seed) {
        this.random = new Random(seed);
    }

    Portfolio next() {
        List<Team> teams = some(0, 3, i -> new Team("team-" + i, text()));
        List<Provider> providers = some(0, 4, i -> new Provider("provider-" + i, text(),
                maybe("https://status.example.com/" + i),
                i > 0 && random.nextBoolean() ? "provider-" + random.nextInt(i) : null)); // earlier only: no cycles
        List<FailureDomain> domains = some(1, 6, i -> new FailureDomain("domain-" + i, text(), pick(DomainKind.values()),
                providers.isEmpty() || random.nextBoolean() ? null : "provider-" + random.nextInt(providers.size()),
                random.nextBoolean() ? 1 - random.nextDouble() : null,
                some(0, 2, j -> text())));
        List<BusinessService> services = teams.isEmpty() ? List.of()
                : some(0, 3, i -> service(i, teams.size(), domains.size()));
        return new Portfolio(teams, providers, domains, services);
    }

    private BusinessService service(int i, int teams, int domains) {
        BigDecimal cost = random.nextBoolean() ? BigDecimal.valueOf(random.nextLong(0, 10_000_000), random.nextInt(0, 4)) : null;
        return new BusinessService("service-" + i, text(), "team-" + random.nextInt(teams), random.nextInt(1, 5),
                maybe(random.nextInt(0, 10_000)), maybe(random.nextInt(0, 10_000)), maybe(random.nextInt(0, 100_000)),
                cost, cost != null || random.nextBoolean() ? pick(CURRENCIES) : null, maybe(text()),
                some(0, 3, j -> new Contact(pick(ContactRole.values()), text(), text())),
                some(0, 3, j -> new Dependency("dependency-" + j, text(), some(1, 3, k -> path(k, domains)),
                        random.nextBoolean() ? Detection.NONE : detection(),
                        random.nextBoolean() ? Protection.NONE : protection())), 0);
    }

    /** Any field may be missing; a percent keeps the scale it was given (0.10 is not 0.1). */
    private Detection detection() {
        return new Detection(maybe(BigDecimal.valueOf(random.nextLong(1, 1_000_001), random.nextInt(0, 5))
                        .min(BigDecimal.valueOf(100))),
                maybe(random.nextInt(1, 120_000)), maybe(random.nextInt(1, 60)));
    }

    private Protection protection() {
        int base = random.nextInt(1, 1_000);
        return new Protection(maybe(random.nextInt(1, 120_000)), maybe(random.nextInt(0, 10)), maybe(base),
                maybe(base + random.nextInt(0, 60_000)), maybe(pick(Jitter.values())), maybe(random.nextInt(0, 101)),
                maybe(random.nextInt(1, 101)), maybe(random.nextInt(1, 1_000)), maybe(random.nextInt(1, 600)));
    }

    private Path path(int k, int domains) {
        List<String> requires = new ArrayList<>();
        for (int d = random.nextInt(domains); requires.size() < random.nextInt(1, domains + 1); d = (d + 1) % domains) {
            requires.add("domain-" + d);
        }
        return new Path("path-" + k, k == 0 ? PathRole.PRIMARY : PathRole.FALLBACK, maybe(pick(Activation.values())),
                maybe(random.nextInt(0, 600)), maybe(random.nextInt(0, 101)), requires,
                some(0, 2, n -> new Drill(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000)),
                        pick(DrillResult.values()), maybe(random.nextInt(0, 600)), maybe(random.nextBoolean() ? "" : text()))),
                k == 0 ? List.of() : some(0, 2, n -> new PlannedDrill(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000)),
                        text(), maybe(random.nextBoolean() ? "" : text()))));
    }

    private <T> List<T> some(int min, int max, IntFunction<T> make) {
        List<T> list = new ArrayList<>();
        for (int i = 0, n = random.nextInt(min, max + 1); i < n; i++) {
            list.add(make.apply(i));
        }
        return list;
    }

    private String text() {
        return TEXT.get(random.nextInt(TEXT.size()));
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private <T> T maybe(T value) {
        return random.nextBoolean() ? value : null;
    }
}
