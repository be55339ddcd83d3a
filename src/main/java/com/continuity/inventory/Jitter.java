package com.continuity.inventory;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a client spreads its retries; anything but FULL lets clients retry in step (a retry storm). */
public enum Jitter {
    FULL, EQUAL, NONE;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static Jitter of(String fileName) {
        return FileNames.parse(Jitter.class, fileName);
    }
}
