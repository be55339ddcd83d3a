package com.continuity.resilience.picture;

import com.continuity.shared.Svg;
import com.continuity.resilience.model.Concentration;

import java.util.List;

/**
 * A bar chart of concentration: for each provider, the share of tier-1 and tier-2 services it alone takes down, on
 * paper (light bar) and in practice (dark bar), each bar with its figures written beside it. Plain Java SVG.
 */
public final class ConcentrationChart {

    static final String PAPER_COLOUR = "#90caf9";
    static final String PRACTICE_COLOUR = "#c62828";

    private static final double MARGIN = 20;
    private static final double LABEL_W = 210;
    private static final double BAR_X = MARGIN + LABEL_W;
    private static final double BAR_W = 380;
    private static final double WIDTH = BAR_X + BAR_W + 270;
    private static final double TOP = 64;
    private static final double BAR_H = 14;
    private static final double ROW_H = 2 * BAR_H + 20;

    private ConcentrationChart() {
    }

    public static String svg(List<Concentration> providers) {
        double height = TOP + Math.max(1, providers.size()) * ROW_H + 36;
        Svg svg = new Svg();
        svg.open("svg", "xmlns", Svg.NS, "width", Svg.num(WIDTH), "height", Svg.num(height),
                "viewBox", "0 0 " + Svg.num(WIDTH) + " " + Svg.num(height), "role", "img",
                "font-family", "sans-serif", "font-size", "12", "class", "concentration-chart",
                "style", "max-width:100%;height:auto");
        svg.element("title", "Share of tier-1 and tier-2 services each provider alone takes down");
        svg.empty("rect", "x", "0", "y", "0", "width", Svg.num(WIDTH), "height", Svg.num(height), "fill", "#ffffff");
        svg.element("text", "Share of tier-1 and tier-2 services each provider alone takes down", "x",
                Svg.num(MARGIN), "y", "24", "font-size", "15", "font-weight", "bold");
        svg.empty("rect", "x", Svg.num(MARGIN), "y", "36", "width", "14", "height", "10", "fill", PAPER_COLOUR);
        svg.element("text", "on paper", "x", Svg.num(MARGIN + 20), "y", "45");
        svg.empty("rect", "x", Svg.num(MARGIN + 100), "y", "36", "width", "14", "height", "10", "fill",
                PRACTICE_COLOUR);
        svg.element("text", "in practice", "x", Svg.num(MARGIN + 120), "y", "45");
        double bottom = TOP + Math.max(1, providers.size()) * ROW_H;
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = BAR_X + BAR_W * tick / 100.0;
            svg.empty("line", "x1", Svg.num(x), "y1", Svg.num(TOP - 6), "x2", Svg.num(x), "y2", Svg.num(bottom),
                    "stroke", "#cfd8dc", "stroke-width", "1");
            svg.element("text", tick + "%", "x", Svg.num(x), "y", Svg.num(bottom + 16), "text-anchor", "middle",
                    "fill", "#555f66");
        }
        if (providers.isEmpty()) {
            svg.element("text", "No providers.", "x", Svg.num(MARGIN), "y", Svg.num(TOP + 20));
        }
        double y = TOP;
        for (Concentration c : providers) {
            svg.open("g", "class", "provider", "data-provider", c.provider());
            List<String> name = Svg.wrap(c.name() == null ? c.provider() : c.name(), LABEL_W - 12);
            svg.element("text", name.getFirst() + (name.size() > 1 ? "…" : ""), "x", Svg.num(MARGIN), "y",
                    Svg.num(y + BAR_H + 6), "font-weight", "bold");
            bar(svg, y, c.shareOnPaper(), PAPER_COLOUR, "on paper " + c.downOnPaper() + " of " + c.criticalServices()
                    + " (" + RiskFormat.share(c.shareOnPaper()) + ")");
            bar(svg, y + BAR_H + 4, c.shareInPractice(), PRACTICE_COLOUR, "in practice " + c.downInPractice() + " of "
                    + c.criticalServices() + " (" + RiskFormat.share(c.shareInPractice()) + ")");
            svg.close("g");
            y += ROW_H;
        }
        svg.close("svg");
        return svg.toString();
    }

    private static void bar(Svg svg, double y, double share, String colour, String label) {
        double w = Math.max(share > 0 ? 2 : 0, BAR_W * share);
        svg.empty("rect", "x", Svg.num(BAR_X), "y", Svg.num(y), "width", Svg.num(w), "height", Svg.num(BAR_H),
                "fill", colour);
        svg.element("text", label, "x", Svg.num(BAR_X + w + 6), "y", Svg.num(y + BAR_H - 3));
    }
}
