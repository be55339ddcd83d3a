package com.continuity.reviews;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.reviews.model.Snapshot.DrillGap;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which fallbacks a review lists as drill gaps: the same ones the practice rule refuses for their drills. */
class DrillGapsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static Path fallback(String key, Drill... drills) {
        return new Path(key, PathRole.FALLBACK, Activation.AUTOMATIC, 1, 100, List.of("b"), List.of(drills));
    }

    static Drill drill(int daysAgo, DrillResult result) {
        return new Drill(TODAY.minusDays(daysAgo), result, 1, null);
    }

    @Test
    void aFallbackNeverDrilledFailedPartlyPassedOrDrilledLongAgoIsAGapAndARecentPassIsNot() {
        BusinessService s = new BusinessService("svc", "Service", "team", 1, 60, 0, 240, BigDecimal.TEN, "USD", null,
                List.of(new Dependency("dep", "Dependency", List.of(
                        new Path("primary", PathRole.PRIMARY, null, null, null, List.of("a"), List.of()),
                        fallback("never"),
                        fallback("failed", drill(5, DrillResult.FAILED)),
                        fallback("partial", drill(5, DrillResult.PARTIAL)),
                        fallback("old", drill(120, DrillResult.PASSED)),
                        fallback("recent", drill(120, DrillResult.FAILED), drill(10, DrillResult.PASSED))))), 0);

        List<DrillGap> gaps = SnapshotCompiler.drillGaps(List.of(s), TODAY);

        assertThat(gaps).extracting(DrillGap::path, DrillGap::kind).containsExactly(
                Tuple.tuple("never", DrillGap.Kind.NEVER),
                Tuple.tuple("failed", DrillGap.Kind.FAILED),
                Tuple.tuple("partial", DrillGap.Kind.FAILED),
                Tuple.tuple("old", DrillGap.Kind.OVERDUE));
    }
}
