package com.continuity.support;

import com.continuity.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** For tests that call services directly: act as a user with one role, through the app's own strategy. */
public final class ActingUser implements AutoCloseable {

    private final SecurityContextHolderStrategy strategy;

    private ActingUser(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    public static ActingUser as(SecurityContextHolderStrategy strategy, String username, Role role) {
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
        strategy.setContext(context);
        return new ActingUser(strategy);
    }

    @Override
    public void close() {
        strategy.clearContext();
    }
}
