package com.continuity.inventory;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum PathRole {
    PRIMARY, FALLBACK;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    /** The value as written in the portfolio file and the REST API. */
    @JsonCreator
    public static PathRole of(String fileName) {
        return FileNames.parse(PathRole.class, fileName);
    }
}
