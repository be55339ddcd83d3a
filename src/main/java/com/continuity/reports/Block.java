package com.continuity.reports;

/**
 * One line of a document, by what it is rather than how it looks: the template draws each kind (decision 0009).
 * {@code text} is the main text or label, {@code value} the value or the second column, {@code c3}–{@code c5}
 * further table columns, and {@code picture} an SVG document for a picture.
 */
public record Block(Kind kind, String text, String value, String c3, String c4, String c5, byte[] picture) {

    public enum Kind {
        H1, H2, P, FIELD, GAP, BULLET, STEP, CHECK, TH, TR, PICTURE, SPACE, BREAK;

        /** The name the template tests in its bands' print-when expressions. */
        String templateName() {
            return name().toLowerCase();
        }
    }

    static Block of(Kind kind, String text, String value) {
        return new Block(kind, text, value, null, null, null, null);
    }

    public static Block heading(String text) {
        return of(Kind.H1, text, null);
    }

    public static Block subheading(String text) {
        return of(Kind.H2, text, null);
    }

    public static Block paragraph(String text) {
        return of(Kind.P, text, null);
    }

    public static Block field(String label, String value) {
        return of(Kind.FIELD, label, value);
    }

    /** Something the reader must have and the data lacks: printed, never left out. */
    public static Block gap(String label, String what) {
        return of(Kind.GAP, label, what);
    }

    public static Block bullet(String text) {
        return of(Kind.BULLET, text, null);
    }

    /** A numbered step of a checklist, with a blank for when it started. */
    public static Block step(int number, String title) {
        return of(Kind.STEP, title, Integer.toString(number));
    }

    /** A box to tick, with a blank for the time. */
    public static Block check(String text) {
        return of(Kind.CHECK, text, null);
    }

    public static Block tableHeader(String... columns) {
        return row(Kind.TH, columns);
    }

    public static Block tableRow(String... columns) {
        return row(Kind.TR, columns);
    }

    public static Block picture(String svg, String caption) {
        return new Block(Kind.PICTURE, caption, null, null, null, null,
                svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Block space() {
        return of(Kind.SPACE, null, null);
    }

    /** What follows starts on a new page; at the top of a page already, it adds no blank page. */
    public static Block pageBreak() {
        return of(Kind.BREAK, null, null);
    }

    private static Block row(Kind kind, String... columns) {
        if (columns.length > 5) {
            throw new IllegalArgumentException("the template has five columns, not " + columns.length);
        }
        String[] c = java.util.Arrays.copyOf(columns, 5);
        return new Block(kind, c[0], c[1], c[2], c[3], c[4], null);
    }

    /** The words of the block, for the document's fingerprint and for tests. */
    String words() {
        return String.join("\u001f", kind.name(), String.valueOf(text), String.valueOf(value), String.valueOf(c3),
                String.valueOf(c4), String.valueOf(c5), picture == null ? "" : new String(picture,
                        java.nio.charset.StandardCharsets.UTF_8));
    }
}
