package com.continuity.alerts;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an alert tells, in the file's words: incident-opened, monitoring-gap, ... */
public enum AlertType {
    INCIDENT_OPENED, INCIDENT_UPDATED, INCIDENT_RESOLVED, MONITORING_GAP, CLAIM_DEADLINE, ERROR_BUDGET_BURN, DRILL_DUE;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static AlertType of(String fileName) {
        return FileNames.parse(AlertType.class, fileName);
    }
}
