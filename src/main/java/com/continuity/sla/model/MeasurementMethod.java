package com.continuity.sla.model;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a contract measures a month (DESIGN §4). In files: outage-minutes, error-rate-intervals, ... */
public enum MeasurementMethod {
    OUTAGE_MINUTES, ERROR_RATE_INTERVALS, ERROR_RATE_THRESHOLD_MINUTES, TRANSACTIONS;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static MeasurementMethod of(String fileName) {
        return FileNames.parse(MeasurementMethod.class, fileName);
    }
}
