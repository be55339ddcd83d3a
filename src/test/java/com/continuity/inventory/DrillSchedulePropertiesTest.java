package com.continuity.inventory;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static com.continuity.inventory.DrillScheduleTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Laws of the drill schedule over fallbacks with any drill history and any plans around today. */
class DrillSchedulePropertiesTest {

    @Provide
    Arbitrary<Path> fallbacks() {
        Arbitrary<Drill> drills = Combinators.combine(Arbitraries.integers().between(-10, 200),
                        Arbitraries.of(DrillResult.class))
                .as((daysAgo, result) -> DrillScheduleTest.drilled(daysAgo, result));
        Arbitrary<PlannedDrill> plans = Arbitraries.integers().between(-40, 40).map(DrillScheduleTest::plan);
        return Combinators.combine(drills.list().ofMaxSize(4), plans.list().ofMaxSize(4))
                .as((d, p) -> DrillScheduleTest.fallback("fb", d, p.toArray(PlannedDrill[]::new)));
    }

    @Property(tries = 500)
    void aFallbackDrilledTodayIsNeitherMissedNorOverdueNorNeverDrilled(@ForAll("fallbacks") Path fallback) {
        Path drilledToday = withDrill(fallback, new Drill(TODAY, DrillResult.PASSED, null, null));

        assertThat(DrillSchedule.due(List.of(DrillScheduleTest.service(drilledToday)), TODAY))
                .allMatch(d -> d.kind() == DueDrill.Kind.PLANNED && !d.date().isBefore(TODAY));
    }

    @Property(tries = 500)
    void loggingADrillTodayNeverMakesAnythingDue(@ForAll("fallbacks") Path fallback) {
        List<String> before = due(fallback);
        List<String> after = due(withDrill(fallback, new Drill(TODAY, DrillResult.FAILED, null, null)));

        assertThat(before).containsAll(after);
    }

    @Property(tries = 500)
    void thePlannedAreExactlyThePlansFromTodayToTheHorizon(@ForAll("fallbacks") Path fallback) {
        long inHorizon = fallback.plannedDrills().stream().filter(p -> !p.date().isBefore(TODAY)
                && !p.date().isAfter(TODAY.plusDays(DrillSchedule.PLANNED_HORIZON_DAYS))).count();

        assertThat(DrillSchedule.due(List.of(DrillScheduleTest.service(fallback)), TODAY))
                .filteredOn(d -> d.kind() == DueDrill.Kind.PLANNED).hasSize((int) inHorizon);
    }

    @Property(tries = 500)
    void aFallbackIsEitherOverdueOrNeverDrilledOrRecentlyDrilledAndNeverTwoOfThem(@ForAll("fallbacks") Path fallback) {
        long ageEntries = DrillSchedule.due(List.of(DrillScheduleTest.service(fallback)), TODAY).stream()
                .filter(d -> d.kind() == DueDrill.Kind.OVERDUE || d.kind() == DueDrill.Kind.NEVER).count();
        boolean recent = fallback.drills().stream().anyMatch(d -> !d.date().isAfter(TODAY)
                && !d.date().isBefore(TODAY.minusDays(DrillSchedule.DRILL_MAX_AGE_DAYS)));

        assertThat(ageEntries).isEqualTo(recent ? 0 : 1);
    }

    @Property(tries = 200)
    void theSamePathAsAPrimaryIsNeverDue(@ForAll("fallbacks") Path fallback) {
        Path primary = new Path(fallback.key(), PathRole.PRIMARY, null, null, null, fallback.requires(),
                fallback.drills(), fallback.plannedDrills());

        assertThat(DrillSchedule.due(List.of(DrillScheduleTest.service(primary)), TODAY)).isEmpty();
    }

    /** What is due, without the last drill (which a new drill changes by definition). */
    private static List<String> due(Path fallback) {
        return DrillSchedule.due(List.of(DrillScheduleTest.service(fallback)), TODAY).stream()
                .map(d -> d.path() + " " + d.kind() + " " + d.date()).toList();
    }

    private static Path withDrill(Path p, Drill drill) {
        List<Drill> drills = new ArrayList<>(p.drills());
        drills.add(drill);
        return new Path(p.key(), p.role(), p.activation(), p.switchoverMinutes(), p.capacityPercent(), p.requires(),
                drills, p.plannedDrills());
    }
}
