package com.continuity.inventory.api;

import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class ServicesApiIT {

    @LocalServerPort
    int port;

    @Test
    void theCostOfDowntimeIsMoneyWithItsCurrencyAndAnAmountInAString() {
        assertThat(Api.admin(port).get("/api/v1/services/help-chat").body())
                .contains("\"downtimeCostPerHour\":{\"amount\":\"15000\",\"currency\":\"USD\"}");
    }

    @Test
    void aServiceSavedOverRestKeepsItsMoneyExactly() {
        Api admin = Api.admin(port);
        HttpResponse<String> created = admin.post("/api/v1/services", "application/json", """
                {"key": "money-kept", "name": "Money", "team": "marketing", "tier": 3,
                 "downtimeCostPerHour": {"amount": "1234.5678", "currency": "EUR"},
                 "dependencies": [{"key": "d", "name": "D", "paths": [{"key": "p", "role": "primary", "requires": ["openai-api"]}]}]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(admin.get("/api/v1/services/money-kept").body())
                .contains("\"downtimeCostPerHour\":{\"amount\":\"1234.5678\",\"currency\":\"EUR\"}", "\"version\":1");
        assertThat(admin.get("/api/v1/portfolio").body()).contains("downtimeCostPerHour: 1234.5678", "currency: EUR");
    }
}
