package com.continuity.sla.model;

import java.time.Instant;

/** A window seen in the period that does not count as downtime, and why (maintenance, impact too low, run too short). */
public record ExcludedWindow(Instant start, Instant end, String reason) {
}
