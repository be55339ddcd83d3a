package com.continuity.reviews;

import com.continuity.reviews.model.Quarter;
import com.continuity.reviews.model.Snapshot;

import java.time.Instant;

/**
 * A quarterly review: its scope (one team, or the whole organisation when {@code team} is null), the snapshot
 * compiled when it was opened, and whether the manager has signed it ({@code signedAt} set, read-only since).
 */
public record Review(long id, Quarter quarter, String team, ReviewStatus status, String openedBy, Instant openedAt,
                     Instant signedAt, Snapshot snapshot, long version) {

    public boolean signed() {
        return status == ReviewStatus.SIGNED;
    }

    /** "2026-Q4, whole organisation" or "2026-Q4, team customer-care". */
    public String title() {
        return quarter + ", " + (team == null ? "whole organisation" : "team " + team);
    }
}
