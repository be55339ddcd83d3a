package com.continuity.alerts;

import com.continuity.support.Api;
import com.continuity.support.AppInstance;
import com.continuity.support.FastChecksApp;
import com.continuity.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Conditions checked on a schedule, in an app of its own whose clock starts at 2026-11-27 12:00 UTC: an error
 * budget burning 20× over the last hour pages once, and a credit still owed whose deadline is three days away
 * raises claim-deadline once, however often the checks run.
 */
class AlertChecksIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    static AppInstance app;
    static WebhookReceiver hooks;

    @BeforeAll
    static void start() {
        hooks = new WebhookReceiver();
        app = FastChecksApp.start("alert-checks", Map.of());
    }

    @AfterAll
    static void stop() {
        FastChecksApp.stop(app, hooks);
    }

    @Test
    void aBurningBudgetPagesOnceAndAClaimDeadlineThreeDaysAwayIsToldOnce() {
        Api admin = app.admin();
        var imported = admin.post("/api/v1/portfolio", "application/yaml", """
                apiVersion: continuity/v1
                kind: Portfolio
                teams: [{key: support, name: Support}]
                providers: [{key: anthropic, name: Anthropic}]
                failureDomains:
                  - {key: anthropic-api, name: Claude API, kind: provider-api, provider: anthropic}
                services:
                  - key: help-chat
                    name: Help chat
                    team: support
                    tier: 1
                    rtoMinutes: 15
                    dependencies:
                      - key: replies
                        name: Replies
                        paths: [{key: claude, role: primary, requires: [anthropic-api]}]
                contracts:
                  - key: anthropic-enterprise
                    name: Anthropic enterprise agreement
                    provider: anthropic
                    monthlyFee: 10000.00
                    currency: USD
                    covers: [anthropic-api]
                    slos: [{kind: error-rate, objectivePercent: 0.1}]
                    credit: {method: prorated-multiplier, multiplier: 4.1}
                    claim: {deadlineDaysAfterPeriod: 30}
                """);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(admin.post("/api/v1/webhooks", "application/json",
                "{\"url\": \"" + hooks.url("/all") + "\", \"events\": [\"error-budget-burn\", \"claim-deadline\"]}")
                .statusCode()).isEqualTo(201);

        assertThat(admin.post("/api/v1/webhooks", "application/json", "{\"url\": \"" + hooks.url("/slack")
                + "\", \"format\": \"slack\", \"events\": [\"error-budget-burn\"]}").statusCode()).isEqualTo(201);

        // 2 % errors for the last 70 minutes against a budget of 0.1 %: 20× over 1 h and over 5 min
        StringBuilder csv = new StringBuilder();
        for (Instant t = NOW.minus(Duration.ofMinutes(70)); t.isBefore(NOW); t = t.plus(Duration.ofMinutes(5))) {
            csv.append(t).append(',').append(t.plus(Duration.ofMinutes(5))).append(",10000,200\n");
        }
        var samples = admin.post("/api/v1/contracts/anthropic-enterprise/error-samples", "text/csv", csv.toString());
        assertThat(samples.statusCode()).as(samples.body()).isEqualTo(200);

        // four hours down in October: a credit owed, to claim by 2026-11-30
        var incident = admin.post("/api/v1/incidents", "application/json", """
                {"key": "october-outage", "provider": "anthropic", "title": "Claude API down", "impact": "major",
                 "start": "2026-10-10T10:00:00Z", "end": "2026-10-10T14:00:00Z", "affects": ["anthropic-api"]}""");
        assertThat(incident.statusCode()).as(incident.body()).isEqualTo(201);

        await().atMost(20, TimeUnit.SECONDS).until(() -> hooks.received("/all").size() >= 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)) // several more checks: nothing new to say
                .until(() -> hooks.received("/all").size() == 2);
        var received = hooks.received("/all");
        assertThat(received).extracting(WebhookReceiver.Received::event)
                .containsExactlyInAnyOrder("error-budget-burn", "claim-deadline");
        JsonNode burn = JSON.readTree(received.stream().filter(r -> r.event().equals("error-budget-burn"))
                .findFirst().orElseThrow().body());
        assertThat(burn.get("severity").asString()).isEqualTo("page");
        assertThat(burn.get("rule").get("factor").asDouble()).isEqualTo(14.4);
        assertThat(burn.get("burnRate").get("long").asDouble()).isCloseTo(20, org.assertj.core.api.Assertions.within(0.01));
        assertThat(burn.get("services").valueStream().map(JsonNode::asString)).containsExactly("help-chat");
        JsonNode deadline = JSON.readTree(received.stream().filter(r -> r.event().equals("claim-deadline"))
                .findFirst().orElseThrow().body());
        assertThat(deadline.get("claim").get("deadline").asString()).isEqualTo("2026-11-30");
        assertThat(deadline.get("claim").get("daysLeft").asInt()).isEqualTo(3);

        var slack = hooks.received("/slack");
        assertThat(slack).hasSize(1);
        JsonNode text = JSON.readTree(slack.getFirst().body());
        assertThat(text.propertyNames()).containsExactly("text");
        assertThat(text.get("text").asString()).startsWith("Error budget burning (page): Anthropic enterprise agreement");
    }

}
