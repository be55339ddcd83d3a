package com.continuity.resilience.model;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Short ways to write small services by hand in unit tests. */
final class Build {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private Build() {
    }

    static BusinessService service(String key, int tier, Integer rto, Integer mtpd, String costPerHour,
                                   String currency, Dependency... dependencies) {
        return new BusinessService(key, "Service " + key, "team", tier, rto, 0, mtpd,
                costPerHour == null ? null : new BigDecimal(costPerHour), currency, null, List.of(dependencies), 0);
    }

    /** Tier 3, RTO 60, MTPD 240, no cost. */
    static BusinessService service(String key, Dependency... dependencies) {
        return service(key, 3, 60, 240, null, "USD", dependencies);
    }

    static Dependency dependency(String key, Path... paths) {
        return new Dependency(key, "Dependency " + key, List.of(paths));
    }

    static Path primary(String... domains) {
        return new Path("primary", PathRole.PRIMARY, null, null, null, List.of(domains), List.of());
    }

    /** A fallback that counts in practice for RTOs of at least {@code switchover}: drilled and passed 10 days ago. */
    static Path drilled(String key, int switchover, int capacity, String... domains) {
        return new Path(key, PathRole.FALLBACK, Activation.AUTOMATIC, switchover, capacity, List.of(domains),
                List.of(new Drill(TODAY.minusDays(10), DrillResult.PASSED, switchover, null)));
    }

    /** A fallback never drilled: on paper only. */
    static Path undrilled(String key, int switchover, int capacity, String... domains) {
        return new Path(key, PathRole.FALLBACK, Activation.MANUAL, switchover, capacity, List.of(domains), List.of());
    }

    static Path fallback(String key, Integer switchover, Integer capacity, List<Drill> drills, String... domains) {
        return new Path(key, PathRole.FALLBACK, Activation.AUTOMATIC, switchover, capacity, List.of(domains), drills);
    }

    static Drill drill(int daysAgo, DrillResult result, Integer measured) {
        return new Drill(TODAY.minusDays(daysAgo), result, measured, null);
    }
}
