package com.continuity.sla.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Collects the sentences of an evaluation and writes its figures the same way everywhere. */
final class Explanation {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final ZoneId zone;
    private final List<String> lines = new ArrayList<>();

    Explanation(ZoneId zone) {
        this.zone = zone;
    }

    /** ZoneOffset.UTC calls itself "Z"; people read "UTC". */
    static String zone(ZoneId zone) {
        return zone.getId().equals("Z") ? "UTC" : zone.getId();
    }

    void add(String line) {
        lines.add(line);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** In the contract's zone with its offset, so that clock changes stay visible. */
    String time(long epochSecond) {
        return (epochSecond % 60 == 0 ? MINUTE : SECOND).format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    String window(Span s) {
        return time(s.start()) + " to " + time(s.end());
    }

    /** Whole minutes as such; otherwise the minutes with the exact seconds beside them. */
    static String minutes(long seconds) {
        return seconds % 60 == 0 ? (seconds / 60) + " min"
                : Ratio.of(seconds, 60).decimal().toPlainString() + " min (" + seconds + " s)";
    }

    static String minutes(Ratio seconds) {
        return seconds.over(BigDecimal.valueOf(60)).decimal().toPlainString() + " min";
    }

    static String percent(Ratio percent) {
        return percent.decimal().toPlainString() + "%";
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
