package com.continuity.inventory;

import java.util.List;

/**
 * One way to serve a dependency: the primary or a fallback. Up while every failure domain it {@code requires} is
 * up. Activation, switchover and capacity describe fallbacks and are null on a primary when not given; drills
 * are the tests logged, planned drills the ones to come (only a fallback has those). Key unique in its dependency.
 */
public record Path(String key, PathRole role, Activation activation, Integer switchoverMinutes,
                   Integer capacityPercent, List<String> requires, List<Drill> drills, List<PlannedDrill> plannedDrills) {

    public Path {
        requires = requires == null ? List.of() : List.copyOf(requires);
        drills = drills == null ? List.of() : List.copyOf(drills);
        plannedDrills = plannedDrills == null ? List.of() : List.copyOf(plannedDrills);
    }

    /** A path with no planned drills. */
    public Path(String key, PathRole role, Activation activation, Integer switchoverMinutes, Integer capacityPercent,
                List<String> requires, List<Drill> drills) {
        this(key, role, activation, switchoverMinutes, capacityPercent, requires, drills, List.of());
    }
}
