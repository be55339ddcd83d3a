package com.continuity.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum Activation {
    AUTOMATIC, MANUAL;

    @JsonValue
    public String fileName() {
        return name().toLowerCase();
    }

    /** The value as written in the portfolio file and the REST API. */
    @JsonCreator
    public static Activation of(String fileName) {
        for (Activation v : values()) {
            if (v.fileName().equals(fileName)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + fileName + "' is not one of " + java.util.Arrays.stream(values()).map(Activation::fileName).toList());
    }
}
