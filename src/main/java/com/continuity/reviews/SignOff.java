package com.continuity.reviews;

import java.time.Instant;

/** A team's sign-off, or the manager's when {@code team} is {@link #MANAGER}. */
public record SignOff(String team, String signedBy, Instant signedAt) {

    /** The team key that stands for the manager's final sign-off. */
    public static final String MANAGER = "*";

    public boolean manager() {
        return MANAGER.equals(team);
    }
}
