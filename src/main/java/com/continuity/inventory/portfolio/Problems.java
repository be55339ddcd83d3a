package com.continuity.inventory.portfolio;

import com.continuity.shared.FieldError;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors found while reading a document, and the line of every path seen, so that errors found later on the
 * records (references, duplicates, ranges) can still point at a line.
 */
final class Problems {

    /** Enough to fix a document by; a garbage 10 MB upload would otherwise produce a response bigger than itself. */
    static final int MAX_ERRORS = 1000;

    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> errorPaths = new HashSet<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private boolean truncated;

    void seen(String path, Node node) {
        lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
    }

    /**
     * Records an error unless something above it is already wrong: a service that is not a mapping need not also
     * report each of its fields missing.
     */
    void add(String path, String message) {
        add(path, lineOf(path), message);
    }

    /** An error on a node other than the first seen at its path (a field written twice). */
    void add(String path, Node at, String message) {
        add(path, at.getStartMark().getLine() + 1, message);
    }

    private void add(String path, Integer line, String message) {
        if (!hasErrorAbove(path)) {
            record(new FieldError(path, line, message));
        }
    }

    /** Adds an error found on the records, unless the reader already said something about that field or above it. */
    void addChecked(FieldError error) {
        if (!errorPaths.contains(error.path()) && !hasErrorAbove(error.path())) {
            record(new FieldError(error.path(), lineOf(error.path()), error.message()));
        }
    }

    private void record(FieldError error) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
            errorPaths.add(error.path());
        } else {
            truncated = true;
        }
    }

    private boolean hasErrorAbove(String path) {
        for (String p = parent(path); !p.isEmpty(); p = parent(p)) {
            if (errorPaths.contains(p)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** In document order; errors without a line last. */
    List<FieldError> sorted() {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(FieldError::line, Comparator.nullsLast(Comparator.naturalOrder())));
        if (truncated) {
            sorted.add(new FieldError("$", null, "stopped after " + MAX_ERRORS + " errors; fix these and import again to see the rest"));
        }
        return sorted;
    }

    /** The line of the path, or of its nearest ancestor seen: a missing field is reported on its object's line. */
    Integer lineOf(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return lines.get("");
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
