package com.continuity.inventory;

import com.continuity.security.Role;
import com.continuity.support.ActingUser;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/** The grids' pages come from SQL: filter, sort and window are the database's work, checked on the sample. */
@AppTest
class InventoryGridsIT {

    @Autowired
    InventoryService inventory;
    @Autowired
    SecurityContextHolderStrategy security;
    @LocalServerPort
    int port;

    /** Other test classes add services; these checks count on exactly the sample. */
    @BeforeEach
    void sampleOnly() {
        Api.restoreSample(port);
    }

    @Test
    void theServicesGridFiltersSortsAndPagesInTheDatabase() {
        try (var viewer = ActingUser.as(security, "grid-viewer", Role.VIEWER)) {
            assertThat(inventory.serviceRows(new ServiceQuery("customer-care", ServiceQuery.Sort.TIER, true, 0, 50)))
                    .extracting(ServiceRow::key).containsExactly("email-triage", "help-chat");
            assertThat(inventory.countServiceRows("customer-care")).isEqualTo(2);
            assertThat(inventory.serviceRows(new ServiceQuery("", ServiceQuery.Sort.TIER, false, 1, 2)))
                    .extracting(ServiceRow::tier).containsExactly(2, 3);
            assertThat(inventory.serviceRows(new ServiceQuery("HELP", null, false, 0, 50)))
                    .singleElement().satisfies(r -> assertThat(r.dependencies()).isEqualTo(2));
        }
    }

    @Test
    void theDependencyGridFindsByDependencyAndSummarisesPaths() {
        try (var viewer = ActingUser.as(security, "grid-viewer", Role.VIEWER)) {
            var rows = inventory.dependencies(new DependencyQuery("replies", null, false, 0, 50));
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.serviceKey()).isEqualTo("help-chat");
                assertThat(r.paths()).isEqualTo(3);
                assertThat(r.fallbacks()).isEqualTo(2);
                assertThat(r.primaryRequires()).isEqualTo("claude-api, claude-token-path, ai-gateway");
            });
            assertThat(inventory.countDependencies("a_literal_underscore")).isZero();
        }
    }
}
