package com.continuity.sla.model;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a credit is computed: a band of monthly uptime, or fee x affected time / time in month x multiplier. */
public enum CreditMethod {
    TIERED, PRORATED_MULTIPLIER;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static CreditMethod of(String fileName) {
        return FileNames.parse(CreditMethod.class, fileName);
    }
}
