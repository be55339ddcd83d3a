package com.continuity.resilience.ui;

import com.continuity.resilience.model.Exposure;
import com.continuity.resilience.model.Finding;
import com.continuity.resilience.picture.RiskFormat;
import com.continuity.shared.ui.Grids;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the risk pages share: links to a service's risk page, marks that say in words what their colour says, the
 * findings as a list and as a grid, and an inline SVG picture. Only presentation: every figure comes from
 * {@link com.continuity.resilience.ResilienceService}, every format from {@link RiskFormat}.
 */
final class RiskViews {

    static final String SPOF = "risk-spof";
    static final String SPOF_IN_PRACTICE = "risk-spof-practice";
    static final String BREACH = "risk-breach";
    static final String OK = "risk-ok";

    private RiskViews() {
    }

    /** A link to the risk page of the service, reading its name (or key). */
    static RouterLink serviceLink(String key, String name) {
        RouterLink link = new RouterLink(name == null ? key : name, ServiceRiskView.class,
                new RouteParameters("key", key));
        link.setId("risk-link-" + key);
        return link;
    }

    /** The service's name, with its key under it in a quieter tone, linked to its risk page. */
    static Component service(String key, String name) {
        Span keyText = new Span(key);
        keyText.addClassName("risk-key");
        Div cell = new Div(serviceLink(key, name), keyText);
        cell.addClassName("risk-service");
        return cell;
    }

    /** Text with a class that colours it; the text itself must already say what the colour means. */
    static Span mark(String text, String cssClass) {
        Span span = new Span(text);
        if (cssClass != null) {
            span.addClassName(cssClass);
        }
        return span;
    }

    /**
     * Single points of failure, those that are not ones on paper said so in words: "ai-gateway (only in practice),
     * bedrock-eu-west-1"; the em dash for none. Pass the paper list twice to show the paper ones.
     */
    static Span spofs(List<String> onPaper, List<String> inPractice, String id) {
        Span span = new Span();
        span.setId(id);
        if (inPractice.isEmpty()) {
            span.setText(RiskFormat.NONE);
        }
        for (int i = 0; i < inPractice.size(); i++) {
            String domain = inPractice.get(i);
            boolean onlyInPractice = !onPaper.contains(domain);
            span.add(mark(domain + (onlyInPractice ? " (only in practice)" : "") + (i + 1 < inPractice.size() ? ", " : ""),
                    onlyInPractice ? SPOF_IN_PRACTICE : SPOF));
        }
        return span;
    }

    /** Services hit by a failure, with their tiers: "Customer help chat (tier 1), …". */
    static String exposures(List<Exposure> services) {
        return services.isEmpty() ? RiskFormat.NONE : services.stream()
                .map(e -> e.name() + " (tier " + e.tier() + ")").collect(Collectors.joining(", "));
    }

    /** Findings as a short list, heaviest first, each with its weight: for a row's details. */
    static Component findingList(String serviceKey, List<Finding> findings) {
        Div list = new Div();
        list.setId("findings-" + serviceKey);
        list.addClassName("risk-findings");
        if (findings.isEmpty()) {
            list.add(new Span("No findings."));
        }
        findings.stream().sorted((a, b) -> Integer.compare(b.weight(), a.weight())).forEach(f -> {
            Span weight = new Span("+" + f.weight());
            weight.addClassName("risk-weight");
            Span kind = mark(RiskFormat.kind(f.kind()) + ": ", cssClass(f.kind()));
            list.add(new Div(weight, kind, new Span(f.message())));
        });
        return list;
    }

    /**
     * A grid as the risk pages use them: every row shown (the page scrolls, not the grid), long texts wrapped
     * rather than cut.
     */
    static <T> Grid<T> grid(Class<T> type, String id) {
        return Grids.allRows(type, id);
    }

    /** Findings as a grid with their weights and domains: for a service's own page. */
    static Grid<Finding> findingGrid(String id, List<Finding> findings) {
        Grid<Finding> grid = grid(Finding.class, id);
        grid.addComponentColumn(f -> mark(RiskFormat.kind(f.kind()), cssClass(f.kind()))).setHeader("Finding")
                .setAutoWidth(true);
        grid.addColumn(Finding::weight).setHeader("Weight").setAutoWidth(true);
        grid.addColumn(Finding::message).setHeader("Why").setFlexGrow(4);
        grid.addColumn(f -> RiskFormat.keys(f.domains())).setHeader("Failure domains").setAutoWidth(true);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setItems(findings);
        return grid;
    }

    private static String cssClass(Finding.Kind kind) {
        return switch (kind) {
            case SPOF -> SPOF;
            case SPOF_IN_PRACTICE -> SPOF_IN_PRACTICE;
            default -> null;
        };
    }

    /**
     * An SVG picture shown inline, so its texts are part of the page. The markup is set as the inner HTML of a
     * div: the browser's own parser reads it as SVG, untouched on the way.
     */
    /**
     * A plain table with a header row; the first cell of each row is a header for that row. For small tables of
     * figures that people read across, such as on paper beside in practice.
     */
    static NativeTable table(String id, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("risk-table");
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        for (List<String> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(cells.getFirst());
            cells.subList(1, cells.size()).forEach(c -> row.addDataCell().setText(c));
        }
        return table;
    }

    /** "Breached (RTO 15 min)", or "Met (RTO 15 min)", or the em dash when the service sets no such objective. */
    static Span objective(boolean breached, Integer objectiveMinutes, String name, String id) {
        Span span = objectiveMinutes == null ? new Span(RiskFormat.NONE)
                : mark((breached ? "Breached (" : "Met (") + name + " " + RiskFormat.minutes(objectiveMinutes) + ")",
                breached ? BREACH : OK);
        span.setId(id);
        return span;
    }
}
