package com.continuity.inventory.api;

import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people save the same version: the second gets 409 and the first one's change stays. */
@AppTest
class ConcurrentEditIT {

    @LocalServerPort
    int port;

    @Test
    void theSecondSaveOfTheSameVersionOfAServiceAnswers409AndKeepsTheFirst() {
        Api admin = Api.admin(port);
        admin.post("/api/v1/services", "application/json", body("race-service", "First draft", 0));
        assertThat(admin.put("/api/v1/services/race-service", body("race-service", "Alice's name", 1)).statusCode())
                .isEqualTo(200);
        HttpResponse<String> bob = admin.put("/api/v1/services/race-service", body("race-service", "Bob's name", 1));
        assertThat(bob.statusCode()).isEqualTo(409);
        assertThat(bob.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(bob.body()).contains("was changed by someone else");
        assertThat(admin.get("/api/v1/services/race-service").body()).contains("Alice's name").contains("\"version\":2");
    }

    @Test
    void aStaleDeleteAnswers409AndDeletesNothing() {
        Api admin = Api.admin(port);
        admin.post("/api/v1/providers", "application/json", "{\"key\":\"race-provider\",\"name\":\"P\"}");
        admin.put("/api/v1/providers/race-provider", "{\"key\":\"race-provider\",\"name\":\"P2\",\"version\":1}");
        assertThat(admin.delete("/api/v1/providers/race-provider?version=1").statusCode()).isEqualTo(409);
        assertThat(admin.get("/api/v1/providers/race-provider").statusCode()).isEqualTo(200);
    }

    @Test
    void anUpdateWithoutAVersionIsRefusedRatherThanOverwritingBlindly() {
        Api admin = Api.admin(port);
        admin.post("/api/v1/teams", "application/json", "{\"key\":\"race-team\",\"name\":\"T\"}");
        HttpResponse<String> r = admin.put("/api/v1/teams/race-team", "{\"key\":\"race-team\",\"name\":\"Blind\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"path\":\"version\"");
        assertThat(admin.get("/api/v1/teams/race-team").body()).doesNotContain("Blind");
    }

    static String body(String key, String name, long version) {
        return """
                {"key":"%s","name":"%s","team":"marketing","tier":2,"version":%d,
                 "dependencies":[{"key":"d","name":"D","paths":[{"key":"p","role":"primary","requires":["openai-api"]}]}]}"""
                .formatted(key, name, version);
    }
}
