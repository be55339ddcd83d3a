package com.continuity.incidents.statuspage;

import com.continuity.SharedFixtures;
import com.continuity.incidents.model.Impact;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.continuity.incidents.model.Impact.CRITICAL;
import static com.continuity.incidents.model.Impact.MAJOR;
import static com.continuity.incidents.model.Impact.MINOR;
import static com.continuity.incidents.model.Impact.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The parser on the four real githubstatus.com payloads of ../shared/fixtures/statuspage (skipped locally without
 * ../shared, failed in CI). The expected values were read off the files by hand.
 */
class StatuspageFixturesTest {

    private static final Instant SEPTEMBER_2024 = Instant.parse("2024-09-01T00:00:00Z");
    private static final Instant OCTOBER_2024 = Instant.parse("2024-10-01T00:00:00Z");

    private final StatuspageParser parser = new StatuspageParser();

    private StatuspagePayload parse(String file) throws IOException {
        return parser.parse(Files.readAllBytes(SharedFixtures.require("fixtures/statuspage/" + file)));
    }

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    private static Duration clippedToSeptember(ComponentInterval interval) {
        Instant from = interval.start().isBefore(SEPTEMBER_2024) ? SEPTEMBER_2024 : interval.start();
        Instant to = interval.end() == null || interval.end().isAfter(OCTOBER_2024) ? OCTOBER_2024 : interval.end();
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    @Test
    void actionsWasNonOperationalForAsLongAsItsTransitionsSayInSeptember2024() throws IOException {
        StatuspagePayload payload = parse("github-incidents_2024-09-17_subset.json");

        // Actions' affected_components in "Incident with Pages and Actions", oldest first: display_at → new_status
        Map<Instant, String> actions = new LinkedHashMap<>();
        actions.put(t("2024-09-16T21:31:02.798Z"), "partial_outage");
        actions.put(t("2024-09-16T21:37:26.995Z"), "major_outage");
        actions.put(t("2024-09-16T21:52:44.092Z"), "major_outage");
        actions.put(t("2024-09-16T21:53:48.129Z"), "major_outage");
        actions.put(t("2024-09-16T21:55:28.472Z"), "partial_outage");
        actions.put(t("2024-09-16T22:08:39.333Z"), "operational");
        // each status lasts until the next transition; by DESIGN §4 partial_outage is major, major_outage critical
        Map<Impact, Duration> expected = new EnumMap<>(Impact.class);
        List<Instant> times = List.copyOf(actions.keySet());
        for (int i = 0; i + 1 < times.size(); i++) {
            Impact impact = Impact.ofComponentStatus(actions.get(times.get(i)));
            expected.merge(impact, Duration.between(times.get(i), times.get(i + 1)), Duration::plus);
        }

        Map<Impact, Duration> parsed = new EnumMap<>(Impact.class);
        payload.incidents().stream().flatMap(i -> i.intervals().stream())
                .filter(i -> i.componentName().equals("Actions"))
                .forEach(i -> parsed.merge(i.impact(), clippedToSeptember(i), Duration::plus));

        assertThat(parsed).isEqualTo(expected);
        assertThat(parsed).containsExactly(
                Map.entry(MAJOR, Duration.parse("PT19M35.058S")),
                Map.entry(CRITICAL, Duration.parse("PT18M1.477S")));
        assertThat(parsed.values().stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.parse("PT37M36.535S"));
    }

    @Test
    void actionsWorsenedToMajorOutageAndBackWhilePagesOnlyHadAPartialOutage() throws IOException {
        StatusIncident incident = parse("github-incidents_2024-09-17_subset.json").incidents().getFirst();
        assertThat(incident.intervals())
                .extracting(ComponentInterval::componentName, ComponentInterval::impact, ComponentInterval::start,
                        ComponentInterval::end)
                .containsExactly(
                        tuple("Actions", MAJOR, t("2024-09-16T21:31:02.798Z"), t("2024-09-16T21:37:26.995Z")),
                        tuple("Pages", MAJOR, t("2024-09-16T21:31:02.798Z"), t("2024-09-16T21:52:44.092Z")),
                        tuple("Actions", CRITICAL, t("2024-09-16T21:37:26.995Z"), t("2024-09-16T21:55:28.472Z")),
                        tuple("Actions", MAJOR, t("2024-09-16T21:55:28.472Z"), t("2024-09-16T22:08:39.333Z")));
        assertThat(incident.intervals()).filteredOn(i -> i.componentName().equals("Actions"))
                .extracting(ComponentInterval::componentId).containsOnly("br0l2tvcx85d");
    }

    @Test
    void theGitHubIncidentStartsAtStartedAtAndListsItsSixUpdatesOldestFirst() throws IOException {
        StatuspagePayload payload = parse("github-incidents_2024-09-17_subset.json");
        assertThat(payload.pageId()).isEqualTo("kctbh9vrtdwd");
        assertThat(payload.components()).isEmpty();
        StatusIncident incident = payload.incidents().getFirst();
        assertThat(incident.id()).isEqualTo("69sb0f8lydp4");
        assertThat(incident.name()).isEqualTo("Incident with Pages and Actions");
        assertThat(incident.impact()).isEqualTo(MAJOR);
        assertThat(incident.status()).isEqualTo("resolved");
        // started_at 21:31:02.713, created_at .719, first display_at .798: started_at is what the page shows
        assertThat(incident.start()).isEqualTo(t("2024-09-16T21:31:02.713Z"));
        assertThat(incident.resolvedAt()).isEqualTo(t("2024-09-16T22:08:39.333Z"));
        assertThat(incident.shortlink()).isEqualTo("https://stspg.io/mc6sr407p78b");
        assertThat(incident.componentNames()).containsExactly("Actions", "Pages");
        assertThat(incident.updates()).hasSize(6);
        assertThat(incident.updates().getFirst().body())
                .isEqualTo("We are investigating reports of degraded performance for Actions and Pages");
        assertThat(incident.updates().getLast().status()).isEqualTo("resolved");
        assertThat(incident.updates()).extracting(StatusUpdate::at).isSorted();
    }

    @Test
    void theGitSshIncidentNamesNoComponentSoItGetsNoIntervals() throws IOException {
        StatusIncident incident = parse("github-incidents_2024-09-17_subset.json").incidents().get(1);
        assertThat(incident.name()).isEqualTo("Disruption with Git SSH");
        assertThat(incident.impact()).isEqualTo(MINOR);
        assertThat(incident.componentNames()).isEmpty();
        assertThat(incident.intervals()).isEmpty();
        assertThat(incident.updates()).hasSize(6);
        assertThat(incident.start()).isEqualTo(t("2024-09-16T13:29:47.155Z"));
        assertThat(incident.resolvedAt()).isEqualTo(t("2024-09-16T14:28:03.812Z"));
    }

    @Test
    void theComponentsSubsetListsTwoOperationalComponents() throws IOException {
        StatuspagePayload payload = parse("github-components_2024-09-17_subset.json");
        assertThat(payload.pageId()).isEqualTo("kctbh9vrtdwd");
        assertThat(payload.incidents()).isEmpty();
        assertThat(payload.components())
                .extracting(ComponentState::id, ComponentState::name, ComponentState::impact, ComponentState::updatedAt)
                .containsExactly(
                        tuple("8l4ygp009s5s", "Git Operations", NONE, t("2024-08-27T23:26:32.478Z")),
                        tuple("4230lsnqdsld", "Webhooks", NONE, t("2024-09-13T07:13:24.599Z")));
    }

    @Test
    void onTheLastDaysOf2019EverythingWasOperationalWithNoIncident() throws IOException {
        StatuspagePayload payload = parse("github-summary_2019-12-30.json");
        assertThat(payload.incidents()).isEmpty();
        assertThat(payload.components()).hasSize(9).extracting(ComponentState::impact).containsOnly(NONE);
    }

    @Test
    void onTheSecondOfApril2020TheMajorIncidentWasStillOpen() throws IOException {
        StatusIncident incident = parse("github-summary_2020-04-02_outage.json").incidents().getFirst();
        assertThat(incident.impact()).isEqualTo(MAJOR);
        assertThat(incident.status()).isEqualTo("investigating");
        assertThat(incident.resolved()).isFalse();
        assertThat(incident.resolvedAt()).isNull();
        assertThat(incident.start()).isEqualTo(t("2020-04-02T20:20:54.005Z"));
        // its one transition leaves the listed component operational: nothing to count against it
        assertThat(incident.componentNames()).containsExactly("Visit www.githubstatus.com for more information");
        assertThat(incident.intervals()).isEmpty();
    }

    @Test
    void onTheSecondOfApril2020FiveComponentsWereInMajorOutageAtPageLevel() throws IOException {
        List<ComponentState> components = parse("github-summary_2020-04-02_outage.json").components();
        assertThat(components).filteredOn(c -> c.impact() == CRITICAL).extracting(ComponentState::name)
                .containsExactly("Git Operations", "API Requests", "Webhooks", "Issues, PRs, Projects",
                        "GitHub Packages");
        assertThat(components).filteredOn(c -> c.impact() == MAJOR).extracting(ComponentState::name)
                .containsExactly("GitHub Actions");
        assertThat(components).hasSize(9);
    }
}
