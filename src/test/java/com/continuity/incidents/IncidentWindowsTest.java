package com.continuity.incidents;

import com.continuity.incidents.model.Impact;
import com.continuity.inventory.DomainKind;
import com.continuity.inventory.FailureDomain;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentWindowsTest {

    static final Instant START = Instant.parse("2024-09-16T21:30:00Z");
    static final Instant END = Instant.parse("2024-09-16T22:30:00Z");

    static FailureDomain domain(String key, String provider, String... components) {
        return new FailureDomain(key, key, DomainKind.PROVIDER_API, provider, null, List.of(components), 1);
    }

    static Incident incident(String provider, List<String> affects, List<ComponentOutage> components) {
        return new Incident("i-1", provider, "Trouble", Impact.MAJOR, IncidentSource.STATUS_PAGE, "x", null, START, END,
                affects, components, List.of(), null, 0);
    }

    @Test
    void aDomainListingAComponentOfTheSamePageIsImpairedForThatComponentsIntervalAtItsImpact() {
        ComponentOutage actions = new ComponentOutage("Actions", Impact.CRITICAL, START.plusSeconds(60), null);
        Incident incident = incident("github", List.of(), List.of(actions));

        assertThat(IncidentWindows.of(incident, domain("gh-actions", "github", "Actions")))
                .containsExactly(new DomainWindow("gh-actions", "i-1", Impact.CRITICAL, START.plusSeconds(60), END));
    }

    @Test
    void theSameComponentNameOnAnotherProvidersPageImpairsNothing() {
        Incident incident = incident("github", List.of(),
                List.of(new ComponentOutage("API", Impact.CRITICAL, START, END)));

        assertThat(IncidentWindows.of(incident, domain("openai-api", "openai", "API"))).isEmpty();
    }

    @Test
    void aDomainNamedDirectlyIsImpairedForTheWholeIncidentAtItsImpactUnlessItsComponentsSayMore() {
        Incident direct = incident("anthropic", List.of("claude-api"), List.of());
        assertThat(IncidentWindows.of(direct, domain("claude-api", "anthropic")))
                .containsExactly(new DomainWindow("claude-api", "i-1", Impact.MAJOR, START, END));

        Incident both = incident("anthropic", List.of("claude-api"),
                List.of(new ComponentOutage("Claude API", Impact.MINOR, START, START.plusSeconds(600))));
        assertThat(IncidentWindows.of(both, domain("claude-api", "anthropic", "Claude API")))
                .containsExactly(new DomainWindow("claude-api", "i-1", Impact.MINOR, START, START.plusSeconds(600)));
    }

    @Test
    void anOpenIncidentGivesOpenWindows() {
        Incident open = new Incident("i-2", "anthropic", "Ongoing", Impact.CRITICAL, IncidentSource.MANUAL, null, null,
                START, null, List.of("claude-api"), List.of(), List.of(), null, 0);

        DomainWindow window = IncidentWindows.of(open, domain("claude-api", "anthropic")).getFirst();
        assertThat(window.end()).isNull();
        assertThat(window.endOr(END)).isEqualTo(END);
    }

    @Test
    void theIndexFindsTheSameWindowsAsTryingEveryDomain() {
        List<FailureDomain> domains = List.of(domain("gh-actions", "github", "Actions"),
                domain("gh-pages", "github", "Pages"), domain("claude-api", "anthropic", "Claude API"),
                domain("openai-api", "openai", "Actions"));
        Incident incident = incident("github", List.of("claude-api"), List.of(
                new ComponentOutage("Actions", Impact.MAJOR, START, END),
                new ComponentOutage("Pages", Impact.MINOR, START, null)));

        assertThat(new IncidentWindows.Index(domains).windows(incident))
                .containsExactlyInAnyOrderElementsOf(IncidentWindows.of(incident, domains))
                .extracting(DomainWindow::domain).containsExactlyInAnyOrder("gh-actions", "gh-pages", "claude-api");
    }
}
