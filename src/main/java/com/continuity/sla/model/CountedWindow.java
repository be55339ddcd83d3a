package com.continuity.sla.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A window that counts as downtime, after union, clipping, exclusions and the contract's minute rules (so its bounds
 * are on whole minutes when partial minutes count or drop); label names the incidents it comes from.
 */
public record CountedWindow(Instant start, Instant end, BigDecimal minutes, String label) {
}
