package com.continuity.resilience.model;

import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillSchedule;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a fallback would really save the day (DESIGN §3): its most recent drill (by date, not after today)
 * passed and is at most 90 days old, and both its declared switchover and the one that drill measured, if any,
 * are within the service's RTO. A primary always counts. Capacity below 100% does not remove a fallback.
 */
public final class PracticeRule {

    /** Why a fallback does not count in practice. */
    public enum Gap {
        NEVER_DRILLED("it has never been drilled"),
        LAST_DRILL_FAILED("its last drill failed"),
        LAST_DRILL_PARTIAL("its last drill only partly passed"),
        LAST_DRILL_TOO_OLD("its last drill is more than " + DrillSchedule.DRILL_MAX_AGE_DAYS + " days old"),
        NO_DECLARED_SWITCHOVER("it declares no switchover time"),
        SWITCHOVER_OVER_RTO("its declared switchover is longer than the RTO"),
        DRILLED_SWITCHOVER_OVER_RTO("its last drill measured a switchover longer than the RTO");

        private final String reason;

        Gap(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private PracticeRule() {
    }

    /** Empty when the path counts in practice; else every reason it does not. An unset RTO never rules one out. */
    public static List<Gap> gaps(Path path, Integer rtoMinutes, LocalDate today) {
        List<Gap> gaps = new ArrayList<>();
        if (path.role() == PathRole.PRIMARY) {
            return gaps;
        }
        Optional<Drill> last = DrillSchedule.lastDrill(path, today);
        if (last.isEmpty()) {
            gaps.add(Gap.NEVER_DRILLED);
        } else {
            Drill drill = last.get();
            if (drill.result() == DrillResult.FAILED) {
                gaps.add(Gap.LAST_DRILL_FAILED);
            } else if (drill.result() != DrillResult.PASSED) {
                gaps.add(Gap.LAST_DRILL_PARTIAL);
            }
            if (DrillSchedule.isTooOld(drill.date(), today)) {
                gaps.add(Gap.LAST_DRILL_TOO_OLD);
            }
            if (rtoMinutes != null && drill.switchoverMinutes() != null && drill.switchoverMinutes() > rtoMinutes) {
                gaps.add(Gap.DRILLED_SWITCHOVER_OVER_RTO);
            }
        }
        if (path.switchoverMinutes() == null) {
            gaps.add(Gap.NO_DECLARED_SWITCHOVER);
        } else if (rtoMinutes != null && path.switchoverMinutes() > rtoMinutes) {
            gaps.add(Gap.SWITCHOVER_OVER_RTO);
        }
        return gaps;
    }

    public static boolean counts(Path path, Integer rtoMinutes, LocalDate today) {
        return gaps(path, rtoMinutes, today).isEmpty();
    }
}
