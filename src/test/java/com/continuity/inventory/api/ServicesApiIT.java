package com.continuity.inventory.api;

import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class ServicesApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCostOfDowntimeIsMoneyWithItsCurrencyAndAnAmountInAString() {
        assertThat(Api.admin(port).get("/api/v1/services/help-chat").body())
                .contains("\"downtimeCostPerHour\":{\"amount\":\"15000\",\"currency\":\"USD\"}");
    }

    @Test
    void aServiceSavedOverRestKeepsItsMoneyExactly() {
        Api admin = Api.admin(port);
        HttpResponse<String> created = admin.post("/api/v1/services", "application/json", service("money-kept",
                "\"downtimeCostPerHour\": {\"amount\": \"1234.5678\", \"currency\": \"EUR\"}", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(admin.get("/api/v1/services/money-kept").body())
                .contains("\"downtimeCostPerHour\":{\"amount\":\"1234.5678\",\"currency\":\"EUR\"}", "\"version\":1");
        assertThat(admin.get("/api/v1/portfolio").body()).contains("downtimeCostPerHour: 1234.5678", "currency: EUR");
    }

    @Test
    void theSampleChatbotCarriesItsContactsDetectionAndProtection() {
        String json = Api.admin(port).get("/api/v1/services/help-chat").body();

        assertThat(json).contains("{\"role\":\"owner\",\"name\":\"Dana Whitfield\"", "\"role\":\"on-call\"",
                "\"role\":\"vendor-support\",\"name\":\"Anthropic enterprise support\"", "\"role\":\"escalation\"",
                "\"detection\":{\"errorRatePercent\":0.1,\"latencyMs\":8000,\"windowMinutes\":5}",
                "\"protection\":{\"timeoutMs\":20000,\"maxRetries\":3,\"backoffBaseMs\":200,\"backoffCapMs\":5000,"
                        + "\"jitter\":\"full\",\"retryBudgetPercent\":10,\"breakerFailureRatePercent\":50,"
                        + "\"breakerMinimumCalls\":20,\"breakerOpenSeconds\":60}")
                .doesNotContain("\"empty\"");
    }

    @Test
    void runbookSettingsOverRestAreCheckedWithTheFilesPathsAndStoreNothingWhenWrong() {
        Api admin = Api.admin(port);
        HttpResponse<String> refused = admin.post("/api/v1/services", "application/json", service("settings-refused",
                "\"contacts\": [{\"role\": \"on-call\", \"name\": \"Rota\"}]", """
                        "detection": {"errorRatePercent": 0},
                        "protection": {"backoffBaseMs": 500, "backoffCapMs": 100, "breakerFailureRatePercent": 0}"""));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"path\":\"contacts[0].reach\"",
                "\"path\":\"dependencies[0].detection.errorRatePercent\"",
                "\"path\":\"dependencies[0].protection.backoffCapMs\"",
                "\"path\":\"dependencies[0].protection.breakerFailureRatePercent\"");
        assertThat(admin.get("/api/v1/services/settings-refused").statusCode()).isEqualTo(404);

        HttpResponse<String> badJitter = admin.post("/api/v1/services", "application/json",
                service("settings-refused", null, "\"protection\": {\"jitter\": \"lots\"}"));
        assertThat(badJitter.statusCode()).as(badJitter.body()).isEqualTo(422);
        assertThat(badJitter.body()).contains("\"path\":\"dependencies[0].protection.jitter\"", "[full, equal, none]");
    }

    @Test
    void savedSettingsComeBackOverRestInTheExportAndInTheAuditLog() {
        Api admin = Api.admin(port);
        admin.delete("/api/v1/services/settings-kept?version=1");
        HttpResponse<String> created = admin.post("/api/v1/services", "application/json", service("settings-kept",
                "\"contacts\": [{\"role\": \"vendor-support\", \"name\": \"Vendor desk\", \"reach\": \"+1 555 0100\"}]", """
                        "detection": {"errorRatePercent": 0.25, "windowMinutes": 10},
                        "protection": {"timeoutMs": 1500, "maxRetries": 0, "jitter": "equal"}"""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> updated = admin.put("/api/v1/services/settings-kept", created.body()
                .replace("\"timeoutMs\":1500", "\"timeoutMs\":2500").replace("Vendor desk", "Vendor hotline"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

        assertThat(admin.get("/api/v1/services/settings-kept").body()).contains(
                "\"contacts\":[{\"role\":\"vendor-support\",\"name\":\"Vendor hotline\",\"reach\":\"+1 555 0100\"}]",
                "\"errorRatePercent\":0.25,", "\"timeoutMs\":2500,", "\"maxRetries\":0,", "\"jitter\":\"equal\"");
        assertThat(admin.get("/api/v1/portfolio", "application/yaml").body()).contains("""
                    contacts:
                      - role: vendor-support
                        name: Vendor hotline
                """, """
                        detection:
                          errorRatePercent: 0.25
                          windowMinutes: 10
                        protection:
                          timeoutMs: 2500
                          maxRetries: 0
                          jitter: equal
                        paths:
                """);
        assertThat(jdbc.sql("""
                        select (before->'contacts'->0->>'name') || ' > ' || (after->'contacts'->0->>'name') || ', '
                               || (before->'dependencies'->0->'protection'->>'timeoutMs') || ' > '
                               || (after->'dependencies'->0->'protection'->>'timeoutMs')
                        from audit_log where entity = 'service' and entity_key = 'settings-kept' and action = 'update'
                        order by id desc limit 1""").query(String.class).single())
                .isEqualTo("Vendor desk > Vendor hotline, 1500 > 2500");
        assertThat(admin.delete("/api/v1/services/settings-kept?version=2").statusCode()).isEqualTo(204);
    }

    @Test
    void plannedDrillsOverRestAreStoredOnTheFallbackAndComeBackInTheExport() {
        Api admin = Api.admin(port);
        HttpResponse<String> created = admin.post("/api/v1/services", "application/json", withFallback("plans-kept", """
                "plannedDrills": [{"date": "2026-12-10", "owner": "Dana (SRE)",
                                   "scenario": "block openai-api at the gateway for 15 min"}]"""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"plannedDrills\":[{\"date\":\"2026-12-10\",\"owner\":\"Dana (SRE)\","
                + "\"scenario\":\"block openai-api at the gateway for 15 min\"}]", "\"plannedDrills\":[]");

        HttpResponse<String> updated = admin.put("/api/v1/services/plans-kept", created.body()
                .replace("\"owner\":\"Dana (SRE)\"", "\"owner\":\"Lee (SRE)\""));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select pd.date || ' ' || pd.owner from planned_drill pd join path p on p.id = pd.path_id
                        join dependency d on d.id = p.dependency_id join business_service s on s.id = d.service_id
                        where s.key = 'plans-kept'""").query(String.class).list()).containsExactly("2026-12-10 Lee (SRE)");
        assertThat(admin.get("/api/v1/portfolio", "application/yaml").body()).contains("""
                            plannedDrills:
                              - date: 2026-12-10
                                owner: Lee (SRE)
                                scenario: block openai-api at the gateway for 15 min
                """);
        assertThat(admin.delete("/api/v1/services/plans-kept?version=2").statusCode()).isEqualTo(204);
    }

    @Test
    void wrongPlannedDrillsOverRestAreNamedByTheirExactPathsAndStoreNothing() {
        Api admin = Api.admin(port);
        HttpResponse<String> refused = admin.post("/api/v1/services", "application/json", withFallback("plans-refused",
                "\"plannedDrills\": [{\"date\": \"2026-12-10\", \"owner\": \" \"}, {\"owner\": \"Dana\"}]")
                .replace("\"role\": \"primary\",", "\"role\": \"primary\", \"plannedDrills\": [{\"date\": \"2026-12-01\", "
                        + "\"owner\": \"Dana\"}],"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"path\":\"dependencies[0].paths[0].plannedDrills\"",
                "path 'p' is the primary", "\"path\":\"dependencies[0].paths[1].plannedDrills[0].owner\"",
                "\"path\":\"dependencies[0].paths[1].plannedDrills[1].date\"");
        assertThat(admin.get("/api/v1/services/plans-refused").statusCode()).isEqualTo(404);

        HttpResponse<String> badDate = admin.post("/api/v1/services", "application/json", withFallback("plans-refused",
                "\"plannedDrills\": [{\"date\": \"next week\", \"owner\": \"Dana\"}]"));
        assertThat(badDate.statusCode()).as(badDate.body()).isEqualTo(422);
        assertThat(badDate.body()).contains("\"path\":\"dependencies[0].paths[1].plannedDrills[0].date\"");
    }

    /** A marketing service whose dependency has a primary and a fallback {@code f}, with {@code fallbackFields}. */
    private static String withFallback(String key, String fallbackFields) {
        return service(key, null, null).replace("\"requires\": [\"openai-api\"]}]",
                "\"requires\": [\"openai-api\"]}, {\"key\": \"f\", \"role\": \"fallback\", \"requires\": [\"openai-api\"], "
                        + fallbackFields + "}]");
    }

    /**
     * A marketing service with one dependency served by one primary path; {@code serviceFields} and
     * {@code dependencyFields} (JSON members, or null) are added to the service and to its dependency.
     */
    private static String service(String key, String serviceFields, String dependencyFields) {
        return """
                {"key": "%s", "name": "Probe", "team": "marketing", "tier": 3,%s
                 "dependencies": [{"key": "d", "name": "D",%s
                   "paths": [{"key": "p", "role": "primary", "requires": ["openai-api"]}]}]}"""
                .formatted(key, serviceFields == null ? "" : " " + serviceFields + ",",
                        dependencyFields == null ? "" : " " + dependencyFields + ",");
    }
}
