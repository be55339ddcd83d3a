package com.continuity.incidents;

import com.continuity.incidents.model.Impact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusImportTest {

    static final Instant START = Instant.parse("2026-06-10T09:00:00Z");

    static Incident incident(Instant end, List<IncidentUpdate> updates, List<String> affects, String notes, long version) {
        return new Incident("openai-x1", "openai", "API errors", Impact.MAJOR, IncidentSource.STATUS_PAGE, "x1", null,
                START, end, affects, List.of(), updates, notes, version);
    }

    @Test
    void aReImportKeepsTheUpdatesAffectsNotesAndEndAddedHereAndTakesThePagesWord() {
        IncidentUpdate page1 = new IncidentUpdate(START.plusSeconds(300), "investigating", "Looking.");
        IncidentUpdate local = new IncidentUpdate(START.plusSeconds(900), "identified", "Our gateway sees 502s.");
        IncidentUpdate page2 = new IncidentUpdate(START.plusSeconds(1200), "monitoring", "Recovering.");
        Instant resolvedHere = START.plusSeconds(3600);
        Incident stored = incident(resolvedHere, List.of(page1, local), List.of("openai-api"), "seen by on-call", 4);
        Incident fromPage = incident(null, List.of(page1, page2), List.of(), null, 0);

        Incident merged = StatusImport.keepLocal(fromPage, stored);

        assertThat(merged.updates()).containsExactly(page1, local, page2);
        assertThat(merged.affects()).containsExactly("openai-api");
        assertThat(merged.notes()).isEqualTo("seen by on-call");
        assertThat(merged.end()).as("the page still shows it open; the end set here stays").isEqualTo(resolvedHere);
        assertThat(merged.version()).isEqualTo(4);

        Instant resolvedOnPage = START.plusSeconds(4000);
        assertThat(StatusImport.keepLocal(incident(resolvedOnPage, List.of(page1), List.of(), null, 0), stored).end())
                .isEqualTo(resolvedOnPage);
    }
}
