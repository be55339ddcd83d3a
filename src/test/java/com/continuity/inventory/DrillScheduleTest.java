package com.continuity.inventory;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.continuity.inventory.DueDrill.Kind.MISSED;
import static com.continuity.inventory.DueDrill.Kind.NEVER;
import static com.continuity.inventory.DueDrill.Kind.OVERDUE;
import static com.continuity.inventory.DueDrill.Kind.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Which drills are due on a day: planned ones coming up, planned ones missed, fallbacks overdue or never drilled. */
class DrillScheduleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static Drill drilled(int daysAgo, DrillResult result) {
        return new Drill(TODAY.minusDays(daysAgo), result, null, null);
    }

    static Drill passed(int daysAgo) {
        return drilled(daysAgo, DrillResult.PASSED);
    }

    static PlannedDrill plan(int daysAhead) {
        return new PlannedDrill(TODAY.plusDays(daysAhead), "Dana (SRE)", "block openai-api at the gateway for 15 min");
    }

    static Path fallback(String key, List<Drill> drills, PlannedDrill... plans) {
        return new Path(key, PathRole.FALLBACK, Activation.MANUAL, 30, 100, List.of("d"), drills, List.of(plans));
    }

    static BusinessService service(Path... paths) {
        return new BusinessService("help-chat", "Customer help chat", "customer-care", 1, 15, null, null, null, null,
                null, List.of(new Dependency("replies", "Reply generation", List.of(paths))), 0);
    }

    private static List<DueDrill> due(Path... paths) {
        return DrillSchedule.due(List.of(service(paths)), TODAY);
    }

    @Test
    void aPlannedDrillThreeDaysAheadIsDueWithItsServiceTeamPathOwnerAndScenario() {
        assertThat(due(fallback("llama", List.of(passed(10)), plan(3)))).containsExactly(new DueDrill("help-chat",
                "Customer help chat", "customer-care", "replies", "llama", PLANNED, TODAY.plusDays(3), "Dana (SRE)",
                TODAY.minusDays(10), "block openai-api at the gateway for 15 min"));
    }

    @Test
    void plannedDrillsFromTodayToFourteenDaysAheadAreDueAndLaterOnesAreNot() {
        assertThat(due(fallback("llama", List.of(passed(1)), plan(0), plan(14), plan(15), plan(60))))
                .extracting(DueDrill::kind, DueDrill::date)
                .containsExactly(tuple(PLANNED, TODAY), tuple(PLANNED, TODAY.plusDays(14)));
    }

    @Test
    void aPlannedDayThatPassedWithNoDrillSinceIsMissed() {
        assertThat(due(fallback("llama", List.of(passed(30)), plan(-1))))
                .extracting(DueDrill::kind, DueDrill::date, DueDrill::owner, DueDrill::lastDrill)
                .containsExactly(tuple(MISSED, TODAY.minusDays(1), "Dana (SRE)", TODAY.minusDays(30)));
    }

    @Test
    void aDrillLoggedOnThePlannedDayOrAfterItDoesThePlanWhateverItsResult() {
        assertThat(due(fallback("same-day", List.of(passed(5)), plan(-5)),
                fallback("later", List.of(drilled(2, DrillResult.FAILED)), plan(-5)))).isEmpty();
    }

    @Test
    void aDrillBeforeThePlannedDayDoesNotDoIt() {
        assertThat(due(fallback("llama", List.of(passed(6)), plan(-5)))).extracting(DueDrill::kind)
                .containsExactly(MISSED);
    }

    @Test
    void aDrillDatedAfterTodayHasNotHappenedYet() {
        assertThat(due(fallback("llama", List.of(passed(-2)), plan(-5))))
                .extracting(DueDrill::kind, DueDrill::lastDrill)
                .containsExactly(tuple(NEVER, null), tuple(MISSED, null));
    }

    @Test
    void aFallbackLastDrilledNinetyDaysAgoIsNotOverdueAndOneDrilledNinetyOneDaysAgoIsSinceDayNinety() {
        assertThat(due(fallback("ninety", List.of(passed(90))))).isEmpty();
        assertThat(due(fallback("ninety-one", List.of(passed(200), drilled(91, DrillResult.FAILED)))))
                .containsExactly(new DueDrill("help-chat", "Customer help chat", "customer-care", "replies",
                        "ninety-one", OVERDUE, TODAY.minusDays(1), null, TODAY.minusDays(91)));
    }

    @Test
    void aFallbackNeverDrilledIsDueWithNoDateOwnerOrLastDrill() {
        assertThat(due(fallback("llama", List.of()))).containsExactly(new DueDrill("help-chat", "Customer help chat",
                "customer-care", "replies", "llama", NEVER, null, null, null));
    }

    @Test
    void anOverdueFallbackWithADrillPlannedIsBothOverdueAndPlanned() {
        assertThat(due(fallback("llama", List.of(passed(120)), plan(4)))).extracting(DueDrill::kind)
                .containsExactly(OVERDUE, PLANNED);
    }

    @Test
    void aPrimaryIsNeverDueNotEvenUndrilled() {
        Path primary = new Path("claude", PathRole.PRIMARY, null, null, null, List.of("d"), List.of());

        assertThat(due(primary)).isEmpty();
    }

    @Test
    void theNeverDrilledComeFirstThenTheSoonestDate() {
        List<DueDrill> due = due(fallback("a-planned", List.of(passed(1)), plan(9), plan(2)),
                fallback("b-overdue", List.of(passed(100))), fallback("c-never", List.of()),
                fallback("d-missed", List.of(), plan(-3)));

        assertThat(due).extracting(DueDrill::path, DueDrill::kind).containsExactly(
                tuple("c-never", NEVER), tuple("d-missed", NEVER), tuple("b-overdue", OVERDUE),
                tuple("d-missed", MISSED), tuple("a-planned", PLANNED), tuple("a-planned", PLANNED));
        assertThat(due).extracting(DueDrill::date).containsExactly(null, null, TODAY.minusDays(10),
                TODAY.minusDays(3), TODAY.plusDays(2), TODAY.plusDays(9));
    }
}
