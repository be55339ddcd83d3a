package com.continuity.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * On the first start, creates the administrator {@code admin} with the password from
 * {@code CONTINUITY_ADMIN_PASSWORD}, or a random one printed once in the log.
 */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String configuredPassword;

    AdminBootstrap(UserService users, @Value("${continuity.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.administratorExists()) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            users.createFirstAdmin(configuredPassword);
            log.info("Created the administrator 'admin' with the password from CONTINUITY_ADMIN_PASSWORD");
            return;
        }
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        users.createFirstAdmin(generated);
        log.warn("""

                ************************************************************
                Created the administrator 'admin' with the password: {}
                It is shown only this once. Set CONTINUITY_ADMIN_PASSWORD to choose it.
                ************************************************************""", generated);
    }
}
