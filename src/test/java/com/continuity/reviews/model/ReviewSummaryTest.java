package com.continuity.reviews.model;

import com.continuity.reviews.model.Snapshot.DrillGap;
import com.continuity.reviews.model.Snapshot.PlannedDrillEntry;
import com.continuity.reviews.model.Snapshot.ServiceEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewSummaryTest {

    private static ServiceEntry service(String key, int score) {
        return new ServiceEntry(key, key, "team", 1, null, score, List.of(), List.of(), 0.999, 0, null, 15, 0, 60,
                List.of());
    }

    private static DrillGap gap(String path, DrillGap.Kind kind) {
        return new DrillGap("svc", "svc", "team", "dep", path, kind, null);
    }

    private static Snapshot snapshot(List<ServiceEntry> services, List<DrillGap> gaps, List<PlannedDrillEntry> planned) {
        return new Snapshot(Quarter.parse("2026-Q4"), Instant.parse("2026-11-27T12:00:00Z"), "team", "Team", null,
                services, List.of(), List.of(), new Snapshot.Changes(true, List.of(), List.of(), List.of(), List.of(),
                List.of()), List.of(), List.of(), new Snapshot.Credits(List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()), List.of(), gaps, planned, List.of(), List.of());
    }

    @Test
    void theTopRisksAreTheFirstFiveServicesOfTheSnapshotWithAScoreAboveZero() {
        ReviewSummary summary = ReviewSummary.of(snapshot(List.of(service("a", 80), service("b", 50),
                service("c", 20), service("d", 10), service("e", 8), service("f", 5)), List.of(), List.of()));
        assertThat(summary.topRisks()).extracting(ServiceEntry::key).containsExactly("a", "b", "c", "d", "e");

        ReviewSummary calm = ReviewSummary.of(snapshot(List.of(service("a", 30), service("b", 0)), List.of(),
                List.of()));
        assertThat(calm.topRisks()).extracting(ServiceEntry::key).containsExactly("a");
    }

    @Test
    void drillGapsAreCountedByKindWithTheMissedPlannedDrills() {
        LocalDate day = LocalDate.parse("2026-11-01");
        ReviewSummary summary = ReviewSummary.of(snapshot(List.of(), List.of(gap("p1", DrillGap.Kind.OVERDUE),
                gap("p2", DrillGap.Kind.NEVER), gap("p3", DrillGap.Kind.NEVER), gap("p4", DrillGap.Kind.FAILED)),
                List.of(new PlannedDrillEntry("svc", "svc", "dep", "p1", day, "dana", "failover", true),
                        new PlannedDrillEntry("svc", "svc", "dep", "p2", day.plusDays(40), "dana", "failover", false))));
        assertThat(summary.drillsOverdue()).isEqualTo(1);
        assertThat(summary.drillsNeverDone()).isEqualTo(2);
        assertThat(summary.drillsFailed()).isEqualTo(1);
        assertThat(summary.plannedDrillsMissed()).isEqualTo(1);
        assertThat(summary.drillsInOrder()).isFalse();
    }

    @Test
    void drillsAreInOrderWhenNoFallbackNeedsOne() {
        assertThat(ReviewSummary.of(snapshot(List.of(service("a", 10)), List.of(), List.of())).drillsInOrder())
                .isTrue();
    }
}
