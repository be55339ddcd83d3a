package com.continuity.ui;

import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import com.continuity.support.Browser;
import com.continuity.support.BrowserSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alerts page in a real browser: a manager adds a webhook, sees its secret once, and deletes it; a viewer sees
 * the drills due.
 */
@AppTest
class AlertsBrowserIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String URL = "https://hooks.example.com/continuity-browser-test";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @AfterEach
    void removeTheWebhook() {
        for (JsonNode w : JSON.readTree(Api.admin(port).get("/api/v1/webhooks").body())) {
            if (w.get("target").asString().equals(URL)) {
                Api.admin(port).delete("/api/v1/webhooks/" + w.get("id").asLong());
            }
        }
    }

    @Test
    void aManagerAddsAWebhookSeesItsSecretOnceAndDeletesIt() {
        Api.ensureUser(jdbc, "alerts-manager", Role.MANAGER);
        Browser browser = browsers.start(port).login("alerts-manager", Api.PASSWORD).open("/alerts");
        browser.type("subscription-target", URL).click("add-subscription");
        await().until(() -> browser.element("new-webhook-secret").getText().contains("whsec_"));
        String shown = browser.element("new-webhook-secret").getText();
        browser.waitForGridCell("subscriptions-grid", URL);

        String listed = Api.admin(port).get("/api/v1/webhooks").body();
        JsonNode webhook = JSON.readTree(listed).valueStream().filter(w -> w.get("target").asString().equals(URL))
                .findFirst().orElseThrow();
        assertThat(webhook.get("team").isNull()).as("a manager's webhook is for everything").isTrue();
        String secret = shown.substring(shown.indexOf("whsec_"));
        assertThat(listed).doesNotContain(secret);

        browser.click("delete-subscription-" + webhook.get("id").asLong());
        await().until(() -> !Api.admin(port).get("/api/v1/webhooks").body().contains(URL));
    }

    @Test
    void aViewerSeesTheSamplesPlannedLlamaDrillAmongTheDrillsDue() {
        Api.restoreSample(port);
        Api.ensureUser(jdbc, "alerts-viewer", Role.VIEWER);
        Browser browser = browsers.start(port).login("alerts-viewer", Api.PASSWORD).open("/alerts");

        browser.waitForGridCell("drills-due-grid", "2026-12-08");
        browser.waitForGridCell("drills-due-grid", "Dana Whitfield");
        browser.waitForGridCell("drills-due-grid", "replies / llama-on-prem");
        browser.waitForGridCell("drills-due-grid", "planned");
        browser.waitForGridCell("drills-due-grid", "never");
        assertThat(browser.isDisplayed("drills-due-grid")).isTrue();
    }

    @Test
    void aViewerSeesTheStatusMonitoringPageWithItsGapsPagesAndProbes() {
        Api.ensureUser(jdbc, "alerts-viewer", Role.VIEWER);
        Browser browser = browsers.start(port).login("alerts-viewer", Api.PASSWORD).open("/status-monitoring");
        browser.waitForText("Monitoring gaps");
        assertThat(browser.isDisplayed("gaps-grid")).isTrue();
        assertThat(browser.isDisplayed("pages-grid")).isTrue();
        assertThat(browser.isDisplayed("probes-grid")).isTrue();
    }
}
