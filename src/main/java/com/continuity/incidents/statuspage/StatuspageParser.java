package com.continuity.incidents.statuspage;

import com.continuity.incidents.model.Impact;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the Atlassian Statuspage v2 public API's incidents.json (or unresolved.json), summary.json and
 * components.json, told apart by shape. Walks Jackson's tree rather than binding classes so that every refusal names
 * the field at fault, and refuses the whole payload on the first fault: an import never keeps part of a page.
 *
 * <p>Decisions, where the API leaves room:
 * <ul>
 * <li>An incident starts at {@code started_at}, which is what the page shows as its start (authors may back-date
 *     it); else {@code created_at}; else the first update's time. On real pages they differ by fractions of a
 *     second.</li>
 * <li>Component intervals replay {@code affected_components} transitions oldest first, timed at the update's
 *     {@code display_at}: the time the page shows. Only {@code new_status} drives the replay; {@code old_status} is
 *     read at a component's first mention only, where a non-operational one means the component was already down
 *     when the incident began, so its interval opens at the incident's start.</li>
 * <li>A component the incident lists that no update's transition names gets the incident's impact for the whole
 *     incident, unless the impact is none: an interval always means a non-operational period.</li>
 * <li>The incident's {@code status} is kept as given (Statuspage adds words over time); its {@code impact} and the
 *     components' statuses must be known ones, since SLAs are computed from them.</li>
 * </ul>
 */
public final class StatuspageParser {

    private static final Comparator<ComponentInterval> INTERVAL_ORDER = Comparator.comparing(ComponentInterval::start)
            .thenComparing(ComponentInterval::componentName).thenComparing(ComponentInterval::componentId);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final String ROOT = "$";

    /**
     * Detects incidents.json, summary.json or components.json by shape.
     *
     * @throws StatuspageFormatException with a message naming the field at fault (e.g.
     *                                   "incidents[1].incident_updates[0].display_at: not a timestamp")
     */
    public StatuspagePayload parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new StatuspageFormatException(ROOT, "not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new StatuspageFormatException(ROOT, "empty, not a Statuspage payload");
        }
        if (!root.isObject()) {
            throw new StatuspageFormatException(ROOT, "expected an object (incidents.json, summary.json or"
                    + " components.json), found " + kind(root));
        }
        JsonNode incidents = root.get("incidents");
        JsonNode components = root.get("components");
        if (incidents == null && components == null) {
            throw new StatuspageFormatException(ROOT, "has neither incidents nor components: not an incidents.json,"
                    + " summary.json or components.json payload");
        }
        return new StatuspagePayload(pageId(root),
                incidents == null ? List.of() : incidents(array(incidents, "incidents")),
                components == null ? List.of() : componentStates(array(components, "components")));
    }

    private static String pageId(JsonNode root) {
        JsonNode page = root.get("page");
        if (page == null || page.isNull()) {
            return null;
        }
        object(page, "page");
        return optionalText(page, "id", "page");
    }

    private static List<ComponentState> componentStates(JsonNode array) {
        return each(array, "components", (c, path) -> new ComponentState(requiredText(c, "id", path),
                requiredText(c, "name", path), componentStatus(c, "status", path), requiredTime(c, "updated_at", path)));
    }

    private static List<StatusIncident> incidents(JsonNode array) {
        return each(array, "incidents", StatuspageParser::incident);
    }

    private static StatusIncident incident(JsonNode n, String path) {
        String id = requiredText(n, "id", path);
        String name = requiredText(n, "name", path);
        Impact impact = incidentImpact(n, path);
        String status = requiredText(n, "status", path);
        Instant startedAt = optionalTime(n, "started_at", path);
        Instant createdAt = optionalTime(n, "created_at", path);
        Instant resolvedAt = optionalTime(n, "resolved_at", path);
        String shortlink = optionalText(n, "shortlink", path);
        List<Update> updates = updates(n, path);
        List<Named> components = incidentComponents(n, path);

        Instant start = startedAt != null ? startedAt
                : createdAt != null ? createdAt
                : updates.isEmpty() ? null : updates.getFirst().update().at();
        if (start == null) {
            throw new StatuspageFormatException(field(path, "started_at"),
                    "missing, and neither created_at nor any update gives the incident's start");
        }
        if (resolvedAt != null && resolvedAt.isBefore(start)) {
            throw new StatuspageFormatException(field(path, "resolved_at"),
                    "resolved at " + resolvedAt + ", before the incident's start " + start);
        }
        // per component: its transitions where the page gives them, else the incident's window at its impact
        Set<String> replayed = new HashSet<>();
        updates.forEach(u -> u.transitions().forEach(t -> replayed.add(t.code())));
        List<ComponentInterval> intervals = new ArrayList<>(replay(updates, start, resolvedAt));
        intervals.addAll(wholeIncident(components.stream().filter(c -> !replayed.contains(c.id())).toList(), impact,
                start, resolvedAt));
        intervals.sort(INTERVAL_ORDER);
        return new StatusIncident(id, name, impact, status, start, resolvedAt, shortlink,
                updates.stream().map(Update::update).toList(), intervals,
                components.stream().map(Named::name).toList());
    }

    /** Replays the transitions; {@code updates} are oldest first. */
    private static List<ComponentInterval> replay(List<Update> updates, Instant start, Instant resolvedAt) {
        List<ComponentInterval> intervals = new ArrayList<>();
        Map<String, ComponentInterval> open = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Update u : updates) {
            Instant at = u.update().at();
            for (Transition t : u.transitions()) {
                if (seen.add(t.code()) && t.from() != Impact.NONE) {
                    // already down before its first mention: count it from the incident's start (or from the
                    // update, if the page shows that earlier, so the interval never starts after what reveals it)
                    Instant from = at.isBefore(start) ? at : start;
                    open.put(t.code(), new ComponentInterval(t.code(), t.name(), t.from(), from, null));
                }
                ComponentInterval current = open.get(t.code());
                if (current != null && current.impact() == t.to()) {
                    continue;
                }
                if (current != null) {
                    intervals.add(closed(current, at));
                    open.remove(t.code());
                }
                if (t.to() != Impact.NONE) {
                    open.put(t.code(), new ComponentInterval(t.code(), t.name(), t.to(), at, null));
                }
            }
        }
        for (ComponentInterval still : open.values()) {
            // an update may be shown later than resolved_at; never let an interval end before it starts
            intervals.add(resolvedAt == null ? still
                    : closed(still, resolvedAt.isBefore(still.start()) ? still.start() : resolvedAt));
        }
        return intervals;
    }

    private static ComponentInterval closed(ComponentInterval open, Instant end) {
        return new ComponentInterval(open.componentId(), open.componentName(), open.impact(), open.start(), end);
    }

    private static List<ComponentInterval> wholeIncident(List<Named> components, Impact impact, Instant start,
                                                         Instant resolvedAt) {
        if (impact == Impact.NONE) {
            return List.of();
        }
        return components.stream()
                .map(c -> new ComponentInterval(c.id(), c.name(), impact, start, resolvedAt))
                .toList();
    }

    /** The updates, oldest first. */
    private static List<Update> updates(JsonNode incident, String path) {
        List<Update> updates = new ArrayList<>(each(optionalArray(incident, "incident_updates", path),
                field(path, "incident_updates"), (u, p) -> {
                    Instant displayAt = optionalTime(u, "display_at", p);
                    Instant at = displayAt != null ? displayAt : optionalTime(u, "created_at", p);
                    if (at == null) {
                        throw new StatuspageFormatException(field(p, "display_at"), "missing, and created_at too");
                    }
                    String body = optionalText(u, "body", p);
                    return new Update(new StatusUpdate(at, requiredText(u, "status", p), body == null ? "" : body),
                            transitions(u, p));
                }));
        // Statuspage lists updates newest first: reversed, a stable sort keeps that order among equal times
        Collections.reverse(updates);
        updates.sort(Comparator.comparing(u -> u.update().at()));
        return updates;
    }

    private static List<Transition> transitions(JsonNode update, String path) {
        return each(optionalArray(update, "affected_components", path), field(path, "affected_components"),
                (a, p) -> {
                    String code = requiredText(a, "code", p);
                    String name = optionalText(a, "name", p);
                    return new Transition(code, name == null ? code : name, componentStatus(a, "old_status", p),
                            componentStatus(a, "new_status", p));
                });
    }

    private static List<Named> incidentComponents(JsonNode incident, String path) {
        return each(optionalArray(incident, "components", path), field(path, "components"),
                (c, p) -> new Named(requiredText(c, "id", p), requiredText(c, "name", p)));
    }

    private static Impact incidentImpact(JsonNode n, String path) {
        String impact = requiredText(n, "impact", path);
        try {
            return Impact.of(impact);
        } catch (IllegalArgumentException e) {
            throw new StatuspageFormatException(field(path, "impact"), e.getMessage());
        }
    }

    private static Impact componentStatus(JsonNode n, String name, String path) {
        String status = requiredText(n, name, path);
        try {
            return Impact.ofComponentStatus(status);
        } catch (IllegalArgumentException e) {
            throw new StatuspageFormatException(field(path, name), e.getMessage());
        }
    }

    // --- tree access: each names the path of what it refuses

    private static String field(String path, String name) {
        return ROOT.equals(path) ? name : path + "." + name;
    }

    private interface Item<T> {
        T read(JsonNode object, String path);
    }

    /** Each element of the array, which must be an object, read at its path ({@code arrayPath[i]}). */
    private static <T> List<T> each(JsonNode array, String arrayPath, Item<T> item) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = arrayPath + "[" + i + "]";
            out.add(item.read(object(array.get(i), path), path));
        }
        return out;
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new StatuspageFormatException(path, "expected an object, found " + kind(node));
        }
        return node;
    }

    private static JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new StatuspageFormatException(path, "expected an array, found " + kind(node));
        }
        return node;
    }

    /** The array, or an empty one when the field is missing or null. */
    private static JsonNode optionalArray(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return JSON.createArrayNode();
        }
        return array(node, field(path, name));
    }

    private static String requiredText(JsonNode parent, String name, String path) {
        String text = optionalText(parent, name, path);
        if (text == null || text.isBlank()) {
            throw new StatuspageFormatException(field(path, name), text == null ? "missing" : "blank");
        }
        return text;
    }

    private static String optionalText(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new StatuspageFormatException(field(path, name), "expected a string, found " + kind(node));
        }
        return node.stringValue();
    }

    private static Instant requiredTime(JsonNode parent, String name, String path) {
        Instant time = optionalTime(parent, name, path);
        if (time == null) {
            throw new StatuspageFormatException(field(path, name), "missing");
        }
        return time;
    }

    /** ISO 8601 with an offset, as Statuspage writes it ({@code 2024-09-16T21:31:02.719Z}), as a UTC instant. */
    private static Instant optionalTime(JsonNode parent, String name, String path) {
        String text = optionalText(parent, name, path);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new StatuspageFormatException(field(path, name), "not a timestamp: '" + text + "'");
        }
    }

    private static String kind(JsonNode node) {
        return node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase();
    }

    private record Update(StatusUpdate update, List<Transition> transitions) {
    }

    private record Transition(String code, String name, Impact from, Impact to) {
    }

    private record Named(String id, String name) {
    }
}
