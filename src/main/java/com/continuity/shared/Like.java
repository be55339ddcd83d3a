package com.continuity.shared;

/** A user's filter text as a SQL LIKE pattern that matches it anywhere, its own % and _ taken literally. */
public final class Like {

    private Like() {
    }

    public static String containing(String filter) {
        String f = filter == null ? "" : filter.trim();
        return "%" + f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
