package com.continuity.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/** Users live in PostgreSQL with bcrypt hashes; one role each. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.StoredUser stored = users.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
        return User.withUsername(username)
                .password(stored.passwordHash())
                .disabled(!stored.account().enabled())
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + stored.account().role().name())))
                .build();
    }
}
