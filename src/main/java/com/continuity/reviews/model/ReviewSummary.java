package com.continuity.reviews.model;

import com.continuity.reviews.model.Snapshot.DrillGap;
import com.continuity.reviews.model.Snapshot.ServiceEntry;

import java.util.List;

/**
 * The head of a review, read from its snapshot: the riskiest services, and how many fallbacks need a drill and why.
 * The page and the PDF both show these, so they count them here once.
 * The change since the previous review and the credits per status are in the snapshot as they are.
 *
 * @param topRisks the services with a risk score above zero, riskiest first, at most {@value #TOP_RISKS}
 */
public record ReviewSummary(List<ServiceEntry> topRisks, int drillsOverdue, int drillsNeverDone, int drillsFailed,
                            int plannedDrillsMissed) {

    public static final int TOP_RISKS = 5;

    public ReviewSummary {
        topRisks = List.copyOf(topRisks);
    }

    public static ReviewSummary of(Snapshot s) {
        // the snapshot lists its services riskiest first
        List<ServiceEntry> top = s.services().stream().filter(e -> e.score() > 0).limit(TOP_RISKS).toList();
        return new ReviewSummary(top, gaps(s, DrillGap.Kind.OVERDUE), gaps(s, DrillGap.Kind.NEVER),
                gaps(s, DrillGap.Kind.FAILED), (int) s.plannedDrills().stream().filter(p -> p.missed()).count());
    }

    public int drillGaps() {
        return drillsOverdue + drillsNeverDone + drillsFailed;
    }

    /** True when no fallback needs a drill. */
    public boolean drillsInOrder() {
        return drillsOverdue + drillsNeverDone + drillsFailed + plannedDrillsMissed == 0;
    }

    private static int gaps(Snapshot s, DrillGap.Kind kind) {
        return (int) s.drillGaps().stream().filter(g -> g.kind() == kind).count();
    }
}
