package com.continuity.incidents;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where an incident came from: entered by hand, imported from a status page, or opened by a probe. */
public enum IncidentSource {
    MANUAL, STATUS_PAGE, PROBE;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static IncidentSource of(String fileName) {
        return FileNames.parse(IncidentSource.class, fileName);
    }
}
