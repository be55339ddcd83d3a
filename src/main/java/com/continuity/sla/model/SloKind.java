package com.continuity.sla.model;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An objective: monthly uptime at or above it, or monthly error rate at or below it. */
public enum SloKind {
    MONTHLY_UPTIME, ERROR_RATE;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static SloKind of(String fileName) {
        return FileNames.parse(SloKind.class, fileName);
    }
}
