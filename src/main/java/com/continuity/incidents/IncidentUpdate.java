package com.continuity.incidents;

import java.time.Instant;

/** One entry of an incident's timeline. */
public record IncidentUpdate(Instant at, String status, String body) {
}
