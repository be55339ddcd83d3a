package com.continuity.incidents.probes;

import com.continuity.incidents.IncidentEvent;
import com.continuity.incidents.IncidentService;
import com.continuity.incidents.model.Impact;
import com.continuity.incidents.model.ProbeVerdict;
import com.continuity.security.CurrentUser;
import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A probe's incident is its own: found by its exact key, and resolved when the probe is removed. */
@AppTest
class ProbeIncidentsIT {

    static final Instant T0 = Instant.parse(AppTest.TODAY + "T10:00:00Z");
    static final ProbeVerdict FAILING = new ProbeVerdict(true, Impact.MAJOR, 100, 0, "no answer");
    static final ProbeVerdict HEALTHY = new ProbeVerdict(false, Impact.NONE, 0, 10, "healthy again");

    @LocalServerPort
    int port;
    @Autowired
    IncidentService incidents;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeWhatTheTestAdded() {
        Api admin = Api.admin(port);
        admin.delete("/api/v1/probes/pi-api");
        admin.delete("/api/v1/probes/pi-api-eu");
        for (var row : jdbc.sql("select key, version from incident where external_id like 'probe-pi-api-%'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list()) {
            admin.delete("/api/v1/incidents/" + row.get(0) + "?version=" + row.get(1));
        }
    }

    Optional<IncidentEvent> apply(String probe, ProbeVerdict verdict, Instant at) {
        return currentUser.runAsSystem(Role.MANAGER,
                () -> incidents.applyProbe(probe, probe, null, List.of("ai-gateway"), verdict, at));
    }

    boolean open(String probe) {
        return jdbc.sql("select count(*) from incident where external_id ~ ? and ended_at is null")
                .param("^probe-" + probe + "-[0-9]+$").query(Long.class).single() > 0;
    }

    @Test
    void aProbeWhoseKeyIsThePrefixOfAnothersNeverTakesItsIncident() {
        assertThat(apply("pi-api-eu", FAILING, T0).map(IncidentEvent::kind)).contains(IncidentEvent.Kind.OPENED);

        assertThat(apply("pi-api", HEALTHY, T0.plusSeconds(60))).as("pi-api has no incident to resolve").isEmpty();
        assertThat(open("pi-api-eu")).isTrue();

        assertThat(apply("pi-api", FAILING, T0.plusSeconds(120)).map(IncidentEvent::kind))
                .as("pi-api opens its own").contains(IncidentEvent.Kind.OPENED);
        assertThat(open("pi-api")).isTrue();
        assertThat(apply("pi-api", HEALTHY, T0.plusSeconds(180)).map(IncidentEvent::kind))
                .contains(IncidentEvent.Kind.RESOLVED);
        assertThat(open("pi-api")).isFalse();
        assertThat(open("pi-api-eu")).isTrue();
    }

    @Test
    void removingAProbeResolvesItsOpenIncident() {
        Api admin = Api.admin(port);
        var created = admin.post("/api/v1/probes", "application/json", "{\"key\": \"pi-api-eu\", \"team\":"
                + " \"customer-care\", \"url\": \"http://localhost:9/health\", \"domains\": [\"ai-gateway\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        apply("pi-api-eu", FAILING, T0);
        assertThat(open("pi-api-eu")).isTrue();

        assertThat(admin.delete("/api/v1/probes/pi-api-eu").statusCode()).isEqualTo(204);

        assertThat(open("pi-api-eu")).isFalse();
        assertThat(jdbc.sql("select count(*) from alert_event where subject like 'probe-pi-api-eu-%'"
                + " and type = 'incident-resolved'").query(Long.class).single()).isEqualTo(1);
    }
}
