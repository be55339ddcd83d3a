package com.continuity.resilience.picture;

import com.continuity.inventory.DrillSchedule;
import com.continuity.shared.Svg;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.resilience.DomainAvailability;
import com.continuity.resilience.model.FallbackCheck;
import com.continuity.resilience.model.PracticeRule;
import com.continuity.resilience.model.ServiceRisk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A business service's dependency tree as an SVG picture laid out by hand, in four columns: the service, its
 * dependencies, their paths (primary or fallback, with activation, switchover, capacity, and whether the fallback
 * counts in practice, with its gaps when not), and the failure domains each path requires.
 * <p>
 * Single points of failure on paper and those only in practice are marked on the domain with a colour, a border
 * style and a written label, and the legend explains each, so that colour is never the only sign. Coupling (a
 * domain shared by the primary and a fallback of one dependency) has its own colour on both edges, a label on the
 * domain and a sentence under the legend. Fallbacks that do not count in practice are drawn dimmed and dashed.
 * <p>
 * Plain Java, no Vaadin: the pages show the string inline and the PDF reports can rasterise the same picture.
 * Every text is escaped for XML.
 */
public final class DependencyTreePicture {

    static final String SPOF_COLOUR = "#b71c1c";
    static final String SPOF_FILL = "#fdecea";
    static final String PRACTICE_COLOUR = "#e65100";
    static final String PRACTICE_FILL = "#fff3e0";
    static final String COUPLING_COLOUR = "#6a1b9a";
    static final String OK_COLOUR = "#2e7d32";
    static final String LINE_COLOUR = "#546e7a";
    static final String MUTED_COLOUR = "#555f66";
    static final double DIMMED_OPACITY = 0.45;

    private static final double MARGIN = 20;
    private static final double TOP = 74;
    private static final double SERVICE_X = MARGIN;
    private static final double SERVICE_W = 190;
    private static final double DEPENDENCY_X = 250;
    private static final double DEPENDENCY_W = 180;
    private static final double PATH_X = 470;
    private static final double PATH_W = 290;
    private static final double DOMAIN_X = 810;
    private static final double DOMAIN_W = 250;
    private static final double WIDTH = DOMAIN_X + DOMAIN_W + MARGIN;
    private static final double PAD = 8;
    private static final double GAP = 10;
    private static final double GROUP_GAP = 20;

    private DependencyTreePicture() {
    }

    /** One line of text in a box, with its style. */
    private record Line(String text, Style style) {
    }

    private enum Style { TITLE, PLAIN, MUTED, OK, SPOF, PRACTICE, COUPLING }

    private record Box(double x, double y, double w, double h) {
        double cy() {
            return y + h / 2;
        }

        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }
    }

    /** A domain shared by the primary and one fallback of a dependency. */
    public record Coupling(String dependency, String primary, String fallback, String domain) {
        public String sentence() {
            return "Coupling in '" + dependency + "': the primary '" + primary + "' and the fallback '" + fallback
                    + "' both need " + domain + ", so one failure there takes both down.";
        }
    }

    private record PathNode(Dependency dependency, Path path, boolean counts, List<Line> lines, Box box) {
    }

    /**
     * The picture of {@code service} as the model read it in {@code risk}.
     *
     * @param availability each domain's availability and where it came from; a domain missing here is drawn
     *                     without one
     */
    public static String svg(BusinessService service, ServiceRisk risk, Map<String, DomainAvailability> availability) {
        Set<String> paperSpofs = new LinkedHashSet<>(risk.onPaper().singlePointsOfFailure());
        Set<String> practiceOnly = new LinkedHashSet<>(risk.inPractice().singlePointsOfFailure());
        practiceOnly.removeAll(paperSpofs);
        List<Coupling> couplings = couplings(service);

        // column 3: paths, stacked per dependency
        double y = TOP;
        Map<Dependency, Box> dependencyBoxes = new LinkedHashMap<>();
        List<PathNode> paths = new ArrayList<>();
        for (Dependency dependency : service.dependencies()) {
            double groupTop = y;
            for (Path path : dependency.paths()) {
                List<PracticeRule.Gap> gaps = gaps(risk, dependency, path);
                List<Line> lines = pathLines(path, gaps);
                Box box = new Box(PATH_X, y, PATH_W, height(lines));
                paths.add(new PathNode(dependency, path, gaps.isEmpty(), lines, box));
                y = box.bottom() + GAP;
            }
            List<Line> depLines = dependencyLines(dependency);
            double h = height(depLines);
            double groupBottom = dependency.paths().isEmpty() ? groupTop + h : y - GAP;
            double top = Math.max(groupTop, (groupTop + groupBottom) / 2 - h / 2);
            dependencyBoxes.put(dependency, new Box(DEPENDENCY_X, top, DEPENDENCY_W, h));
            y = Math.max(groupBottom, top + h) + GROUP_GAP;
        }
        double columnsBottom = Math.max(TOP, y - GROUP_GAP);

        // column 4: each domain once, near the paths that need it, in that order
        Map<String, List<PathNode>> users = new LinkedHashMap<>();
        for (PathNode p : paths) {
            for (String domain : p.path().requires()) {
                users.computeIfAbsent(domain, d -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<Line>> domainLines = new LinkedHashMap<>();
        Map<String, Double> wanted = new LinkedHashMap<>();
        for (var e : users.entrySet()) {
            List<Line> lines = domainLines(e.getKey(), availability.get(e.getKey()), paperSpofs, practiceOnly,
                    couplings);
            domainLines.put(e.getKey(), lines);
            wanted.put(e.getKey(), e.getValue().stream().mapToDouble(p -> p.box().cy()).average().orElse(TOP)
                    - height(lines) / 2);
        }
        List<String> order = new ArrayList<>(wanted.keySet());
        order.sort(Comparator.comparingDouble(wanted::get));
        Map<String, Box> domainBoxes = new LinkedHashMap<>();
        double next = TOP;
        for (String domain : order) {
            double top = Math.max(next, wanted.get(domain));
            Box box = new Box(DOMAIN_X, top, DOMAIN_W, height(domainLines.get(domain)));
            domainBoxes.put(domain, box);
            next = box.bottom() + GAP;
        }
        columnsBottom = Math.max(columnsBottom, next - GAP);

        // column 1: the service, in the middle
        List<Line> serviceLines = serviceLines(service, risk);
        double serviceH = height(serviceLines);
        Box serviceBox = new Box(SERVICE_X, Math.max(TOP, (TOP + columnsBottom) / 2 - serviceH / 2), SERVICE_W,
                serviceH);
        columnsBottom = Math.max(columnsBottom, serviceBox.bottom());

        Svg svg = new Svg();
        double legendTop = columnsBottom + 30;
        List<String> notes = new ArrayList<>(couplings.stream().map(Coupling::sentence).toList());
        if (service.dependencies().isEmpty()) {
            notes.add(service.name() + " declares no dependencies: there is no tree to draw.");
        }
        List<List<String>> wrappedNotes = notes.stream().map(n -> Svg.wrap(n, WIDTH - 2 * MARGIN)).toList();
        double height = legendTop + 5 * 22 + 10
                + (wrappedNotes.isEmpty() ? 0 : 24 + wrappedNotes.stream().mapToInt(List::size).sum() * Svg.LINE_HEIGHT)
                + MARGIN;
        svg.open("svg", "xmlns", Svg.NS, "width", Svg.num(WIDTH), "height", Svg.num(height),
                "viewBox", "0 0 " + Svg.num(WIDTH) + " " + Svg.num(height), "role", "img",
                "font-family", "sans-serif", "font-size", "12", "class", "dependency-tree",
                "data-service", service.key(), "style", "max-width:100%;height:auto");
        svg.element("title", "Dependency tree of " + service.name() + " (" + service.key() + ")");
        svg.element("desc", "Single points of failure on paper: " + RiskFormat.keys(List.copyOf(paperSpofs))
                + ". Only in practice: " + RiskFormat.keys(List.copyOf(practiceOnly)) + ". "
                + String.join(" ", notes));
        svg.empty("rect", "x", "0", "y", "0", "width", Svg.num(WIDTH), "height", Svg.num(height), "fill", "#ffffff");
        svg.element("text", "Dependency tree of " + service.name() + " (" + service.key() + ")",
                "x", Svg.num(MARGIN), "y", "30", "font-size", "16", "font-weight", "bold");
        svg.element("text", "SPOFs on paper: " + RiskFormat.keys(List.copyOf(paperSpofs))
                        + "   ·   SPOFs only in practice: " + RiskFormat.keys(List.copyOf(practiceOnly))
                        + "   ·   risk score " + risk.score() + " / 100",
                "x", Svg.num(MARGIN), "y", "52", "fill", MUTED_COLOUR);

        // edges first, so that boxes cover their ends
        svg.open("g", "class", "edges", "fill", "none");
        for (var e : dependencyBoxes.entrySet()) {
            edge(svg, serviceBox.right(), serviceBox.cy(), e.getValue().x(), e.getValue().cy(), "edge", LINE_COLOUR,
                    1.5, null, 1);
        }
        Set<String> coupled = new LinkedHashSet<>();
        couplings.forEach(c -> {
            coupled.add(c.dependency() + "/" + c.primary() + "/" + c.domain());
            coupled.add(c.dependency() + "/" + c.fallback() + "/" + c.domain());
        });
        for (PathNode p : paths) {
            Box dep = dependencyBoxes.get(p.dependency());
            String dash = p.counts() ? null : "5 4";
            double opacity = p.counts() ? 1 : DIMMED_OPACITY;
            edge(svg, dep.right(), dep.cy(), p.box().x(), p.box().cy(), "edge", LINE_COLOUR, 1.5, dash, opacity);
            for (String domain : p.path().requires()) {
                Box target = domainBoxes.get(domain);
                boolean isCoupling = coupled.contains(p.dependency().key() + "/" + p.path().key() + "/" + domain);
                edge(svg, p.box().right(), p.box().cy(), target.x(), target.cy(),
                        isCoupling ? "edge coupling" : "edge", isCoupling ? COUPLING_COLOUR : LINE_COLOUR,
                        isCoupling ? 3 : 1.2, dash, opacity);
            }
        }
        svg.close("g");

        svg.open("g", "class", "service", "data-service", service.key());
        box(svg, serviceBox, "#e8eaf6", "#283593", 2, null);
        text(svg, serviceBox, serviceLines);
        svg.close("g");
        for (var e : dependencyBoxes.entrySet()) {
            List<Line> lines = dependencyLines(e.getKey());
            svg.open("g", "class", "dependency", "data-dependency", e.getKey().key());
            box(svg, e.getValue(), "#f3f6f8", LINE_COLOUR, 1.5, null);
            text(svg, e.getValue(), lines);
            svg.close("g");
        }
        for (PathNode p : paths) {
            boolean primary = p.path().role() == PathRole.PRIMARY;
            svg.open("g", "class", "path " + (primary ? "primary" : "fallback") + (p.counts() ? "" : " not-counting"),
                    "data-dependency", p.dependency().key(), "data-path", p.path().key(),
                    "data-counts-in-practice", Boolean.toString(p.counts()),
                    // fill- and stroke-opacity, not a group opacity: the PDF's SVG renderer rasterises group opacity
                    "fill-opacity", p.counts() ? null : Double.toString(DIMMED_OPACITY),
                    "stroke-opacity", p.counts() ? null : Double.toString(DIMMED_OPACITY));
            box(svg, p.box(), primary ? "#e3f2fd" : p.counts() ? "#e8f5e9" : "#eeeeee",
                    p.counts() ? LINE_COLOUR : "#757575", 1.5, p.counts() ? null : "6 4");
            text(svg, p.box(), p.lines());
            svg.close("g");
        }
        for (var e : domainBoxes.entrySet()) {
            String domain = e.getKey();
            boolean spof = paperSpofs.contains(domain);
            boolean inPractice = practiceOnly.contains(domain);
            boolean isCoupled = couplings.stream().anyMatch(c -> c.domain().equals(domain));
            List<String> marks = new ArrayList<>();
            if (spof) {
                marks.add("spof");
            }
            if (inPractice) {
                marks.add("spof-in-practice");
            }
            if (isCoupled) {
                marks.add("coupling");
            }
            svg.open("g", "class", marks.isEmpty() ? "domain" : "domain " + String.join(" ", marks),
                    "data-domain", domain, "data-mark", marks.isEmpty() ? null : String.join(" ", marks));
            if (spof) {
                box(svg, e.getValue(), SPOF_FILL, SPOF_COLOUR, 3.5, null);
            } else if (inPractice) {
                box(svg, e.getValue(), PRACTICE_FILL, PRACTICE_COLOUR, 3.5, "8 4");
            } else {
                box(svg, e.getValue(), "#ffffff", LINE_COLOUR, 1.5, null);
            }
            if (isCoupled) {
                Box b = e.getValue();
                svg.empty("rect", "x", Svg.num(b.x()), "y", Svg.num(b.y()), "width", "6", "height", Svg.num(b.h()),
                        "fill", COUPLING_COLOUR);
            }
            text(svg, e.getValue(), domainLines.get(domain));
            svg.close("g");
        }
        legend(svg, legendTop, wrappedNotes);
        svg.close("svg");
        return svg.toString();
    }

    /** Every domain that the primary of a dependency shares with one of its fallbacks. */
    public static List<Coupling> couplings(BusinessService service) {
        List<Coupling> out = new ArrayList<>();
        for (Dependency dependency : service.dependencies()) {
            dependency.paths().stream().filter(p -> p.role() == PathRole.PRIMARY).findFirst().ifPresent(primary -> {
                for (Path fallback : dependency.paths()) {
                    if (fallback.role() == PathRole.FALLBACK) {
                        fallback.requires().stream().filter(primary.requires()::contains).distinct().sorted()
                                .forEach(d -> out.add(new Coupling(dependency.key(), primary.key(), fallback.key(), d)));
                    }
                }
            });
        }
        return out;
    }

    private static List<PracticeRule.Gap> gaps(ServiceRisk risk, Dependency dependency, Path path) {
        if (path.role() == PathRole.PRIMARY) {
            return List.of();
        }
        return risk.fallbacks().stream()
                .filter(c -> c.dependency().equals(dependency.key()) && c.path().equals(path.key()))
                .findFirst().map(FallbackCheck::gaps).orElse(List.of());
    }

    private static List<Line> serviceLines(BusinessService s, ServiceRisk risk) {
        List<Line> lines = new ArrayList<>();
        wrap(lines, s.name(), SERVICE_W, Style.TITLE);
        lines.add(new Line(s.key(), Style.MUTED));
        lines.add(new Line(RiskFormat.tier(s.tier()) + " · RTO " + RiskFormat.minutes(s.rtoMinutes()), Style.PLAIN));
        lines.add(new Line("MTPD " + RiskFormat.minutes(s.mtpdMinutes()), Style.PLAIN));
        lines.add(new Line("Risk score " + risk.score() + " / 100", Style.PLAIN));
        lines.add(new Line("needs every dependency", Style.MUTED));
        return lines;
    }

    private static List<Line> dependencyLines(Dependency d) {
        List<Line> lines = new ArrayList<>();
        wrap(lines, d.name() == null || d.name().isBlank() ? d.key() : d.name(), DEPENDENCY_W, Style.TITLE);
        lines.add(new Line(d.key(), Style.MUTED));
        lines.add(new Line(d.paths().isEmpty() ? "no path declared" : "needs any one path", Style.MUTED));
        return lines;
    }

    private static List<Line> pathLines(Path p, List<PracticeRule.Gap> gaps) {
        List<Line> lines = new ArrayList<>();
        boolean primary = p.role() == PathRole.PRIMARY;
        wrap(lines, (primary ? "Primary: " : "Fallback: ") + p.key(), PATH_W, Style.TITLE);
        if (!primary) {
            String activation = p.activation() == null ? "activation not given" : p.activation().fileName();
            String switchover = p.switchoverMinutes() == null ? "switchover not given"
                    : p.switchoverMinutes() + " min switchover";
            String capacity = p.capacityPercent() == null ? "capacity not given" : p.capacityPercent() + "% capacity";
            wrap(lines, activation + ", " + switchover + ", " + capacity, PATH_W, Style.PLAIN);
            if (gaps.isEmpty()) {
                lines.add(new Line("Counts in practice", Style.OK));
            } else {
                wrap(lines, "Does not count in practice: " + RiskFormat.gaps(gaps) + ".", PATH_W, Style.MUTED);
            }
        }
        lines.add(new Line("needs every domain it points to", Style.MUTED));
        return lines;
    }

    private static List<Line> domainLines(String domain, DomainAvailability availability, Set<String> paperSpofs,
                                          Set<String> practiceOnly, List<Coupling> couplings) {
        List<Line> lines = new ArrayList<>();
        wrap(lines, domain, DOMAIN_W, Style.TITLE);
        if (availability != null) {
            String source = switch (availability.source()) {
                case PORTFOLIO -> "";
                case HISTORY -> " (from incident history)";
                case DEFAULT -> " (default)";
            };
            lines.add(new Line("availability " + RiskFormat.availability(availability.availability()) + source,
                    Style.MUTED));
        }
        if (paperSpofs.contains(domain)) {
            lines.add(new Line("SPOF on paper", Style.SPOF));
        }
        if (practiceOnly.contains(domain)) {
            lines.add(new Line("SPOF in practice only", Style.PRACTICE));
        }
        for (Coupling c : couplings) {
            if (c.domain().equals(domain)) {
                wrap(lines, "Coupling: primary '" + c.primary() + "' and fallback '" + c.fallback() + "' of '"
                        + c.dependency() + "' both need it", DOMAIN_W, Style.COUPLING);
            }
        }
        return lines;
    }

    private static void legend(Svg svg, double top, List<List<String>> notes) {
        svg.open("g", "class", "legend");
        svg.element("text", "Legend", "x", Svg.num(MARGIN), "y", Svg.num(top), "font-weight", "bold");
        double y = top + 12;
        legendBox(svg, y, SPOF_FILL, SPOF_COLOUR, 3.5, null, 1);
        legendText(svg, y, "SPOF on paper: alone it takes the service down, whatever fallbacks are declared "
                + "(so it is one in practice too).");
        y += 22;
        legendBox(svg, y, PRACTICE_FILL, PRACTICE_COLOUR, 3.5, "8 4", 1);
        legendText(svg, y, "SPOF in practice only: the fallbacks that avoid it on paper do not count in practice.");
        y += 22;
        svg.empty("line", "x1", Svg.num(MARGIN), "y1", Svg.num(y + 8), "x2", Svg.num(MARGIN + 36), "y2",
                Svg.num(y + 8), "stroke", COUPLING_COLOUR, "stroke-width", "3");
        legendText(svg, y, "Coupling: a domain shared by the primary and a fallback of one dependency "
                + "(marked with a bar on the domain).");
        y += 22;
        legendBox(svg, y, "#eeeeee", "#757575", 1.5, "6 4", DIMMED_OPACITY);
        legendText(svg, y, "Fallback that does not count in practice (dimmed): no passed drill in the last "
                + DrillSchedule.DRILL_MAX_AGE_DAYS + " days, or a switchover longer than the RTO.");
        y += 22;
        svg.element("text", "A service needs every dependency; a dependency needs any one of its paths; a path needs "
                + "every failure domain it points to.", "x", Svg.num(MARGIN), "y", Svg.num(y + 12), "fill", MUTED_COLOUR);
        y += 22;
        if (!notes.isEmpty()) {
            y += 10;
            svg.element("text", "Notes", "x", Svg.num(MARGIN), "y", Svg.num(y + 4), "font-weight", "bold");
            y += 8;
            svg.open("g", "class", "notes");
            for (List<String> note : notes) {
                for (String line : note) {
                    y += Svg.LINE_HEIGHT;
                    svg.element("text", line, "x", Svg.num(MARGIN), "y", Svg.num(y), "fill", COUPLING_COLOUR);
                }
            }
            svg.close("g");
        }
        svg.close("g");
    }

    private static void legendBox(Svg svg, double y, String fill, String stroke, double width, String dash,
                                  double opacity) {
        svg.empty("rect", "x", Svg.num(MARGIN), "y", Svg.num(y), "width", "36", "height", "16", "rx", "3",
                "fill", fill, "stroke", stroke, "stroke-width", Svg.num(width), "stroke-dasharray", dash,
                "fill-opacity", opacity == 1 ? null : Double.toString(opacity),
                "stroke-opacity", opacity == 1 ? null : Double.toString(opacity));
    }

    private static void legendText(Svg svg, double y, String text) {
        svg.element("text", text, "x", Svg.num(MARGIN + 46), "y", Svg.num(y + 12));
    }

    private static void wrap(List<Line> lines, String text, double boxWidth, Style style) {
        Svg.wrap(text, boxWidth - 2 * PAD).forEach(l -> lines.add(new Line(l, style)));
    }

    private static double height(List<Line> lines) {
        return 2 * PAD + lines.size() * Svg.LINE_HEIGHT - 2;
    }

    private static void box(Svg svg, Box b, String fill, String stroke, double width, String dash) {
        svg.empty("rect", "x", Svg.num(b.x()), "y", Svg.num(b.y()), "width", Svg.num(b.w()), "height", Svg.num(b.h()),
                "rx", "5", "fill", fill, "stroke", stroke, "stroke-width", Svg.num(width), "stroke-dasharray", dash);
    }

    private static void text(Svg svg, Box b, List<Line> lines) {
        double x = b.x() + PAD + 2;
        double y = b.y() + PAD + 10;
        for (Line line : lines) {
            String fill = switch (line.style()) {
                case MUTED -> MUTED_COLOUR;
                case OK -> OK_COLOUR;
                case SPOF -> SPOF_COLOUR;
                case PRACTICE -> PRACTICE_COLOUR;
                case COUPLING -> COUPLING_COLOUR;
                default -> "#212121";
            };
            boolean bold = switch (line.style()) {
                case TITLE, SPOF, PRACTICE -> true;
                default -> false;
            };
            svg.element("text", line.text(), "x", Svg.num(x), "y", Svg.num(y), "fill", fill,
                    "font-weight", bold ? "bold" : null);
            y += Svg.LINE_HEIGHT;
        }
    }

    private static void edge(Svg svg, double x1, double y1, double x2, double y2, String cls, String stroke,
                             double width, String dash, double opacity) {
        double mid = (x1 + x2) / 2;
        svg.empty("path", "class", cls, "d", "M" + Svg.num(x1) + " " + Svg.num(y1) + " C" + Svg.num(mid) + " "
                        + Svg.num(y1) + " " + Svg.num(mid) + " " + Svg.num(y2) + " " + Svg.num(x2) + " " + Svg.num(y2),
                "stroke", stroke, "stroke-width", Svg.num(width), "stroke-dasharray", dash,
                "fill-opacity", opacity == 1 ? null : Double.toString(opacity),
                "stroke-opacity", opacity == 1 ? null : Double.toString(opacity));
    }
}
