package com.continuity.inventory.portfolio;

import com.continuity.shared.FieldError;
import com.continuity.shared.Keys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules on one record's fields, each reporting at {@code prefix.field}. Nested records share the error list
 * through {@link #in}, so a whole service is checked into one list.
 */
final class Checks {

    private final String prefix;
    private final List<FieldError> errors;

    Checks(String prefix) {
        this(prefix, new ArrayList<>());
    }

    private Checks(String prefix, List<FieldError> errors) {
        this.prefix = prefix == null ? "" : prefix;
        this.errors = errors;
    }

    /** The checks of the {@code index}-th entry of the list {@code field}. */
    Checks in(String field, int index) {
        return new Checks(path(field) + "[" + index + "]", errors);
    }

    /** The checks of the nested mapping {@code field}, such as a dependency's {@code protection}. */
    Checks at(String field) {
        return new Checks(path(field), errors);
    }

    String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    String prefix() {
        return prefix;
    }

    List<FieldError> errors() {
        return errors;
    }

    void fail(String field, String message) {
        errors.add(new FieldError(path(field), message));
    }

    /** An error on the {@code index}-th entry of the list {@code field}. */
    void failEntry(String field, int index, String message) {
        errors.add(new FieldError(path(field) + "[" + index + "]", message));
    }

    /** True when present; reports a null or blank value. */
    boolean required(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present) {
            fail(field, "the required field '" + field + "' is missing");
        } else if (value instanceof String s) {
            text(field, s);
        }
        return present;
    }

    /** Text PostgreSQL can store: no NUL character. */
    void text(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            fail(field, field + " must not contain the NUL character");
        }
    }

    /** An amount the database keeps exactly: at most 15 digits before the decimal point and 4 after it. */
    void money(String field, BigDecimal value) {
        if (value != null && (value.scale() > 4 || value.precision() - value.scale() > 15)) {
            fail(field, field + " must have at most 15 digits before the decimal point and 4 after it; got "
                    + value.toPlainString());
        }
    }

    void key(String key) {
        if (required("key", key) && !Keys.isValid(key)) {
            fail("key", "key '" + key + "' " + Keys.RULE);
        }
    }

    void between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            fail(field, field + " must be between " + min + " and " + max + "; got " + value);
        }
    }

    /** A whole number above zero, such as a timeout or a count of calls. */
    void positive(String field, Integer value) {
        if (value != null && value < 1) {
            fail(field, field + " must be at least 1; got " + value);
        }
    }

    /** A share of something in percent: above 0, at most 100, with at most 4 decimal places (0.1 or 0.0125). */
    void percent(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
            fail(field, field + " must be above 0 and at most 100 (a percentage); got " + value.toPlainString());
        } else if (value.scale() > 4) {
            fail(field, field + " must have at most 4 decimal places; got " + value.toPlainString());
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    void notNegative(String field, Integer value) {
        if (value != null && value < 0) {
            fail(field, field + " must not be negative; got " + value);
        }
    }

    void notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            fail(field, field + " must not be negative; got " + value.toPlainString());
        }
    }

    /** A probability of being up: above 0 (never up is not a domain) and at most 1. */
    void availability(String field, Double value) {
        if (value != null && !(value > 0 && value <= 1)) {
            fail(field, field + " must be above 0 and at most 1 (a probability of being up); got " + value);
        }
    }

    void currency(String field, String code) {
        if (code != null && !isCurrency(code)) {
            fail(field, field + " must be an ISO 4217 currency code such as USD or EUR; got '" + code + "'");
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** A key that must name one of {@code known}; {@code what} is the kind of thing it names ("team"). */
    void reference(String field, String key, Set<String> known, String what) {
        if (key != null && !key.isBlank() && !known.contains(key)) {
            fail(field, field + " '" + key + "' is unknown: no " + what + " has that key");
        }
    }

    /** Reports a key already used at another path within the same scope; remembers it otherwise. */
    void unique(String field, String key, Map<String, String> seen, String what) {
        if (key == null || key.isBlank()) {
            return;
        }
        String first = seen.putIfAbsent(key, path(field));
        if (first != null) {
            fail(field, "duplicate " + what + " key '" + key + "': " + Problems.parent(first) + " already uses it");
        }
    }

    void noBlankEntries(String field, Collection<String> entries) {
        int i = 0;
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                failEntry(field, i, "entries of " + field + " must not be empty");
            } else if (entry.indexOf('\0') >= 0) {
                failEntry(field, i, "entries of " + field + " must not contain the NUL character");
            }
            i++;
        }
    }
}
