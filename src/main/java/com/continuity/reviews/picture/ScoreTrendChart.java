package com.continuity.reviews.picture;

import com.continuity.reviews.model.Snapshot.TrendPoint;
import com.continuity.shared.Svg;

import java.util.List;
import java.util.Locale;

/**
 * The score trend over a scope's reviews, one slot per review, oldest first: the average risk score as a bar and
 * the highest as a line (both on the left scale, 0 to 100, higher is riskier), and the services with a single
 * point of failure in practice as a dashed line on the right scale, each point with its figure. Plain Java SVG:
 * the review page and the review PDF draw the same picture.
 */
public final class ScoreTrendChart {

    static final String AVERAGE = "#90caf9";
    static final String HIGHEST = "#c62828";
    static final String SPOF = "#6a1b9a";
    private static final double LEFT = 48;
    private static final double RIGHT = 56;
    private static final double TOP = 40;
    private static final double PLOT_H = 180;
    private static final double SLOT = 60;
    private static final double BAR = 30;

    private ScoreTrendChart() {
    }

    /** @param points one per review, oldest first, as {@code Snapshot.trend()} holds them */
    public static String svg(String title, List<TrendPoint> points) {
        double plotW = Math.max(6, points.size()) * SLOT;
        double width = LEFT + plotW + RIGHT;
        double height = TOP + PLOT_H + 52;
        int spofScale = spofScale(points);
        Svg svg = Svg.chart(width, height, "score-trend-chart", title, LEFT);
        for (int i = 0; i <= 4; i++) {
            double y = TOP + PLOT_H - PLOT_H * i / 4;
            svg.empty("line", "x1", Svg.num(LEFT), "y1", Svg.num(y), "x2", Svg.num(LEFT + plotW), "y2", Svg.num(y),
                    "stroke", "#e0e0e0");
            svg.element("text", Integer.toString(25 * i), "x", Svg.num(LEFT - 4), "y", Svg.num(y + 4),
                    "text-anchor", "end", "fill", "#555f66", "font-size", "9");
            svg.element("text", score(spofScale * i / 4.0), "x", Svg.num(LEFT + plotW + 4), "y", Svg.num(y + 4),
                    "fill", SPOF, "font-size", "9");
        }
        svg.element("text", "score", "x", Svg.num(LEFT - 4), "y", Svg.num(TOP - 8), "text-anchor", "end",
                "fill", "#555f66", "font-size", "9");
        svg.element("text", "services", "x", Svg.num(LEFT + plotW + 4), "y", Svg.num(TOP - 8), "fill", SPOF,
                "font-size", "9");
        if (points.isEmpty()) {
            svg.element("text", "No reviews yet.", "x", Svg.num(LEFT + 10), "y", Svg.num(TOP + 30));
        }
        StringBuilder highest = new StringBuilder();
        StringBuilder spofs = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            double centre = LEFT + SLOT * i + SLOT / 2;
            double top = scoreY(p.averageScore());
            double high = scoreY(p.highestScore());
            double spof = TOP + PLOT_H - PLOT_H * p.servicesWithSpofInPractice() / spofScale;
            svg.open("g", "class", "quarter", "data-quarter", p.quarter().toString());
            svg.empty("rect", "x", Svg.num(centre - BAR / 2), "y", Svg.num(top), "width", Svg.num(BAR), "height",
                    Svg.num(TOP + PLOT_H - top), "fill", AVERAGE, "class", "average");
            svg.element("text", score(p.averageScore()), "x", Svg.num(centre), "y", Svg.num(top - 3),
                    "text-anchor", "middle", "font-size", "8", "class", "average");
            svg.empty("circle", "cx", Svg.num(centre), "cy", Svg.num(high), "r", "3.5", "fill", HIGHEST,
                    "class", "highest");
            svg.element("text", Integer.toString(p.highestScore()), "x", Svg.num(centre + 6), "y", Svg.num(high - 4),
                    "fill", HIGHEST, "font-size", "8", "class", "highest");
            svg.empty("rect", "x", Svg.num(centre - 3), "y", Svg.num(spof - 3), "width", "6", "height", "6",
                    "fill", SPOF, "class", "spofs");
            svg.element("text", p.servicesWithSpofInPractice() + " of " + p.services(), "x", Svg.num(centre + 6),
                    "y", Svg.num(spof + 10), "fill", SPOF, "font-size", "8", "class", "spofs");
            svg.element("text", p.quarter().toString(), "x", Svg.num(centre), "y", Svg.num(TOP + PLOT_H + 14),
                    "text-anchor", "middle", "font-size", "9");
            svg.close("g");
            highest.append(i == 0 ? "" : " ").append(Svg.num(centre)).append(',').append(Svg.num(high));
            spofs.append(i == 0 ? "" : " ").append(Svg.num(centre)).append(',').append(Svg.num(spof));
        }
        if (points.size() > 1) {
            svg.empty("polyline", "points", highest.toString(), "fill", "none", "stroke", HIGHEST, "stroke-width",
                    "1.5", "class", "highest");
            svg.empty("polyline", "points", spofs.toString(), "fill", "none", "stroke", SPOF, "stroke-width", "1.5",
                    "stroke-dasharray", "5 3", "class", "spofs");
        }
        legend(svg, height);
        svg.close("svg");
        return svg.toString();
    }

    private static void legend(Svg svg, double height) {
        double y = height - 16;
        svg.empty("rect", "x", Svg.num(LEFT), "y", Svg.num(y), "width", "10", "height", "10", "fill", AVERAGE);
        svg.element("text", "average score", "x", Svg.num(LEFT + 14), "y", Svg.num(y + 9), "font-size", "9");
        svg.empty("circle", "cx", Svg.num(LEFT + 105), "cy", Svg.num(y + 5), "r", "3.5", "fill", HIGHEST);
        svg.element("text", "highest score", "x", Svg.num(LEFT + 114), "y", Svg.num(y + 9), "font-size", "9");
        svg.empty("rect", "x", Svg.num(LEFT + 192), "y", Svg.num(y + 2), "width", "6", "height", "6", "fill", SPOF);
        svg.element("text", "services with a SPOF in practice", "x", Svg.num(LEFT + 202), "y",
                Svg.num(y + 9), "font-size", "9");
    }

    /** The top of the right scale: the most services any review had, rounded up to a multiple of 4, at least 4. */
    static int spofScale(List<TrendPoint> points) {
        int most = points.stream().mapToInt(TrendPoint::services).max().orElse(0);
        return Math.max(4, (most + 3) / 4 * 4);
    }

    private static double scoreY(double score) {
        return TOP + PLOT_H * (100 - Math.max(0, Math.min(100, score))) / 100;
    }

    /** A score or a count as the chart writes it: 43.0 reads "43", 43.25 reads "43.3". */
    public static String score(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
