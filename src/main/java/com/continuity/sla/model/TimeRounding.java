package com.continuity.sla.model;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the prorated multiplier counts affected time: exact minutes (default), or each started hour whole. */
public enum TimeRounding {
    EXACT_MINUTES, WHOLE_HOURS_UP;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static TimeRounding of(String fileName) {
        return FileNames.parse(TimeRounding.class, fileName);
    }
}
