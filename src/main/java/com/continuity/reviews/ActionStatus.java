package com.continuity.reviews;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An action item is open, in progress, done or dropped; the first two are carried into the next review. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    public boolean carried() {
        return this == OPEN || this == IN_PROGRESS;
    }

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static ActionStatus of(String fileName) {
        return FileNames.parse(ActionStatus.class, fileName);
    }
}
