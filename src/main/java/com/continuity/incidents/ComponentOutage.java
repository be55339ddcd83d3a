package com.continuity.incidents;

import com.continuity.incidents.model.Impact;

import java.time.Instant;

/**
 * A status-page component impaired during an incident, from {@code start} to {@code end} (null while it lasts).
 * Components map to failure domains through the domains' {@code statusComponents}.
 */
public record ComponentOutage(String component, Impact impact, Instant start, Instant end) {
}
