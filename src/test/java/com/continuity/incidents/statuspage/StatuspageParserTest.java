package com.continuity.incidents.statuspage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import static com.continuity.incidents.model.Impact.CRITICAL;
import static com.continuity.incidents.model.Impact.MAINTENANCE;
import static com.continuity.incidents.model.Impact.MAJOR;
import static com.continuity.incidents.model.Impact.MINOR;
import static com.continuity.incidents.model.Impact.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The parser on the project's own hand-made payloads (src/test/resources/statuspage): the edge cases, anywhere. */
class StatuspageParserTest {

    private final StatuspageParser parser = new StatuspageParser();

    static byte[] resource(String name) {
        try (InputStream in = StatuspageParserTest.class.getResourceAsStream("/statuspage/" + name)) {
            assertThat(in).as("test resource statuspage/%s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StatusIncident incident(String file, String id) {
        return parser.parse(resource(file)).incidents().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void aComponentMovingToAnotherNonOperationalStatusClosesOneIntervalAndOpensTheNext() {
        StatusIncident incident = incident("incidents-transitions.json", "inc-transitions");
        assertThat(incident.intervals()).filteredOn(i -> i.componentName().equals("A"))
                .extracting(ComponentInterval::impact, ComponentInterval::start, ComponentInterval::end)
                .containsExactly(
                        tuple(MAJOR, t("2026-02-10T10:15:00Z"), t("2026-02-10T10:45:00Z")),
                        tuple(CRITICAL, t("2026-02-10T10:45:00Z"), t("2026-02-10T11:30:00Z")));
    }

    @Test
    void anIntervalStillOpenWhenTheIncidentIsResolvedClosesAtResolvedAt() {
        StatusIncident incident = incident("incidents-transitions.json", "inc-transitions");
        assertThat(incident.intervals()).filteredOn(i -> i.componentId().equals("comp-b"))
                .extracting(ComponentInterval::impact, ComponentInterval::start, ComponentInterval::end)
                .containsExactly(tuple(MINOR, t("2026-02-10T10:15:00Z"), t("2026-02-10T12:00:00Z")));
    }

    @Test
    void intervalsComeOrderedByStartThenComponentName() {
        StatusIncident incident = incident("incidents-transitions.json", "inc-transitions");
        assertThat(incident.intervals()).extracting(ComponentInterval::componentName, ComponentInterval::impact)
                .containsExactly(tuple("A", MAJOR), tuple("B", MINOR), tuple("A", CRITICAL));
    }

    @Test
    void updatesComeOldestFirstAndTheStartIsStartedAtRatherThanCreatedAt() {
        StatusIncident incident = incident("incidents-transitions.json", "inc-transitions");
        assertThat(incident.start()).isEqualTo(t("2026-02-10T10:00:00Z"));
        assertThat(incident.updates()).extracting(StatusUpdate::status)
                .containsExactly("investigating", "identified", "resolved");
        // display_at wins over created_at: the resolving update was written half an hour after it is shown
        assertThat(incident.updates().getLast().at()).isEqualTo(t("2026-02-10T11:30:00Z"));
        assertThat(incident.resolved()).isTrue();
        assertThat(incident.componentNames()).containsExactly("A", "B");
        assertThat(incident.shortlink()).isNull();
    }

    @Test
    void updatesShownAtTheSameTimeKeepStatuspagesNewestFirstOrderReversed() {
        StatusIncident incident = incident("incidents-same-time.json", "inc-same-time");
        assertThat(incident.updates()).extracting(StatusUpdate::status)
                .containsExactly("investigating", "identified", "resolved");
        // the partial outage opened and closed at the same instant: an empty interval, kept as the page says it
        assertThat(incident.intervals())
                .extracting(ComponentInterval::impact, ComponentInterval::start, ComponentInterval::end)
                .containsExactly(
                        tuple(MINOR, t("2026-05-01T10:05:00Z"), t("2026-05-01T10:20:00Z")),
                        tuple(MAJOR, t("2026-05-01T10:20:00Z"), t("2026-05-01T10:20:00Z")));
    }

    @Test
    void aComponentAlreadyDownAtItsFirstMentionCountsFromTheIncidentsStart() {
        StatusIncident incident = incident("incidents-transitions.json", "inc-already-down");
        // started_at is 13:00+01:00; the only update has no display_at, so its created_at times it
        assertThat(incident.start()).isEqualTo(t("2026-02-11T12:00:00Z"));
        assertThat(incident.updates()).singleElement().satisfies(u -> {
            assertThat(u.at()).isEqualTo(t("2026-02-11T12:10:00Z"));
            assertThat(u.body()).isEmpty();
        });
        assertThat(incident.intervals())
                .extracting(ComponentInterval::componentName, ComponentInterval::impact, ComponentInterval::start,
                        ComponentInterval::end)
                .containsExactly(tuple("C", MAJOR, t("2026-02-11T12:00:00Z"), t("2026-02-11T12:10:00Z")));
    }

    @Test
    void underMaintenanceGivesAMaintenanceInterval() {
        StatusIncident incident = incident("incidents-transitions.json", "inc-maintenance");
        assertThat(incident.impact()).isEqualTo(MAINTENANCE);
        assertThat(incident.intervals())
                .extracting(ComponentInterval::impact, ComponentInterval::start, ComponentInterval::end)
                .containsExactly(tuple(MAINTENANCE, t("2026-02-12T02:00:00Z"), t("2026-02-12T03:00:00Z")));
    }

    @Test
    void withoutAnyTransitionEveryNamedComponentTakesTheIncidentsImpactForItsWholeWindow() {
        StatusIncident incident = incident("incidents-without-transitions.json", "inc-whole");
        // no started_at: created_at is the start
        assertThat(incident.start()).isEqualTo(t("2026-03-01T08:00:00.250Z"));
        assertThat(incident.intervals())
                .extracting(ComponentInterval::componentId, ComponentInterval::impact, ComponentInterval::start,
                        ComponentInterval::end)
                .containsExactly(
                        tuple("comp-a", MINOR, t("2026-03-01T08:00:00.250Z"), t("2026-03-01T09:30:00Z")),
                        tuple("comp-b", MINOR, t("2026-03-01T08:00:00.250Z"), t("2026-03-01T09:30:00Z")));
    }

    @Test
    void anIncidentOfImpactNoneGetsNoIntervalEvenWhenItNamesComponents() {
        StatusIncident incident = incident("incidents-without-transitions.json", "inc-none");
        // neither started_at nor created_at: the first update's display_at is the start
        assertThat(incident.start()).isEqualTo(t("2026-03-02T08:00:00Z"));
        assertThat(incident.impact()).isEqualTo(NONE);
        assertThat(incident.componentNames()).containsExactly("A");
        assertThat(incident.intervals()).isEmpty();
    }

    @Test
    void anIncidentNamingNoComponentGetsNoIntervalsAndLeavesTheChoiceToTheCaller() {
        StatusIncident incident = incident("incidents-without-transitions.json", "inc-unnamed");
        assertThat(incident.componentNames()).isEmpty();
        assertThat(incident.intervals()).isEmpty();
        assertThat(incident.updates()).isEmpty();
        assertThat(incident.resolved()).isFalse();
    }

    @Test
    void anIncidentsJsonHasNoPageLevelComponentsAndMayHaveNoPage() {
        StatuspagePayload payload = parser.parse(resource("incidents-without-transitions.json"));
        assertThat(payload.pageId()).isNull();
        assertThat(payload.components()).isEmpty();
        assertThat(payload.incidents()).extracting(StatusIncident::id)
                .containsExactly("inc-whole", "inc-none", "inc-unnamed");
    }

    @Test
    void anUnresolvedIncidentKeepsItsLastIntervalOpen() {
        StatuspagePayload payload = parser.parse(resource("summary-unresolved.json"));
        StatusIncident incident = payload.incidents().getFirst();
        assertThat(incident.resolved()).isFalse();
        assertThat(incident.resolvedAt()).isNull();
        assertThat(incident.intervals())
                .extracting(ComponentInterval::impact, ComponentInterval::start, ComponentInterval::end)
                .containsExactly(
                        tuple(MAJOR, t("2026-04-02T20:05:00Z"), t("2026-04-02T20:18:20Z")),
                        tuple(CRITICAL, t("2026-04-02T20:18:20Z"), null));
        assertThat(incident.intervals().getLast().open()).isTrue();
    }

    @Test
    void aSummaryGivesThePagesComponentStatesAsImpacts() {
        StatuspagePayload payload = parser.parse(resource("summary-unresolved.json"));
        assertThat(payload.pageId()).isEqualTo("handmade02");
        assertThat(payload.components())
                .extracting(ComponentState::name, ComponentState::impact, ComponentState::updatedAt)
                .containsExactly(
                        tuple("A", CRITICAL, t("2026-04-02T20:18:20.643Z")),
                        tuple("B", NONE, t("2026-03-12T15:51:14Z")),
                        tuple("C", MAINTENANCE, t("2026-04-02T19:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            malformed-not-json.json                   | $                                                | not JSON
            malformed-array.json                      | $                                                | expected an object
            malformed-unknown-shape.json              | $                                                | has neither incidents nor components
            malformed-incident-without-id.json        | incidents[0].id                                  | missing
            malformed-unknown-impact.json             | incidents[0].impact                              | 'severe' is not one of
            malformed-bad-display-at.json             | incidents[1].incident_updates[0].display_at      | not a timestamp
            malformed-unknown-component-status.json   | incidents[0].incident_updates[0].affected_components[0].new_status | unknown component status 'on_fire'
            malformed-components-not-array.json       | components                                       | expected an array, found object
            malformed-component-without-updated-at.json | components[1].updated_at                       | missing
            malformed-resolved-before-start.json      | incidents[0].resolved_at                         | before the incident's start
            malformed-id-a-number.json                | incidents[0].id                                  | expected a string, found number
            malformed-duplicate-key.json              | $                                                | not JSON
            """)
    void aMalformedOrWrongShapedPayloadIsRefusedWithThePathOfTheFieldAtFault(String file, String path,
                                                                              String problem) {
        assertThatThrownBy(() -> parser.parse(resource(file)))
                .isInstanceOfSatisfying(StatuspageFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.getMessage()).startsWith(path + ": ");
                });
    }

    @Test
    void anEmptyPayloadIsRefusedToo() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(StatuspageFormatException.class)
                .hasMessageStartingWith("$: ");
    }

    @Test
    void theParsedListsCannotBeChanged() {
        StatuspagePayload payload = parser.parse(resource("incidents-transitions.json"));
        List<ComponentInterval> intervals = payload.incidents().getFirst().intervals();
        assertThatThrownBy(intervals::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aListedComponentThatNoTransitionNamesGetsTheIncidentsWindowAtItsImpact() {
        StatusIncident incident = parser.parse(resource("incidents-some-components-without-transitions.json"))
                .incidents().getFirst();

        assertThat(incident.intervals()).containsExactly(
                new ComponentInterval("c-billing", "Billing", MAJOR, Instant.parse("2026-05-01T10:00:00Z"),
                        Instant.parse("2026-05-01T11:00:00Z")),
                new ComponentInterval("c-search", "Search", MAJOR, Instant.parse("2026-05-01T10:10:00Z"),
                        Instant.parse("2026-05-01T11:00:00Z")));
    }
}
