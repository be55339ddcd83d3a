package com.continuity.alerts;

import com.continuity.inventory.DueDrill;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line a drill-due alert says (the Slack text, the e-mail subject), for each kind of due drill. */
class DrillSummaryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static DueDrill due(DueDrill.Kind kind, LocalDate date, String owner, LocalDate lastDrill, String scenario) {
        return new DueDrill("help-chat", "Customer help chat", "customer-care", "replies", "llama-on-prem", kind, date,
                owner, lastDrill, scenario);
    }

    @Test
    void aPlannedDrillSaysInHowManyDaysWhoRunsItAndWhatItDoes() {
        assertThat(AlertChecks.drillSummary(due(DueDrill.Kind.PLANNED, TODAY.plusDays(1), "Dana", null, "pull the plug"),
                TODAY)).isEqualTo("Drill in 1 day: Customer help chat (help-chat), fallback llama-on-prem of replies on "
                + "2026-11-28, run by Dana: pull the plug");
        assertThat(AlertChecks.drillSummary(due(DueDrill.Kind.PLANNED, TODAY, "Dana", null, null), TODAY))
                .isEqualTo("Drill today: Customer help chat (help-chat), fallback llama-on-prem of replies on 2026-11-27, "
                        + "run by Dana");
    }

    @Test
    void aMissedDrillSaysWhenItWasPlannedAndByWhom() {
        assertThat(AlertChecks.drillSummary(due(DueDrill.Kind.MISSED, TODAY.minusDays(2), "Dana", null, "x"), TODAY))
                .isEqualTo("Drill missed: Customer help chat (help-chat), fallback llama-on-prem of replies was planned "
                        + "on 2026-11-25, run by Dana, and no drill has been logged since");
    }

    @Test
    void anOverdueFallbackSaysWhenItWasLastDrilled() {
        assertThat(AlertChecks.drillSummary(due(DueDrill.Kind.OVERDUE, TODAY.minusDays(10), null,
                TODAY.minusDays(100), null), TODAY)).isEqualTo("Drill overdue: Customer help chat (help-chat), fallback "
                + "llama-on-prem of replies was last drilled on 2026-08-19, more than 90 days ago");
    }
}
