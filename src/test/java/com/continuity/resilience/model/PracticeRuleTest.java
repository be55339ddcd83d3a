package com.continuity.resilience.model;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillSchedule;
import com.continuity.inventory.DueDrill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.continuity.resilience.model.PracticeRule.Gap.DRILLED_SWITCHOVER_OVER_RTO;
import static com.continuity.resilience.model.PracticeRule.Gap.LAST_DRILL_FAILED;
import static com.continuity.resilience.model.PracticeRule.Gap.LAST_DRILL_PARTIAL;
import static com.continuity.resilience.model.PracticeRule.Gap.LAST_DRILL_TOO_OLD;
import static com.continuity.resilience.model.PracticeRule.Gap.NEVER_DRILLED;
import static com.continuity.resilience.model.PracticeRule.Gap.NO_DECLARED_SWITCHOVER;
import static com.continuity.resilience.model.PracticeRule.Gap.SWITCHOVER_OVER_RTO;
import static org.assertj.core.api.Assertions.assertThat;

/** When a fallback counts in practice (DESIGN §3), and every reason it does not. */
class PracticeRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final int RTO = 15;

    private static Path fallback(Integer switchover, Integer capacity, Drill... drills) {
        return new Path("fb", PathRole.FALLBACK, Activation.AUTOMATIC, switchover, capacity, List.of("d"),
                List.of(drills));
    }

    private static Drill drill(int daysAgo, DrillResult result, Integer measured) {
        return new Drill(TODAY.minusDays(daysAgo), result, measured, null);
    }

    private static Drill passed(int daysAgo) {
        return drill(daysAgo, DrillResult.PASSED, null);
    }

    @Test
    void aFallbackWhoseRecentDrillPassedWithinTheRtoCounts() {
        Path path = fallback(5, 100, drill(10, DrillResult.PASSED, 4));
        assertThat(PracticeRule.gaps(path, RTO, TODAY)).isEmpty();
        assertThat(PracticeRule.counts(path, RTO, TODAY)).isTrue();
    }

    @Test
    void aPrimaryAlwaysCountsEvenNeverDrilledAndWithoutSwitchover() {
        Path primary = new Path("p", PathRole.PRIMARY, null, null, null, List.of("d"), List.of());
        assertThat(PracticeRule.gaps(primary, RTO, TODAY)).isEmpty();
    }

    @Test
    void aFallbackNeverDrilledDoesNotCount() {
        assertThat(PracticeRule.gaps(fallback(5, 100), RTO, TODAY)).containsExactly(NEVER_DRILLED);
    }

    @Test
    void aFallbackWhoseLastDrillFailedDoesNotCount() {
        assertThat(PracticeRule.gaps(fallback(5, 100, drill(3, DrillResult.FAILED, null)), RTO, TODAY))
                .containsExactly(LAST_DRILL_FAILED);
    }

    @Test
    void aFallbackWhoseLastDrillOnlyPartlyPassedDoesNotCount() {
        assertThat(PracticeRule.gaps(fallback(5, 100, drill(3, DrillResult.PARTIAL, null)), RTO, TODAY))
                .containsExactly(LAST_DRILL_PARTIAL);
    }

    @Test
    void onlyTheMostRecentDrillByDateMattersNotTheOrderInWhichDrillsAreListed() {
        Path failedThenPassed = fallback(5, 100, passed(5), drill(40, DrillResult.FAILED, null));
        Path passedThenFailed = fallback(5, 100, drill(5, DrillResult.FAILED, null), passed(40));
        assertThat(PracticeRule.counts(failedThenPassed, RTO, TODAY)).isTrue();
        assertThat(PracticeRule.gaps(passedThenFailed, RTO, TODAY)).containsExactly(LAST_DRILL_FAILED);
    }

    @Test
    void aDrillExactlyNinetyDaysOldStillCounts() {
        assertThat(PracticeRule.gaps(fallback(5, 100, passed(90)), RTO, TODAY)).isEmpty();
    }

    @Test
    void aDrillNinetyOneDaysOldIsTooOld() {
        assertThat(PracticeRule.gaps(fallback(5, 100, passed(91)), RTO, TODAY)).containsExactly(LAST_DRILL_TOO_OLD);
    }

    @Test
    void aDrillOfTodayCounts() {
        assertThat(PracticeRule.counts(fallback(5, 100, passed(0)), RTO, TODAY)).isTrue();
    }

    @Test
    void aDrillDatedAfterTodayIsIgnored() {
        Path onlyFuture = fallback(5, 100, passed(-1));
        assertThat(PracticeRule.gaps(onlyFuture, RTO, TODAY)).containsExactly(NEVER_DRILLED);
        assertThat(DrillSchedule.lastDrill(onlyFuture, TODAY)).isEmpty();
    }

    @Test
    void aFailedDrillDatedAfterTodayDoesNotHideTheLastRealOne() {
        Path path = fallback(5, 100, drill(-3, DrillResult.FAILED, 120), passed(20));
        assertThat(PracticeRule.gaps(path, RTO, TODAY)).isEmpty();
        assertThat(DrillSchedule.lastDrill(path, TODAY)).contains(passed(20));
    }

    @Test
    void aPassedDrillDatedAfterTodayDoesNotReviveAnOldOne() {
        Path path = fallback(5, 100, passed(-3), passed(200));
        assertThat(PracticeRule.gaps(path, RTO, TODAY)).containsExactly(LAST_DRILL_TOO_OLD);
    }

    @Test
    void aDeclaredSwitchoverOverTheRtoRulesTheFallbackOut() {
        assertThat(PracticeRule.gaps(fallback(RTO + 1, 100, passed(5)), RTO, TODAY))
                .containsExactly(SWITCHOVER_OVER_RTO);
    }

    @Test
    void aDeclaredSwitchoverEqualToTheRtoIsWithinIt() {
        assertThat(PracticeRule.gaps(fallback(RTO, 100, passed(5)), RTO, TODAY)).isEmpty();
    }

    @Test
    void aSwitchoverMeasuredByTheLastDrillOverTheRtoRulesTheFallbackOut() {
        assertThat(PracticeRule.gaps(fallback(5, 100, drill(5, DrillResult.PASSED, RTO + 1)), RTO, TODAY))
                .containsExactly(DRILLED_SWITCHOVER_OVER_RTO);
    }

    @Test
    void aSwitchoverMeasuredEqualToTheRtoIsWithinIt() {
        assertThat(PracticeRule.gaps(fallback(5, 100, drill(5, DrillResult.PASSED, RTO)), RTO, TODAY)).isEmpty();
    }

    @Test
    void onlyTheLastDrillsMeasuredSwitchoverCountsNotAnEarlierSlowerOne() {
        Path path = fallback(5, 100, drill(5, DrillResult.PASSED, 3), drill(60, DrillResult.PASSED, 120));
        assertThat(PracticeRule.gaps(path, RTO, TODAY)).isEmpty();
    }

    @Test
    void aSwitchoverBothDeclaredAndDrilledOverTheRtoGivesBothGaps() {
        assertThat(PracticeRule.gaps(fallback(45, 100, drill(5, DrillResult.PASSED, 50)), RTO, TODAY))
                .containsExactlyInAnyOrder(SWITCHOVER_OVER_RTO, DRILLED_SWITCHOVER_OVER_RTO);
    }

    @Test
    void aFallbackWithoutADeclaredSwitchoverDoesNotCount() {
        assertThat(PracticeRule.gaps(fallback(null, 100, passed(5)), RTO, TODAY))
                .containsExactly(NO_DECLARED_SWITCHOVER);
    }

    @Test
    void withoutAnRtoNoSwitchoverRulesAFallbackOut() {
        assertThat(PracticeRule.gaps(fallback(600, 100, drill(5, DrillResult.PASSED, 700)), null, TODAY)).isEmpty();
    }

    @Test
    void aManualFallbackCountsLikeAnAutomaticOneWhenItsDeclaredSwitchoverIncludesActivation() {
        Path manual = new Path("fb", PathRole.FALLBACK, Activation.MANUAL, 10, 100, List.of("d"),
                List.of(passed(5)));
        assertThat(PracticeRule.counts(manual, RTO, TODAY)).isTrue();
    }

    @Test
    void capacityBelowAHundredPercentDoesNotRemoveAFallback() {
        assertThat(PracticeRule.counts(fallback(5, 40, passed(5)), RTO, TODAY)).isTrue();
    }

    @Test
    void everyGapOfAFallbackIsReportedAtOnce() {
        Path path = fallback(45, 100, drill(200, DrillResult.FAILED, 60));
        assertThat(PracticeRule.gaps(path, RTO, TODAY)).containsExactlyInAnyOrder(LAST_DRILL_FAILED,
                LAST_DRILL_TOO_OLD, DRILLED_SWITCHOVER_OVER_RTO, SWITCHOVER_OVER_RTO);
    }

    @Test
    void everyGapHasAReasonForPeople() {
        for (PracticeRule.Gap gap : PracticeRule.Gap.values()) {
            assertThat(gap.reason()).isNotBlank();
        }
        assertThat(LAST_DRILL_TOO_OLD.reason()).contains("90 days");
    }

    @Test
    void theDrillScheduleCallsAFallbackOverdueOrNeverDrilledExactlyWhenItsLastDrillNoLongerCountsHere() {
        for (int daysAgo = -2; daysAgo <= 200; daysAgo++) {
            Path path = fallback(5, 100, passed(daysAgo));
            BusinessService service = new BusinessService("s", "S", "t", 1, RTO, null, null, null, null, null,
                    List.of(new Dependency("dep", "Dep", List.of(path))), 0);
            List<DueDrill.Kind> due = DrillSchedule.due(List.of(service), TODAY).stream().map(DueDrill::kind).toList();
            List<PracticeRule.Gap> gaps = PracticeRule.gaps(path, RTO, TODAY);

            assertThat(due.contains(DueDrill.Kind.OVERDUE)).as("%d days ago", daysAgo)
                    .isEqualTo(gaps.contains(LAST_DRILL_TOO_OLD));
            assertThat(due.contains(DueDrill.Kind.NEVER)).as("%d days ago", daysAgo)
                    .isEqualTo(gaps.contains(NEVER_DRILLED));
        }
    }
}
