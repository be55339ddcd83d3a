package com.continuity.security;

import com.continuity.support.ActingUser;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nobody can lock the organisation out of user management. */
@AppTest
class AdministratorIT {

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void theLastEnabledAdministratorCannotBeDemotedOrDisabled() {
        try (var admin = ActingUser.as(security, "admin", Role.ADMIN)) {
            jdbc.sql("update app_user set role = 'VIEWER' where role = 'ADMIN' and username <> 'admin'").update();
            long version = users.get("admin").version();
            assertThatThrownBy(() -> users.update(new UserAccount("admin", Role.VIEWER, true, Set.of(), version), ""))
                    .hasMessageContaining("last enabled administrator");
            assertThatThrownBy(() -> users.update(new UserAccount("admin", Role.ADMIN, false, Set.of(), version), ""))
                    .hasMessageContaining("last enabled administrator");
            assertThat(users.get("admin").role()).isEqualTo(Role.ADMIN);

            users.create(new UserAccount("second-admin", Role.ADMIN, true, Set.of(), 0), Api.PASSWORD);
            UserAccount demoted = users.update(new UserAccount("second-admin", Role.VIEWER, true, Set.of(),
                    users.get("second-admin").version()), "");
            assertThat(demoted.role()).as("another admin may be demoted while one remains").isEqualTo(Role.VIEWER);
        }
    }
}
