package com.continuity.inventory.api;

import com.continuity.SharedFixtures;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class PortfolioApiIT {

    @LocalServerPort
    int port;

    @AfterEach
    void restoreSample() {
        Api.restoreSample(port);
    }

    static String sharedExampleWithoutContractsAndIncidents() throws IOException {
        String text = Files.readString(SharedFixtures.require("portfolio-example.yaml"));
        return text.substring(0, text.indexOf("\ncontracts:") + 1);
    }

    @Test
    void theSharedExampleWithoutContractsAndIncidentsImportsAndRoundTrips() throws IOException {
        Api admin = Api.admin(port);
        HttpResponse<String> imported = admin.post("/api/v1/portfolio", "application/yaml",
                sharedExampleWithoutContractsAndIncidents());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"teams\":2", "\"providers\":5", "\"failureDomains\":7", "\"services\":2",
                "\"paths\":5", "\"drills\":1");

        String first = admin.get("/api/v1/portfolio", "application/yaml").body();
        assertThat(first).contains("key: support-chatbot", "key: llama-on-prem", "date: 2026-10-02");
        assertThat(admin.post("/api/v1/portfolio", "application/yaml", first).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/portfolio", "application/yaml").body()).isEqualTo(first);
    }

    @Test
    void exportImportExportInJsonGivesTheSameDocument() {
        Api admin = Api.admin(port);
        HttpResponse<String> first = admin.get("/api/v1/portfolio", "application/json");
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        assertThat(first.body()).contains("\"apiVersion\": \"continuity/v1\"", "\"plannedDrills\": [");
        assertThat(admin.post("/api/v1/portfolio", "application/json", first.body()).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/portfolio", "application/json").body()).isEqualTo(first.body());
    }

    @Test
    void anImportRemovesWhatTheFileLacks() {
        Api admin = Api.admin(port);
        String yaml = admin.get("/api/v1/portfolio", "application/yaml").body();
        String withoutCodeReview = yaml.substring(0, yaml.indexOf("  - key: code-review-assistant"));
        assertThat(admin.post("/api/v1/portfolio", "application/yaml", withoutCodeReview).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/services/code-review-assistant").statusCode()).isEqualTo(404);
        assertThat(admin.get("/api/v1/services/help-chat").statusCode()).isEqualTo(200);
    }

    @Test
    void theWholeSharedExampleImportsWithItsContractsAndIncidentsAndRoundTrips() throws IOException {
        Api admin = Api.admin(port);
        HttpResponse<String> imported = admin.post("/api/v1/portfolio", "application/yaml",
                Files.readString(SharedFixtures.require("portfolio-example.yaml")));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"contracts\":3", "\"incidents\":1");

        String first = admin.get("/api/v1/portfolio", "application/yaml").body();
        assertThat(first).contains("key: anthropic-enterprise", "key: bedrock-standard", "key: vertex-commerce",
                "multiplier: 4.1", "deadline: end-of-second-billing-cycle", "key: claude-2026-02-18");
        assertThat(admin.post("/api/v1/portfolio", "application/yaml", first).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/portfolio", "application/yaml").body()).isEqualTo(first);
        String json = admin.get("/api/v1/portfolio", "application/json").body();
        assertThat(admin.post("/api/v1/portfolio", "application/json", json).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/portfolio", "application/json").body()).isEqualTo(json);
    }
}
