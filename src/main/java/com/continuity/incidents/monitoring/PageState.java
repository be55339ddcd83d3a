package com.continuity.incidents.monitoring;

import java.time.Instant;

/** The polling state of one provider's status page, shared by every instance through the database. */
public record PageState(String provider, String url, Instant nextPollAt, int consecutiveFailures,
                        Instant lastPolledAt, Instant lastSuccessAt, String lastError, long polls) {
}
