package com.continuity.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum DrillResult {
    PASSED, PARTIAL, FAILED;

    @JsonValue
    public String fileName() {
        return name().toLowerCase();
    }

    /** The value as written in the portfolio file and the REST API. */
    @JsonCreator
    public static DrillResult of(String fileName) {
        for (DrillResult v : values()) {
            if (v.fileName().equals(fileName)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + fileName + "' is not one of " + java.util.Arrays.stream(values()).map(DrillResult::fileName).toList());
    }
}
