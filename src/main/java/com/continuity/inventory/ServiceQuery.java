package com.continuity.inventory;

import com.continuity.shared.Window;

/** A page of the services grid: a free-text filter over key, name and team, a sort column and direction. */
public record ServiceQuery(String filter, Sort sort, boolean descending, int offset, int limit) {

    public enum Sort {
        KEY("s.key"), NAME("lower(s.name)"), TEAM("t.key"), TIER("s.tier"), RTO("s.rto_minutes"), MTPD("s.mtpd_minutes");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public ServiceQuery {
        filter = filter == null ? "" : filter.trim();
        sort = sort == null ? Sort.TIER : sort;
        new Window(offset, limit);
    }
}
