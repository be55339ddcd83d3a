package com.continuity.inventory.portfolio;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The fields of one mapping of the document (a service, a path...), read by name and type. Every problem goes to
 * {@link Problems} and the value read is then null, so that reading goes on and finds every error, not only the
 * first. Values are taken from the scalar's text, never from what YAML would make of it: {@code name: yes} is the
 * text "yes", and money never passes through a double. Public so that the sections later modules own
 * ({@link SectionFormat}) read their entries the same way.
 */
public final class Fields {

    public enum Presence { REQUIRED, OPTIONAL }

    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?Z");

    private final String path;
    private final String what;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private Fields(String path, String what, Problems problems) {
        this.path = path;
        this.what = what;
        this.problems = problems;
    }

    /**
     * Reads a mapping, reporting fields that appear twice or are not in {@code allowed}. When the node is not a
     * mapping, reports that and gives an empty one, so that list positions still match the document.
     */
    static Fields of(Node node, String path, String what, List<String> allowed, Problems problems) {
        Fields fields = new Fields(path, what, problems);
        problems.seen(path, node);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(path.isEmpty() ? "$" : path, "a " + what + " must be a mapping of fields; got " + describe(node));
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            fields.put(tuple, allowed);
        }
        return fields;
    }

    private void put(NodeTuple tuple, List<String> allowed) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
            problems.seen(path, tuple.getKeyNode());
            problems.add(path.isEmpty() ? "$" : path, "a field name must be text; got " + describe(tuple.getKeyNode()));
            return;
        }
        String name = keyNode.getValue();
        String fieldPath = path(name);
        problems.seen(fieldPath, keyNode);
        if (!allowed.contains(name)) {
            problems.add(fieldPath, "unknown field '" + name + "' in a " + what + "; the fields are " + String.join(", ", allowed));
        } else if (values.containsKey(name)) {
            problems.add(fieldPath, keyNode, "the field '" + name + "' appears twice in this " + what);
        } else {
            values.put(name, tuple.getValueNode());
        }
    }

    /** Whether the field is written at all, even with no value. */
    public boolean contains(String field) {
        return values.containsKey(field);
    }

    public String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public String string(String field, Presence presence) {
        return scalar(field, presence, "text", text -> text);
    }

    public Integer integer(String field, Presence presence) {
        return scalar(field, presence, "a whole number", Fields::parseInt);
    }

    /** A count that may exceed an int, such as requests in a month. */
    public Long count(String field, Presence presence) {
        return scalar(field, presence, "a whole number", text -> {
            try {
                return WHOLE.matcher(text).matches() ? Long.valueOf(text) : null;
            } catch (NumberFormatException tooLarge) {
                return null;
            }
        });
    }

    public Double number(String field, Presence presence) {
        return scalar(field, presence, "a number", text -> NUMBER.matcher(text).matches() ? Double.valueOf(text) : null);
    }

    /** Money and other exact amounts: a plain decimal, kept as written (12000 stays 12000, 1.50 stays 1.50). */
    public BigDecimal decimal(String field, Presence presence) {
        return scalar(field, presence, "a plain decimal number such as 12000 or 12000.50",
                text -> PLAIN_DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null);
    }

    public LocalDate date(String field, Presence presence) {
        return scalar(field, presence, "a date such as 2026-10-02", Fields::parseDate);
    }

    /** One of an enum's values, in its file form ({@code provider-api}); the message names the allowed ones. */
    public <E extends Enum<E>> E choice(String field, Presence presence, E[] options, Function<E, String> fileName) {
        List<String> names = Arrays.stream(options).map(fileName).toList();
        return scalar(field, presence, "one of " + String.join(", ", names),
                text -> Arrays.stream(options).filter(o -> fileName.apply(o).equals(text)).findFirst().orElse(null));
    }

    public List<String> strings(String field, Presence presence) {
        return list(field, presence, "a list of text", (item, itemPath) -> {
            if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                return scalar.getValue();
            }
            problems.add(itemPath, "each entry of " + field + " must be text; got " + describe(item));
            return ""; // a placeholder keeps later entries at their document index; the error above explains it
        });
    }

    /** A list of mappings, each read by {@code reader}; an entry that is not a mapping is reported and read as empty. */
    public <T> List<T> objects(String field, Presence presence, String itemWhat, List<String> allowed, Function<Fields, T> reader) {
        return list(field, presence, "a list of " + itemWhat + " entries",
                (item, itemPath) -> reader.apply(of(item, itemPath, itemWhat, allowed, problems)));
    }

    /** A nested mapping such as a contract's {@code credit: {...}}, read by {@code reader}; null when absent. */
    public <T> T object(String field, Presence presence, String what, List<String> allowed, Function<Fields, T> reader) {
        Node node = present(field, presence);
        return node == null ? null : reader.apply(of(node, path(field), what, allowed, problems));
    }

    /** A UTC instant as ISO-8601 with {@code Z}, such as 2026-02-18T14:22:00Z. */
    public Instant instant(String field, Presence presence) {
        return scalar(field, presence, "a UTC time such as 2026-02-18T14:22:00Z", Fields::parseInstant);
    }

    public Boolean bool(String field, Presence presence) {
        return scalar(field, presence, "true or false",
                text -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null);
    }

    /** Reports a problem found while reading a field's value, such as a time zone that does not exist. */
    public void problem(String field, String message) {
        problems.add(path(field), message);
    }

    private interface ItemReader<T> {
        T read(Node item, String itemPath);
    }

    private <T> List<T> list(String field, Presence presence, String expected, ItemReader<T> reader) {
        Node node = present(field, presence);
        if (node == null) {
            return null;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(path(field), field + " must be " + expected + "; got " + describe(node));
            return null;
        }
        List<T> result = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path(field) + "[" + i + "]";
            problems.seen(itemPath, items.get(i));
            result.add(reader.read(items.get(i), itemPath));
        }
        return result;
    }

    private <T> T scalar(String field, Presence presence, String expected, Function<String, T> parse) {
        Node node = present(field, presence);
        if (node == null) {
            return null;
        }
        T value = node instanceof ScalarNode scalar ? parse.apply(scalar.getValue()) : null;
        if (value == null) {
            problems.add(path(field), field + " must be " + expected + "; got " + describe(node));
        }
        return value;
    }

    /** The field's node, or null when it is absent or null ({@code name: ~}), reporting that when it is required. */
    private Node present(String field, Presence presence) {
        Node node = values.get(field);
        if (node == null || isNull(node)) {
            if (presence == Presence.REQUIRED) {
                problems.add(path(field), "the required field '" + field + "' is missing from this " + what);
            }
            return null;
        }
        return node;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static Integer parseInt(String text) {
        if (!WHOLE.matcher(text).matches()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return INSTANT.matcher(text).matches() ? Instant.parse(text) : null;
        } catch (DateTimeException notATime) {
            return null;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    static String describe(Node node) {
        return switch (node) {
            case MappingNode m -> "a mapping";
            case SequenceNode s -> "a list";
            case ScalarNode s -> "'" + abbreviate(s.getValue()) + "'";
            default -> "a " + node.getNodeId();
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
