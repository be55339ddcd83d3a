package com.continuity.reviews;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonValue;

/** Open while teams attest and sign; signed once the manager has signed last. */
public enum ReviewStatus {
    OPEN, SIGNED;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }
}
