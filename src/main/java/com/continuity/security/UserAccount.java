package com.continuity.security;

import java.util.Set;

/** A user as the admin page shows it (never the password hash). */
public record UserAccount(String username, Role role, boolean enabled, Set<String> teams, long version) {

    public UserAccount {
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }
}
