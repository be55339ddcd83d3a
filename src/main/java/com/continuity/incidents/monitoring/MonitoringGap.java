package com.continuity.incidents.monitoring;

import java.time.Instant;

/** A time during which a provider's status page could not be read; {@code end} is null while it lasts. */
public record MonitoringGap(long id, String provider, String url, Instant start, Instant end, String reason,
                            int failures) {

    public boolean open() {
        return end == null;
    }
}
