package com.continuity.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** Who is acting now: the authenticated user, or "system" for start-up work such as loading sample data. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String name() {
        return authentication().map(Authentication::getName).orElse("system");
    }

    public static boolean hasRole(Role role) {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .anyMatch(g -> g.getAuthority().equals("ROLE_" + role.name()));
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated);
    }
}
