package com.continuity.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is acting now: the authenticated user, or "system" for start-up work such as loading sample data.
 * It reads the security context through the same strategy bean as Spring Security's filters and method
 * security (Vaadin installs its own), never through the static holder, which another application context in
 * the same JVM may have replaced.
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public String name() {
        return authentication().map(Authentication::getName).orElse(SYSTEM);
    }

    public boolean hasRole(Role role) {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .anyMatch(g -> g.getAuthority().equals("ROLE_" + role.name()));
    }

    /** What the UI may offer; only a hint, the services decide. */
    public boolean mayWriteInventory() {
        return hasRole(Role.ADMIN) || hasRole(Role.MANAGER);
    }

    /** Runs start-up work as "system" with the given role, audited as such, then forgets it. */
    public <T> T runAsSystem(Role role, Supplier<T> work) {
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.clearContext();
        }
    }

    private Optional<Authentication> authentication() {
        return Optional.ofNullable(strategy.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated);
    }
}
