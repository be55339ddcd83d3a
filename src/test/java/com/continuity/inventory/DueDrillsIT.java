package com.continuity.inventory;

import com.continuity.security.Role;
import com.continuity.support.ActingUser;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The drills due on the app's today (2026-11-27), read from the stored sample through the service. */
@AppTest
class DueDrillsIT {

    @Autowired
    InventoryService inventory;
    @Autowired
    SecurityContextHolderStrategy security;
    @LocalServerPort
    int port;

    /** Other test classes change services; these checks count on exactly the sample. */
    @BeforeEach
    void sampleOnly() {
        Api.restoreSample(port);
    }

    @Test
    void theSamplesHelpChatHasItsPlannedLlamaDrillDueAndTheLlamaNeverDrilledWhileItsDrilledFallbackIsNot() {
        try (var viewer = ActingUser.as(security, "due-viewer", Role.VIEWER)) {
            assertThat(inventory.dueDrills()).filteredOn(d -> d.service().equals("help-chat")).containsExactly(
                    new DueDrill("help-chat", "Customer help chat", "customer-care", "replies", "llama-on-prem",
                            DueDrill.Kind.NEVER, null, null, null),
                    new DueDrill("help-chat", "Customer help chat", "customer-care", "replies", "llama-on-prem",
                            DueDrill.Kind.PLANNED, LocalDate.of(2026, 12, 8), "Dana Whitfield", null,
                            "Block both cloud paths at the gateway for 30 min and switch replies to Llama on rack A by hand"));
        }
    }

    @Test
    void noDueDrillIsReadWithoutALogin() {
        security.clearContext();

        assertThatThrownBy(() -> inventory.dueDrills()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
