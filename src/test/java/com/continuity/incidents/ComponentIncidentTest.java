package com.continuity.incidents;

import com.continuity.incidents.model.Impact;
import com.continuity.incidents.statuspage.ComponentState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Components down while the page shows no incident: an incident of their own, opened, changed and resolved. */
class ComponentIncidentTest {

    static final Instant T0 = Instant.parse("2026-03-11T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-11T08:10:00Z");

    @Test
    void nothingDownAndNothingOpenIsNoIncident() {
        assertThat(StatusImport.componentIncident("p", null,
                List.of(new ComponentState("a", "API", Impact.NONE, T0)), NOW)).isNull();
    }

    @Test
    void aComponentDownOpensAnIncidentFromWhenItChangedThatResolvesWhenItRecovers() {
        Incident open = StatusImport.componentIncident("p", null,
                List.of(new ComponentState("a", "API", Impact.MAJOR, T0)), NOW);
        assertThat(open.key()).isEqualTo("p-components-" + T0.getEpochSecond());
        assertThat(open.start()).isEqualTo(T0);
        assertThat(open.components()).containsExactly(new ComponentOutage("API", Impact.MAJOR, T0, null));
        assertThat(StatusImport.componentIncident("p", open,
                List.of(new ComponentState("a", "API", Impact.MAJOR, T0)), NOW))
                .as("unchanged").isSameAs(open);

        Instant later = NOW.plusSeconds(600);
        Incident resolved = StatusImport.componentIncident("p", open,
                List.of(new ComponentState("a", "API", Impact.NONE, later)), later);
        assertThat(resolved.end()).isEqualTo(later);
        assertThat(resolved.components()).containsExactly(new ComponentOutage("API", Impact.MAJOR, T0, later));
        assertThat(resolved.updates()).hasSize(2);
    }

    @Test
    void aWorseStateClosesTheIntervalAndOpensAnother() {
        Incident open = StatusImport.componentIncident("p", null,
                List.of(new ComponentState("a", "API", Impact.MINOR, T0)), NOW);
        Incident worse = StatusImport.componentIncident("p", open,
                List.of(new ComponentState("a", "API", Impact.CRITICAL, NOW)), NOW);
        assertThat(worse.components()).containsExactly(new ComponentOutage("API", Impact.MINOR, T0, NOW),
                new ComponentOutage("API", Impact.CRITICAL, NOW, null));
        assertThat(worse.impact()).isEqualTo(Impact.CRITICAL);
        assertThat(worse.open()).isTrue();
    }
}
