package com.continuity.incidents;

import com.continuity.incidents.model.Impact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an incident write tells subscribers. */
class IncidentEventTest {

    static final Instant START = Instant.parse("2026-03-11T08:00:00Z");
    static final Instant END = Instant.parse("2026-03-11T09:30:00Z");

    static Incident incident(Instant end) {
        return new Incident("p-abc", "p", "API errors", Impact.MAJOR, IncidentSource.STATUS_PAGE, "abc", null, START,
                end, List.of(), List.of(), List.of(), null, 0);
    }

    @Test
    void aNewOpenIncidentIsOpenedAtItsStart() {
        IncidentEvent event = IncidentEvent.between(null, incident(null));
        assertThat(event.kind()).isEqualTo(IncidentEvent.Kind.OPENED);
        assertThat(event.at()).isEqualTo(START);
    }

    @Test
    void aNewIncidentAlreadyEndedIsToldOnceAsResolvedAtItsEnd() {
        IncidentEvent event = IncidentEvent.between(null, incident(END));
        assertThat(event.kind()).isEqualTo(IncidentEvent.Kind.RESOLVED);
        assertThat(event.at()).isEqualTo(END);
        assertThat(event.incidentKey()).isEqualTo("p-abc");
    }

    @Test
    void anOpenIncidentThatEndsIsResolved() {
        assertThat(IncidentEvent.between(incident(null), incident(END)).kind()).isEqualTo(IncidentEvent.Kind.RESOLVED);
    }
}
