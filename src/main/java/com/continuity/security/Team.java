package com.continuity.security;

import com.continuity.shared.FieldError;
import com.continuity.shared.Keys;

import java.util.ArrayList;
import java.util.List;

/** A team owns business services; users belong to teams. {@code version} guards concurrent edits. */
public record Team(String key, String name, long version) {

    public Team(String key, String name) {
        this(key, name, 0);
    }

    /** The team's own rules, each error at {@code prefix.field}; the same for a form, REST and the portfolio file. */
    public List<FieldError> problems(String prefix) {
        String at = prefix == null || prefix.isEmpty() ? "" : prefix + ".";
        List<FieldError> errors = new ArrayList<>();
        if (key == null || key.isBlank()) {
            errors.add(new FieldError(at + "key", "the required field 'key' is missing"));
        } else if (!Keys.isValid(key)) {
            errors.add(new FieldError(at + "key", "key '" + key + "' " + Keys.RULE));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError(at + "name", "the required field 'name' is missing"));
        } else if (name.indexOf('\0') >= 0) {
            errors.add(new FieldError(at + "name", "name must not contain the NUL character"));
        }
        return errors;
    }
}
