package com.continuity.sla.model;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** A billing month in the contract's zone, as epoch seconds [start, end): a month with a clock change is 1 h off. */
record Period(YearMonth month, ZoneId zone, long start, long end) {

    static Period of(YearMonth month, ZoneId zone) {
        return new Period(month, zone, month.atDay(1).atStartOfDay(zone).toEpochSecond(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toEpochSecond());
    }

    long seconds() {
        return end - start;
    }

    long minutes() {
        return seconds() / 60;
    }

    Instant startInstant() {
        return Instant.ofEpochSecond(start);
    }

    Instant endInstant() {
        return Instant.ofEpochSecond(end);
    }
}
