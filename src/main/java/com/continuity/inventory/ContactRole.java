package com.continuity.inventory;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whom a runbook tells the responder to reach, in the order a responder needs them. */
public enum ContactRole {
    OWNER, ON_CALL, VENDOR_SUPPORT, ESCALATION, OTHER;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    @JsonCreator
    public static ContactRole of(String fileName) {
        return FileNames.parse(ContactRole.class, fileName);
    }
}
