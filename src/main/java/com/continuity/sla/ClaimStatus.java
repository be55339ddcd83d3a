package com.continuity.sla;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a credit claim stands: owed (computed, not yet asked for), claimed (asked for, with a date and a
 * reference), received (with the amount) or denied (with the reason); expired when left unclaimed past its
 * deadline: money left on the table.
 */
public enum ClaimStatus {
    OWED, CLAIMED, RECEIVED, DENIED, EXPIRED;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }
}
