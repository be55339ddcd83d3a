package com.continuity.sla.model;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a clock minute that is only partly down counts. EXACT (the default, absent in files): exact seconds, as
 * fractional minutes; COUNT: every clock minute touched counts whole; DROP: only clock minutes fully down count.
 * Clock minutes are aligned on the period start.
 */
public enum PartialMinutes {
    EXACT, COUNT, DROP;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static PartialMinutes of(String fileName) {
        return FileNames.parse(PartialMinutes.class, fileName);
    }
}
