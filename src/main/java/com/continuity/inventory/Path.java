package com.continuity.inventory;

import java.util.List;

/**
 * One way to serve a dependency: the primary or a fallback. Up while every failure domain it {@code requires} is
 * up. Activation, switchover and capacity describe fallbacks and are null on a primary when not given.
 * Key unique in its dependency.
 */
public record Path(String key, PathRole role, Activation activation, Integer switchoverMinutes,
                   Integer capacityPercent, List<String> requires, List<Drill> drills) {

    public Path {
        requires = requires == null ? List.of() : List.copyOf(requires);
        drills = drills == null ? List.of() : List.copyOf(drills);
    }
}
