package com.continuity.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small writer of SVG markup: elements with attributes given as name/value pairs, every value and every text
 * escaped for XML, numbers written with a dot. Plain Java, so that pages and PDF reports draw the same pictures.
 */
public final class Svg {

    public static final String NS = "http://www.w3.org/2000/svg";
    /** Rough width of one character of the 12 px sans-serif text, to lay out and wrap text by hand. */
    public static final double CHAR_WIDTH = 6.6;
    public static final double LINE_HEIGHT = 15;

    private final StringBuilder out = new StringBuilder();

    /**
     * A chart's frame: an open {@code svg} element that scales down to its container, a title for screen readers,
     * a white background and the title written in bold at ({@code titleX}, 20). The caller closes the svg.
     */
    public static Svg chart(double width, double height, String cssClass, String title, double titleX) {
        Svg svg = new Svg();
        svg.open("svg", "xmlns", NS, "width", num(width), "height", num(height), "viewBox",
                "0 0 " + num(width) + " " + num(height), "role", "img", "font-family", "DejaVu Sans, sans-serif",
                "font-size", "11", "class", cssClass, "style", "max-width:100%;height:auto");
        svg.element("title", title);
        svg.empty("rect", "x", "0", "y", "0", "width", num(width), "height", num(height), "fill", "#ffffff");
        svg.element("text", title, "x", num(titleX), "y", "20", "font-size", "13", "font-weight", "bold");
        return svg;
    }

    public Svg open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    public Svg close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    public Svg empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text, such as {@code <text>} or {@code <title>}. */
    public Svg element(String tag, String text, String... attributes) {
        open(tag, attributes);
        out.append(escape(text));
        return close(tag);
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A coordinate or length: at most one decimal, always a dot. */
    public static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /**
     * The text as XML character data or attribute value: markup characters escaped, and characters XML 1.0
     * cannot hold at all (most control characters, lone surrogates) dropped.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** The text broken at spaces into lines of at most {@code width} pixels; a longer word is cut. */
    public static List<String> wrap(String text, double width) {
        int max = Math.max(4, (int) Math.floor(width / CHAR_WIDTH));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > max) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, max));
                word = word.substring(max);
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= max) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
