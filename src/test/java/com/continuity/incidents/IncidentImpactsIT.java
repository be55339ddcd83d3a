package com.continuity.incidents;

import com.continuity.security.Role;
import com.continuity.support.ActingUser;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The impacts of a window's incidents, the inventory read once, are each incident's own impact. */
@AppTest
class IncidentImpactsIT {

    @Autowired
    IncidentService incidents;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void theImpactsOfAWindowsIncidentsAreTheirImpactsOneByOneAndOnlyThoseTouchingTheWindow() {
        try (var viewer = ActingUser.as(security, "impact-viewer", Role.VIEWER)) {
            List<IncidentImpact> year = incidents.impacts(Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2027-01-01T00:00:00Z"));
            List<IncidentImpact> october = incidents.impacts(Instant.parse("2026-10-01T00:00:00Z"),
                    Instant.parse("2026-11-01T00:00:00Z"));

            assertThat(year).extracting(i -> i.incident().key())
                    .contains("claude-2026-02-18", "bedrock-euw1-2026-10-21");
            assertThat(october).extracting(i -> i.incident().key()).contains("bedrock-euw1-2026-10-21")
                    .doesNotContain("claude-2026-02-18");
            for (IncidentImpact each : year) {
                assertThat(each).as(each.incident().key()).isEqualTo(incidents.impact(each.incident().key()));
            }
            assertThat(year.stream().filter(i -> i.incident().key().equals("bedrock-euw1-2026-10-21")).findFirst()
                    .orElseThrow().services().down()).isNotEmpty();
        }
    }
}
