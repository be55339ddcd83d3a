package com.continuity.inventory.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One mapping of the file being written, in field order, leaving out absent values. Values are String, Integer,
 * Long, Boolean, BigDecimal, LocalDate, Instant, lists and maps of those: what both YAML and JSON writers know.
 */
public final class Entry {

    private final Map<String, Object> map = new LinkedHashMap<>();

    public Entry put(String field, Object value) {
        if (value != null) {
            map.put(field, value instanceof Entry entry ? entry.map : value);
        }
        return this;
    }

    /** Leaves out an empty list, as the reader reads an absent one as empty. */
    public Entry putNonEmpty(String field, List<?> values) {
        return values == null || values.isEmpty() ? this : put(field, new ArrayList<Object>(values));
    }

    /** Leaves out a mapping with no field set. */
    public Entry putNonEmpty(String field, Entry entry) {
        return entry.map.isEmpty() ? this : put(field, entry.map);
    }

    public Map<String, Object> map() {
        return map;
    }
}
