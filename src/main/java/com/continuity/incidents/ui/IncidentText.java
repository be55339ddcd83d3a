package com.continuity.incidents.ui;

import com.continuity.incidents.Incident;
import com.continuity.incidents.IncidentSource;
import com.continuity.incidents.model.Impact;
import com.vaadin.flow.component.html.Span;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the incidents pages write times, durations, impacts and states. Presentation only. */
final class IncidentText {

    static final String NONE = "—";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private IncidentText() {
    }

    /** "2026-02-18 14:22 UTC", or the em dash. */
    static String time(Instant t) {
        return t == null ? NONE : MINUTE.format(t);
    }

    /** "2024-09-16 21:31:02 UTC": for status-page intervals, timed to the second. */
    static String exactTime(Instant t) {
        return t == null ? NONE : SECOND.format(t);
    }

    /** "2026-02-18 14:22 UTC – 2026-02-18 18:17 UTC", or "… – still open". */
    static String window(Instant start, Instant end) {
        return time(start) + " – " + (end == null ? "still open" : time(end));
    }

    /** "3 h 55 min", "37 min 36 s", "2 d 4 h"; "ongoing" for an open incident. */
    static String duration(Instant start, Instant end) {
        if (end == null) {
            return "ongoing";
        }
        Duration d = Duration.between(start, end);
        List<String> parts = new ArrayList<>();
        if (d.toDays() > 0) {
            parts.add(d.toDays() + " d");
        }
        if (d.toHoursPart() > 0) {
            parts.add(d.toHoursPart() + " h");
        }
        if (d.toMinutesPart() > 0 && d.toDays() == 0) {
            parts.add(d.toMinutesPart() + " min");
        }
        if (d.toSecondsPart() > 0 && d.toHours() == 0) {
            parts.add(d.toSecondsPart() + " s");
        }
        return parts.isEmpty() ? "0 min" : String.join(" ", parts);
    }

    static String impact(Impact impact) {
        return impact == null ? NONE : capitalised(impact.fileName());
    }

    static String source(IncidentSource source) {
        return switch (source) {
            case MANUAL -> "Entered by hand";
            case STATUS_PAGE -> "Status page";
            case PROBE -> "Probe";
        };
    }

    /** "Open" or "Resolved", in words; the class only colours what the word says. */
    static Span state(Incident incident, String id) {
        Span span = new Span(incident.open() ? "Open" : "Resolved");
        span.addClassName(incident.open() ? "incident-open" : "incident-resolved");
        if (id != null) {
            span.setId(id);
        }
        return span;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).replace('-', ' ');
    }
}
