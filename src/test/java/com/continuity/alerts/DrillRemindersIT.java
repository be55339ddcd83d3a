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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders of drills due, checked on a schedule in an app of its own whose clock starts at 2026-11-27 12:00 UTC:
 * a drill planned in three days is told once to the service's team, however often the checks run; an overdue
 * fallback of another team is told to that team only; a plan weeks away and a fallback never drilled are not sent.
 */
class DrillRemindersIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static AppInstance app;
    static WebhookReceiver hooks;

    @BeforeAll
    static void start() {
        hooks = new WebhookReceiver();
        app = FastChecksApp.start("drill-reminders", Map.of("continuity.probes.enabled", "false"));
    }

    @AfterAll
    static void stop() {
        FastChecksApp.stop(app, hooks);
    }

    @Test
    void aDrillPlannedInThreeDaysIsToldOnceToItsTeamNamingServicePathDateAndOwner() {
        Api admin = app.admin();
        // subscribed first: the checks run every 0.3 s and would tell of the drills before anyone listens
        for (String team : new String[]{"support", "marketing"}) {
            var created = admin.post("/api/v1/webhooks", "application/json", "{\"url\": \"" + hooks.url("/" + team)
                    + "\", \"team\": \"" + team + "\", \"events\": [\"drill-due\"]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        var imported = admin.post("/api/v1/portfolio", "application/yaml", """
                apiVersion: continuity/v1
                kind: Portfolio
                teams: [{key: support, name: Support}, {key: marketing, name: Marketing}]
                providers: [{key: openai, name: OpenAI}, {key: platform, name: Internal AI platform}]
                failureDomains:
                  - {key: openai-api, name: OpenAI API, kind: provider-api, provider: openai}
                  - {key: gpu-rack, name: GPU rack A, kind: host, provider: platform}
                services:
                  - key: help-chat
                    name: Help chat
                    team: support
                    tier: 1
                    dependencies:
                      - key: replies
                        name: Replies
                        paths:
                          - {key: gpt, role: primary, requires: [openai-api]}
                          - key: llama-on-prem
                            role: fallback
                            requires: [gpu-rack]
                            drills: [{date: 2026-11-20, result: passed}]
                            plannedDrills:
                              - {date: 2026-11-30, owner: "Dana (SRE)", scenario: block openai-api at the gateway for 15 min}
                              - {date: 2026-12-20, owner: "Dana (SRE)"}
                  - key: campaign-copy
                    name: Campaign copy
                    team: marketing
                    tier: 3
                    dependencies:
                      - key: copy
                        name: Copy
                        paths:
                          - {key: gpt, role: primary, requires: [openai-api]}
                          - {key: llama, role: fallback, requires: [gpu-rack], drills: [{date: 2026-06-01, result: failed}]}
                          - {key: templates, role: fallback, requires: [gpu-rack]}
                """);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        await().atMost(20, TimeUnit.SECONDS)
                .until(() -> !hooks.received("/support").isEmpty() && !hooks.received("/marketing").isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)) // several more checks: nothing new to say
                .until(() -> hooks.received("/support").size() == 1 && hooks.received("/marketing").size() == 1);

        WebhookReceiver.Received reminder = hooks.received("/support").getFirst();
        assertThat(reminder.event()).isEqualTo("drill-due");
        JsonNode body = JSON.readTree(reminder.body());
        assertThat(body.get("summary").asString()).isEqualTo("Drill in 3 days: Help chat (help-chat), fallback "
                + "llama-on-prem of replies on 2026-11-30, run by Dana (SRE): block openai-api at the gateway for 15 min");
        JsonNode drill = body.get("drill");
        assertThat(drill.get("kind").asString()).isEqualTo("planned");
        assertThat(drill.get("service").asString()).isEqualTo("help-chat");
        assertThat(drill.get("path").asString()).isEqualTo("llama-on-prem");
        assertThat(drill.get("date").asString()).isEqualTo("2026-11-30");
        assertThat(drill.get("daysLeft").asInt()).isEqualTo(3);
        assertThat(drill.get("owner").asString()).isEqualTo("Dana (SRE)");
        assertThat(drill.get("lastDrill").asString()).isEqualTo("2026-11-20");
        assertThat(body.get("link").asString()).endsWith("/services/help-chat");

        JsonNode overdue = JSON.readTree(hooks.received("/marketing").getFirst().body()).get("drill");
        assertThat(overdue.get("kind").asString()).isEqualTo("overdue");
        assertThat(overdue.get("path").asString()).isEqualTo("llama");
        assertThat(overdue.get("lastDrill").asString()).isEqualTo("2026-06-01");
        assertThat(overdue.get("date").asString()).isEqualTo("2026-08-30");
    }
}
