package com.continuity.security;

import java.time.Instant;

/** One change: who, when, what, and the record before and after as JSON (null when created or deleted). */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, String entityKey,
                         String before, String after) {
}
