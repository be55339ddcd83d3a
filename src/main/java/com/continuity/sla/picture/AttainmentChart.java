package com.continuity.sla.picture;

import com.continuity.shared.Svg;
import com.continuity.sla.SlaPeriod;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.Slo;
import com.continuity.sla.model.SloKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * Monthly uptime of one contract as bars against its uptime objective (a dashed line), a bar red when the month
 * missed an objective and green when it met them all, each bar with its figure over it. The scale starts just under
 * the lowest month, so 99.4 % and 99.9 % do not look alike. Plain Java SVG: the contract page and the compliance
 * report draw the same picture.
 */
public final class AttainmentChart {

    static final String MET = "#2e7d32";
    static final String MISSED = "#c62828";
    private static final double LEFT = 56;
    private static final double TOP = 40;
    private static final double PLOT_H = 180;
    private static final double SLOT = 46;
    private static final double BAR = 28;

    /** One month: its uptime, and whether every objective was met. */
    public record Month(YearMonth month, BigDecimal uptimePercent, boolean met) {
    }

    private AttainmentChart() {
    }

    /** The periods of a contract against its (highest) monthly-uptime objective, if it has one. */
    public static String forContract(String title, List<SlaPeriod> periods, ContractTerms terms) {
        return svg(title, periods.stream().map(p -> new Month(p.evaluation().period(), p.evaluation().uptimePercent(),
                p.evaluation().sloMet())).toList(), terms.slos().stream()
                .filter(s -> s.kind() == SloKind.MONTHLY_UPTIME).map(Slo::objectivePercent)
                .max(BigDecimal::compareTo).orElse(null));
    }

    /** @param objective the monthly-uptime objective in percent, or null when the contract has none */
    public static String svg(String title, List<Month> months, BigDecimal objective) {
        double width = LEFT + Math.max(6, months.size()) * SLOT + 20;
        double height = TOP + PLOT_H + 46;
        double floor = floor(months, objective);
        Svg svg = Svg.chart(width, height, "attainment-chart", title, LEFT);
        for (int i = 0; i <= 4; i++) {
            double value = floor + (100 - floor) * i / 4;
            double y = y(value, floor);
            svg.empty("line", "x1", Svg.num(LEFT), "y1", Svg.num(y), "x2", Svg.num(width - 20), "y2", Svg.num(y),
                    "stroke", "#e0e0e0");
            svg.element("text", String.format(java.util.Locale.ROOT, "%.2f%%", value), "x", Svg.num(LEFT - 4),
                    "y", Svg.num(y + 4), "text-anchor", "end", "fill", "#555f66", "font-size", "9");
        }
        if (months.isEmpty()) {
            svg.element("text", "No months in this range.", "x", Svg.num(LEFT + 10), "y", Svg.num(TOP + 30));
        }
        double x = LEFT + (SLOT - BAR) / 2;
        for (Month m : months) {
            double top = y(m.uptimePercent().doubleValue(), floor);
            svg.empty("rect", "x", Svg.num(x), "y", Svg.num(top), "width", Svg.num(BAR), "height",
                    Svg.num(TOP + PLOT_H - top), "fill", m.met() ? MET : MISSED, "data-month", m.month().toString());
            svg.element("text", m.uptimePercent().setScale(3, RoundingMode.DOWN).toPlainString(), "x",
                    Svg.num(x + BAR / 2), "y", Svg.num(top - 3), "text-anchor", "middle", "font-size", "8");
            svg.element("text", m.month().toString(), "x", Svg.num(x + BAR / 2), "y", Svg.num(TOP + PLOT_H + 14),
                    "text-anchor", "middle", "font-size", "9");
            x += SLOT;
        }
        if (objective != null) {
            double y = y(objective.doubleValue(), floor);
            svg.empty("line", "x1", Svg.num(LEFT), "y1", Svg.num(y), "x2", Svg.num(width - 20), "y2", Svg.num(y),
                    "stroke", "#1a237e", "stroke-width", "1.5", "stroke-dasharray", "6 3");
            svg.element("text", "objective " + objective.stripTrailingZeros().toPlainString() + "%", "x",
                    Svg.num(width - 22), "y", Svg.num(y - 4), "text-anchor", "end", "fill", "#1a237e", "font-size", "9");
        }
        svg.empty("rect", "x", Svg.num(LEFT), "y", Svg.num(height - 16), "width", "10", "height", "10", "fill", MET);
        svg.element("text", "every objective met", "x", Svg.num(LEFT + 14), "y", Svg.num(height - 7), "font-size", "9");
        svg.empty("rect", "x", Svg.num(LEFT + 130), "y", Svg.num(height - 16), "width", "10", "height", "10", "fill",
                MISSED);
        svg.element("text", "an objective missed", "x", Svg.num(LEFT + 144), "y", Svg.num(height - 7), "font-size", "9");
        svg.close("svg");
        return svg.toString();
    }

    /** The bottom of the scale: a little under the lowest month or the objective, in steps of 0.5 points. */
    static double floor(List<Month> months, BigDecimal objective) {
        double lowest = months.stream().mapToDouble(m -> m.uptimePercent().doubleValue()).min().orElse(99);
        if (objective != null) {
            lowest = Math.min(lowest, objective.doubleValue());
        }
        return Math.max(0, Math.min(99.5, Math.floor((lowest - 0.1) * 2) / 2));
    }

    private static double y(double value, double floor) {
        return TOP + PLOT_H * (100 - value) / (100 - floor);
    }
}
