package com.continuity.alerts;

import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may subscribe to what, and register probes, on the sample portfolio: editors for their own teams, managers
 * and admins for any team or everything, viewers and auditors read only. A refusal writes nothing.
 */
@AppTest
class AlertsAuthorizationIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HOOK = "https://hooks.example.com/authz-";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api admin;
    Api manager;
    Api editor;
    Api viewer;

    @BeforeEach
    void users() {
        Api.ensureUser(jdbc, "a-manager", Role.MANAGER);
        Api.ensureUser(jdbc, "a-editor", Role.EDITOR, "customer-care");
        Api.ensureUser(jdbc, "a-viewer", Role.VIEWER);
        admin = Api.admin(port);
        manager = Api.as(port, "a-manager", Api.PASSWORD);
        editor = Api.as(port, "a-editor", Api.PASSWORD);
        viewer = Api.as(port, "a-viewer", Api.PASSWORD);
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        for (JsonNode w : JSON.readTree(admin.get("/api/v1/webhooks").body())) {
            if (w.get("target").asString().startsWith(HOOK)) {
                admin.delete("/api/v1/webhooks/" + w.get("id").asLong());
            }
        }
        admin.delete("/api/v1/probes/authz-probe");
    }

    HttpResponse<String> webhook(Api api, String name, String team) {
        return api.post("/api/v1/webhooks", "application/json", "{\"url\": \"" + HOOK + name + "\""
                + (team == null ? "" : ", \"team\": \"" + team + "\"") + "}");
    }

    boolean exists(String name) {
        return admin.get("/api/v1/webhooks").body().contains(HOOK + name + "\"");
    }

    @Test
    void editorsSubscribeTheirOwnTeamsOnlyAndManagersSubscribeToEverything() {
        assertThat(Api.anonymous(port).get("/api/v1/webhooks").statusCode()).isEqualTo(401);
        assertThat(viewer.get("/api/v1/webhooks").statusCode()).isEqualTo(200);
        assertThat(webhook(viewer, "viewer", "customer-care").statusCode()).isEqualTo(403);
        assertThat(exists("viewer")).isFalse();

        assertThat(webhook(editor, "own", "customer-care").statusCode()).isEqualTo(201);
        assertThat(webhook(editor, "other", "marketing").statusCode()).isEqualTo(403);
        assertThat(webhook(editor, "everything", null).statusCode()).isEqualTo(403);
        assertThat(exists("own")).isTrue();
        assertThat(exists("other")).isFalse();
        assertThat(exists("everything")).isFalse();

        var all = webhook(manager, "all", null);
        assertThat(all.statusCode()).isEqualTo(201);
        // a webhook URL is a credential: those who may not manage it see its host only
        assertThat(viewer.get("/api/v1/webhooks").body()).doesNotContain(HOOK + "all").contains("/…");
        assertThat(editor.get("/api/v1/webhooks").body()).contains(HOOK + "own").doesNotContain(HOOK + "all");
        long id = JSON.readTree(all.body()).get("webhook").get("id").asLong();
        assertThat(editor.delete("/api/v1/webhooks/" + id).statusCode()).isEqualTo(403);
        assertThat(exists("all")).isTrue();
        assertThat(manager.delete("/api/v1/webhooks/" + id).statusCode()).isEqualTo(204);
        assertThat(exists("all")).isFalse();
    }

    @Test
    void aBadUrlOrAnUnknownDomainIsRefusedWithTheFieldAtFault() {
        var bad = manager.post("/api/v1/webhooks", "application/json",
                "{\"url\": \"ftp://x\", \"domains\": [\"no-such-domain\"]}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"url\"").contains("domains[0]");
    }

    @Test
    void aUrlWithoutSchemeIsRefusedNamingTheUrlForWebhooksAndProbesAlike() {
        var webhook = manager.post("/api/v1/webhooks", "application/json", "{\"url\": \"//hooks.example.com/x\"}");
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(422);
        assertThat(webhook.body()).contains("\"url\"");
        var probe = admin.post("/api/v1/probes", "application/json", "{\"key\": \"authz-probe\", \"team\":"
                + " \"customer-care\", \"url\": \"//hooks.example.com/x\", \"domains\": [\"ai-gateway\"]}");
        assertThat(probe.statusCode()).as(probe.body()).isEqualTo(422);
        assertThat(probe.body()).contains("\"url\"");
    }

    @Test
    void editorsRegisterProbesForTheirOwnTeamsOnly() {
        String body = "{\"key\": \"authz-probe\", \"team\": \"%s\", \"url\": \"http://localhost:9/health\","
                + " \"domains\": [\"ai-gateway\"]}";
        assertThat(viewer.post("/api/v1/probes", "application/json", body.formatted("customer-care")).statusCode())
                .isEqualTo(403);
        assertThat(editor.post("/api/v1/probes", "application/json", body.formatted("marketing")).statusCode())
                .isEqualTo(403);
        assertThat(admin.get("/api/v1/probes").body()).doesNotContain("authz-probe");
        var created = editor.post("/api/v1/probes", "application/json", body.formatted("customer-care"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("interval").asString()).isEqualTo("PT1M");
        assertThat(viewer.delete("/api/v1/probes/authz-probe").statusCode()).isEqualTo(403);
        assertThat(editor.delete("/api/v1/probes/authz-probe").statusCode()).isEqualTo(204);
    }
}
