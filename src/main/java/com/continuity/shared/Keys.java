package com.continuity.shared;

import java.util.regex.Pattern;

/** Keys are stable identifiers: lower-case letters, digits and '-', starting with a letter or digit. */
public final class Keys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private Keys() {
    }

    public static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public static final String RULE = "must be 1-80 lower-case letters, digits or '-', starting with a letter or digit";
}
