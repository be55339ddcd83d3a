package com.continuity.inventory;

import com.continuity.shared.Window;

/**
 * A page of the dependency grid: a free-text filter over service, team and dependency, a sort column and
 * direction, and the window to load.
 */
public record DependencyQuery(String filter, Sort sort, boolean descending, int offset, int limit) {

    public enum Sort {
        SERVICE("s.key"), TEAM("t.key"), TIER("s.tier"), DEPENDENCY("d.key"), NAME("d.name");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public DependencyQuery {
        filter = filter == null ? "" : filter.trim();
        sort = sort == null ? Sort.SERVICE : sort;
        new Window(offset, limit);
    }
}
