package com.continuity.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which drills of fallbacks are due on a given day, for reminders and the quarterly review. Per fallback path:
 * <ul>
 *   <li>each planned drill from today to {@link #PLANNED_HORIZON_DAYS} days ahead is {@link DueDrill.Kind#PLANNED};</li>
 *   <li>each planned drill whose day has passed with no drill logged on or after that day (and not after today)
 *       is {@link DueDrill.Kind#MISSED}; one with such a drill is done;</li>
 *   <li>the fallback is {@link DueDrill.Kind#OVERDUE} when its last drill (by date, not after today, whatever its
 *       result) is more than {@link #DRILL_MAX_AGE_DAYS} days old, and {@link DueDrill.Kind#NEVER} when it has no
 *       drill on or before today.</li>
 * </ul>
 * The two questions are independent: an overdue fallback with a drill planned next week is both OVERDUE and
 * PLANNED. A primary path is never due. Plain Java: the caller says what today is.
 */
public final class DrillSchedule {

    /** A fallback's last drill counts this many days; the resilience module's practice rule uses the same age. */
    public static final int DRILL_MAX_AGE_DAYS = 90;

    /** Planned drills this many days ahead (today included) are listed as due. */
    public static final int PLANNED_HORIZON_DAYS = 14;

    private static final Comparator<DueDrill> SOONEST_FIRST = Comparator
            .comparing(DueDrill::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DueDrill::service).thenComparing(DueDrill::dependency).thenComparing(DueDrill::path)
            .thenComparing(DueDrill::kind);

    private DrillSchedule() {
    }

    /**
     * The due drills of these services on {@code today}, soonest first (never drilled ones lead, then by date), then
     * by service, dependency and path key.
     */
    public static List<DueDrill> due(List<BusinessService> services, LocalDate today) {
        List<DueDrill> due = new ArrayList<>();
        for (BusinessService s : services) {
            for (Dependency d : s.dependencies()) {
                for (Path p : d.paths()) {
                    if (p.role() == PathRole.FALLBACK) {
                        due(s, d, p, today, due);
                    }
                }
            }
        }
        due.sort(SOONEST_FIRST);
        return due;
    }

    private static void due(BusinessService s, Dependency d, Path p, LocalDate today, List<DueDrill> due) {
        LocalDate last = lastDrill(p, today).map(Drill::date).orElse(null);
        for (PlannedDrill plan : p.plannedDrills()) {
            planned(p, plan, today).ifPresent(kind -> due.add(new DueDrill(s.key(), s.name(), s.team(), d.key(),
                    p.key(), kind, plan.date(), plan.owner(), last, plan.scenario())));
        }
        if (last == null) {
            due.add(new DueDrill(s.key(), s.name(), s.team(), d.key(), p.key(), DueDrill.Kind.NEVER, null, null, null));
        } else if (isTooOld(last, today)) {
            due.add(new DueDrill(s.key(), s.name(), s.team(), d.key(), p.key(), DueDrill.Kind.OVERDUE,
                    last.plusDays(DRILL_MAX_AGE_DAYS), null, last));
        }
    }

    /** PLANNED or MISSED, or empty when the plan is further ahead than the horizon, or done. */
    private static Optional<DueDrill.Kind> planned(Path p, PlannedDrill plan, LocalDate today) {
        if (plan.date() == null || plan.date().isAfter(today.plusDays(PLANNED_HORIZON_DAYS))) {
            return Optional.empty();
        }
        if (!plan.date().isBefore(today)) {
            return Optional.of(DueDrill.Kind.PLANNED);
        }
        return missed(p, plan, today) ? Optional.of(DueDrill.Kind.MISSED) : Optional.empty();
    }

    /** The most recent drill on or before {@code today}: one dated later has not happened yet. */
    public static Optional<Drill> lastDrill(Path path, LocalDate today) {
        return path.drills().stream()
                .filter(d -> d.date() != null && !d.date().isAfter(today))
                .max(Comparator.comparing(Drill::date));
    }

    /** Whether a drill done on {@code date} no longer counts on {@code today}: more than 90 days ago. */
    public static boolean isTooOld(LocalDate date, LocalDate today) {
        return date.plusDays(DRILL_MAX_AGE_DAYS).isBefore(today);
    }

    /** A planned day that has passed with no drill logged from that day up to today. */
    public static boolean missed(Path path, PlannedDrill plan, LocalDate today) {
        return plan.date().isBefore(today) && path.drills().stream().map(Drill::date)
                .noneMatch(d -> d != null && !d.isBefore(plan.date()) && !d.isAfter(today));
    }
}
