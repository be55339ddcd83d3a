package com.continuity.reviews;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The action items of a review as CSV (RFC 4180: comma-separated, CRLF, quoted where needed). */
final class ActionItemsCsv {

    static final List<String> HEADER = List.of("id", "review", "title", "service", "contract", "owner", "due",
            "status", "carried", "finding", "created_by", "created_at");

    private ActionItemsCsv() {
    }

    static String write(ReviewDetails details) {
        long review = details.review().id();
        StringBuilder out = new StringBuilder(line(HEADER.stream()));
        for (ActionItem i : details.actionItems()) {
            out.append(line(Stream.of(Long.toString(i.id()), details.review().quarter().toString(), i.title(),
                    i.service(), i.contract(), i.owner(), i.due().toString(), i.status().fileName(),
                    i.review() == review ? "no" : "yes", i.finding(), i.createdBy(), i.createdAt().toString())));
        }
        return out.toString();
    }

    private static String line(Stream<String> cells) {
        return cells.map(ActionItemsCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * Quotes a cell holding a comma, quote or line break; a cell a spreadsheet would read as a formula is
     * prefixed with an apostrophe, so a title like "=HYPERLINK(...)" stays text.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
