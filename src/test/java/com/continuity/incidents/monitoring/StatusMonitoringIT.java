package com.continuity.incidents.monitoring;

import com.continuity.SharedFixtures;
import com.continuity.alerts.Signature;
import com.continuity.support.WebhookReceiver;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import com.continuity.support.Api;
import com.continuity.support.AppInstance;
import com.continuity.support.StubStatusPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.continuity.support.StubStatusPages.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Status pages polled for real: the app in its own context (polling on, short intervals) against local stub
 * Statuspage sites serving the real githubstatus.com payloads and scripted sequences. Incidents open, update and
 * resolve on their own; pages that cannot be read open monitoring gaps, not incidents; a failing page is asked no
 * more often than the configured backoff cap and breaker allow.
 */
class StatusMonitoringIT {

    /** The incident's events only: a monitoring gap, should a slow machine make one, is not what is counted here. */
    static final String INCIDENT_EVENTS = "[\"incident-opened\", \"incident-updated\", \"incident-resolved\"]";

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CALM_SUMMARY = "/monitoring/stub-components-up-summary.json";
    static final String NO_INCIDENTS = "/monitoring/stub-no-incidents.json";

    static StubStatusPages pages;
    static AppInstance app;
    static Api admin;
    static GreenMail smtp;
    static WebhookReceiver hooks;
    static String secret;

    @BeforeAll
    static void startTheStubPagesAndTheApp() throws IOException {
        pages = new StubStatusPages();
        pages.serveResources("stubai", CALM_SUMMARY, NO_INCIDENTS);
        pages.serveResources("stubcomp", CALM_SUMMARY, NO_INCIDENTS);
        pages.serveResources("github", CALM_SUMMARY, NO_INCIDENTS);
        pages.fail("stub503", 503);
        pages.stall("stubslow", resource(CALM_SUMMARY), resource(NO_INCIDENTS));
        pages.serve("stubbad", resource("/monitoring/malformed-summary.json"), resource(NO_INCIDENTS));
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        hooks = new WebhookReceiver();
        hooks.failNext("/support", 1); // the first delivery is retried, with the same event id
        var settings = new java.util.HashMap<>(settings("target/monitoring-postgres"));
        settings.put("spring.mail.host", "localhost");
        settings.put("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        settings.put("continuity.alerts.retry-base", "PT0.2S");
        app = AppInstance.start(settings);
        admin = app.admin();
        // a manager's webhook for every monitoring gap, there before the pages are first polled
        assertThat(admin.post("/api/v1/webhooks", "application/json", "{\"url\": \"" + hooks.url("/gaps")
                + "\", \"events\": [\"monitoring-gap\"], \"secret\": \"gap-secret-0123456789\"}").statusCode())
                .isEqualTo(201);
        String portfolio = new String(resource("/monitoring/portfolio.yaml")).replace("STUB/", pages.url(""));
        assertThat(admin.post("/api/v1/portfolio", "application/yaml", portfolio).statusCode()).isEqualTo(200);
        // the support team's webhook and e-mail: only the events touching its service (stub AI's API)
        var created = admin.post("/api/v1/webhooks", "application/json",
                "{\"url\": \"" + hooks.url("/support") + "\", \"team\": \"support\", \"events\": " + INCIDENT_EVENTS + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        secret = JSON.readTree(created.body()).get("secret").asString();
        assertThat(admin.post("/api/v1/email-subscriptions", "application/json",
                "{\"address\": \"support-oncall@example.com\", \"team\": \"support\", \"events\": " + INCIDENT_EVENTS
                        + "}").statusCode()).isEqualTo(201);
    }

    static Map<String, String> settings(String dbDir) {
        return Map.of(
                "continuity.embedded-db.dir", dbDir,
                "continuity.embedded-db.clean", "true",
                "continuity.status.poll-interval", "PT0.2S",
                // generous: a healthy stub must never look like a gap on a loaded CI machine (the slow one sleeps 3 s)
                "continuity.status.timeout", "PT1S",
                "continuity.status.backoff-cap", "PT1S",
                "continuity.status.breaker-failure-threshold", "3",
                "db-scheduler.polling-interval", "PT0.05S",
                "continuity.alerts.dispatch-interval", "PT0.1S",
                "continuity.probes.tick", "PT0.1S");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (pages != null) {
            pages.close();
        }
        if (hooks != null) {
            hooks.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anIncidentOnTheStatusPageOpensUpdatesAndResolvesItselfAndTakesDownTheServicesOfItsDomain() {
        String key = "stubai-inc-stub-1";
        pages.serveResources("stubai", "/monitoring/stub-1-opened-summary.json", "/monitoring/stub-1-opened-incidents.json");
        JsonNode opened = awaitIncident(key, i -> i.get("incident").get("updates").size() == 1);
        assertThat(opened.get("incident").get("source").asString()).isEqualTo("status-page");
        assertThat(opened.get("incident").get("end").isNull()).isTrue();
        assertThat(opened.get("services").get("down").valueStream().map(o -> o.get("service").get("service").asString()))
                .containsExactly("support-chat");

        pages.serveResources("stubai", "/monitoring/stub-2-updated-summary.json", "/monitoring/stub-2-updated-incidents.json");
        JsonNode updated = awaitIncident(key, i -> i.get("incident").get("updates").size() == 2
                && i.get("incident").get("impact").asString().equals("critical"));
        assertThat(updated.get("incident").get("impact").asString()).isEqualTo("critical");
        assertThat(updated.get("incident").get("end").isNull()).isTrue();

        pages.serveResources("stubai", "/monitoring/stub-3-resolved-summary.json", "/monitoring/stub-3-resolved-incidents.json");
        JsonNode resolved = awaitIncident(key, i -> !i.get("incident").get("end").isNull());
        assertThat(resolved.get("incident").get("end").asString()).isEqualTo("2026-03-10T10:00:00Z");
        assertThat(resolved.get("incident").get("updates").size()).isEqualTo(3);
        long version = resolved.get("incident").get("version").asLong();
        // polling an unchanged page writes nothing: the version holds over several polls
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> incident(key).get("incident").get("version").asLong() == version);

        // one webhook delivery per event, signed; one e-mail per event, with the same event id
        await().atMost(20, TimeUnit.SECONDS).until(() -> hooks.received("/support").size() >= 3
                && smtp.getReceivedMessages().length >= 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)) // and no more come
                .until(() -> hooks.received("/support").size() == 3 && smtp.getReceivedMessages().length == 3);
        var received = hooks.received("/support");
        assertThat(received).extracting(WebhookReceiver.Received::event)
                .as("the first was refused once and came again later").
                containsExactlyInAnyOrder("incident-opened", "incident-updated", "incident-resolved");
        assertThat(received).allSatisfy(r -> assertThat(Signature.verifies(secret, r.signature(), r.body()))
                .as("signature %s", r.signature()).isTrue());
        assertThat(received).extracting(WebhookReceiver.Received::eventId).doesNotHaveDuplicates();
        assertThat(hooks.refused("/support")).hasSize(1);
        assertThat(received).extracting(WebhookReceiver.Received::eventId)
                .as("the refused delivery came again with the same event id")
                .contains(hooks.refused("/support").getFirst().eventId());
        var opening = received.stream().filter(r -> r.event().equals("incident-opened")).findFirst().orElseThrow();
        JsonNode first = JSON.readTree(opening.body());
        assertThat(first.get("id").asString()).isEqualTo(opening.eventId());
        assertThat(first.get("incident").get("key").asString()).isEqualTo(key);
        assertThat(first.get("link").asString()).endsWith("/incidents/" + key);
        JsonNode service = first.get("services").get(0);
        assertThat(service.get("key").asString()).isEqualTo("support-chat");
        assertThat(service.get("tier").asInt()).isEqualTo(1);
        assertThat(service.get("rtoMinutes").asInt()).isEqualTo(30);

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(3);
        assertThat(java.util.Arrays.stream(mails).map(m -> header(m, "X-Continuity-Event-Id")))
                .containsExactlyInAnyOrderElementsOf(received.stream().map(WebhookReceiver.Received::eventId).toList());
        assertThat(java.util.Arrays.stream(mails).map(m -> recipient(m))).containsOnly("support-oncall@example.com");

        JsonNode log = JSON.readTree(admin.get("/api/v1/alert-deliveries").body());
        assertThat(log.valueStream().filter(d -> d.get("kind").asString().equals("webhook")))
                .allSatisfy(d -> assertThat(d.get("status").asString()).isEqualTo("delivered"))
                .anySatisfy(d -> assertThat(d.get("attempts").asInt()).as("the one that was retried").isEqualTo(2));
        assertThat(admin.get("/api/v1/webhooks").body()).doesNotContain(secret).doesNotContain("secret");
    }

    static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name)[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void componentsDownWithoutAnIncidentOpenAnIncidentOfTheirOwnThatResolvesWhenTheyRecover() {
        pages.serveResources("stubcomp", "/monitoring/stub-components-down-summary.json", NO_INCIDENTS);
        String key = "stubcomp-components-" + java.time.Instant.parse("2026-03-11T08:00:00Z").getEpochSecond();
        JsonNode open = awaitIncident(key, i -> true);
        assertThat(open.get("incident").get("title").asString()).contains("API");
        assertThat(open.get("incident").get("components").get(0).get("impact").asString()).isEqualTo("major");
        assertThat(open.get("incident").get("end").isNull()).isTrue();
        pages.serveResources("stubcomp", CALM_SUMMARY, NO_INCIDENTS);
        JsonNode closed = awaitIncident(key, i -> !i.get("incident").get("end").isNull());
        assertThat(closed.get("incident").get("updates").size()).isEqualTo(2);
    }

    @Test
    void theRealGithubPagesOpenTheirIncidentsAndTheOutageWhoseComponentsTheIncidentDoesNotList() throws IOException {
        byte[] summary = Files.readAllBytes(SharedFixtures.require("fixtures/statuspage/github-summary_2020-04-02_outage.json"));
        byte[] incidents = Files.readAllBytes(SharedFixtures.require("fixtures/statuspage/github-incidents_2024-09-17_subset.json"));
        pages.serve("github", summary, incidents);
        await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> assertThat(keys())
                .contains("github-69sb0f8lydp4"));
        JsonNode outage = await().atMost(20, TimeUnit.SECONDS).until(() -> openIncident("github"), i -> i != null);
        var jdbc = app.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from alert_event where subject = 'github-69sb0f8lydp4'").query(Long.class)
                .single()).as("an incident first seen resolved long ago is history, not news").isZero();
        assertThat(jdbc.sql("select count(*) from alert_event where subject = ? and type = 'incident-opened'")
                .param(outage.get("key").asString()).query(Long.class).single()).isEqualTo(1);
        assertThat(outage.get("components").valueStream().map(c -> c.get("component").asString()))
                .contains("Git Operations", "API Requests");
        JsonNode impact = incident(outage.get("key").asString());
        assertThat(impact.get("services").get("down").valueStream()
                .map(o -> o.get("service").get("service").asString()))
                .as("its fallback was never drilled, so in practice it goes down").containsExactly("lab-notebook");
    }

    @Test
    void a503ATimeoutAndMalformedJsonEachOpenOneMonitoringGapAndNoIncident() {
        await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> {
            JsonNode gaps = JSON.readTree(admin.get("/api/v1/status-monitoring").body()).get("gaps");
            assertThat(gaps.valueStream().filter(g -> g.get("end").isNull()).map(g -> g.get("provider").asString()))
                    .contains("stub503", "stubslow", "stubbad");
        });
        JsonNode gaps = JSON.readTree(admin.get("/api/v1/status-monitoring").body()).get("gaps");
        assertThat(reason(gaps, "stub503")).contains("503");
        assertThat(reason(gaps, "stubslow")).contains("did not answer within");
        assertThat(reason(gaps, "stubbad")).contains("not a Statuspage v2 payload");
        assertThat(gaps.valueStream().filter(g -> g.get("provider").asString().equals("stub503")).count())
                .as("one gap for as long as it lasts").isEqualTo(1);
        assertThat(keys()).noneMatch(k -> k.startsWith("stub503") || k.startsWith("stubslow") || k.startsWith("stubbad"));

        // one monitoring-gap alert per gap, however many polls fail
        List<String> broken = List.of("stub503", "stubslow", "stubbad");
        await().atMost(20, TimeUnit.SECONDS).until(() -> gapAlerts(broken).size() >= 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> gapAlerts(broken).size() == 3);
        var alerts = gapAlerts(broken);
        assertThat(alerts).extracting(r -> JSON.readTree(r.body()).get("gap").get("provider").asString())
                .containsExactlyInAnyOrderElementsOf(broken);
        assertThat(alerts).allSatisfy(r -> {
            assertThat(r.event()).isEqualTo("monitoring-gap");
            assertThat(Signature.verifies("gap-secret-0123456789", r.signature(), r.body())).isTrue();
        });

        // the malformed page is fixed: its gap ends at the next good poll (at most one cap away)
        pages.serveResources("stubbad", CALM_SUMMARY, NO_INCIDENTS);
        await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> {
            JsonNode now = JSON.readTree(admin.get("/api/v1/status-monitoring").body()).get("gaps");
            assertThat(now.valueStream().filter(g -> g.get("provider").asString().equals("stubbad")))
                    .singleElement().satisfies(g -> assertThat(g.get("end").isNull()).isFalse());
        });
    }

    @Test
    void underASustainedFailureTheCallsStayWithinWhatTheBreakerAndTheBackoffCapAllow() {
        StatusMonitoringProperties p = app.bean(StatusMonitoringProperties.class);
        Duration t = Duration.ofSeconds(6);
        // the window starts at the page's first request, however long the import before it took
        await().atMost(30, TimeUnit.SECONDS).until(() -> !pages.requestTimes("stub503").isEmpty()
                && System.nanoTime() - pages.requestTimes("stub503").getFirst() > t.toNanos());
        long first = pages.requestTimes("stub503").getFirst();
        long calls = pages.requestTimes("stub503").stream().filter(n -> n - first <= t.toNanos()).count();
        // polls: the first `threshold` ones (spaced by the jittered backoff, never closer than the interval), then
        // once per cap while the breaker stays open; + 1 for a poll at the window's very end
        long polls = p.breakerFailureThreshold() + t.toMillis() / p.backoffCap().toMillis() + 1;
        // each failed call may be retried once from the budget, which earns `ratio` of a retry per first call
        long bound = polls + (long) Math.floor(p.retryBudgetRatio() * polls);
        long byIntervalAlone = t.toMillis() / p.pollInterval().toMillis();
        assertThat(calls).as("calls in %s to a page that always answers 503", t)
                .isLessThanOrEqualTo(bound)
                .isGreaterThanOrEqualTo(p.breakerFailureThreshold() + 2); // it keeps looking, once per cap
        assertThat(bound).as("the bound is the breaker's, not the interval's").isLessThan(byIntervalAlone);
    }

    @Test
    void aFailingProbeOpensAnIncidentWithSourceProbeThatResolvesWhenItIsHealthyAgain() {
        pages.serve("gw", new byte[0], new byte[0]); // any other path answers 200
        var created = admin.post("/api/v1/probes", "application/json", """
                {"key": "lab-gateway", "name": "Lab gateway health", "team": "research", "url": "%s",
                 "domains": ["github-git"], "interval": "PT0.2S", "timeout": "PT0.5S", "window": 1,
                 "errorRatePercent": 50, "latencyThresholdMillis": 1000}""".formatted(pages.url("gw") + "/health"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        await().atMost(10, TimeUnit.SECONDS).until(() -> pages.requests("gw") >= 4);
        assertThat(keys()).noneMatch(k -> k.startsWith("probe-lab-gateway"));

        pages.fail("gw", 502);
        await().atMost(20, TimeUnit.SECONDS).until(() -> openProbeIncident() != null);
        JsonNode open = openProbeIncident();
        assertThat(open.get("source").asString()).isEqualTo("probe");
        assertThat(open.get("affects").valueStream().map(JsonNode::asString)).containsExactly("github-git");
        assertThat(incident(open.get("key").asString()).get("services").get("down").valueStream()
                .map(o -> o.get("service").get("service").asString())).containsExactly("lab-notebook");

        pages.serve("gw", new byte[0], new byte[0]);
        String key = open.get("key").asString();
        JsonNode resolved = awaitIncident(key, i -> !i.get("incident").get("end").isNull());
        List<String> statuses = resolved.get("incident").get("updates").valueStream().map(u -> u.get("status").asString())
                .toList();
        assertThat(statuses.getFirst()).isEqualTo("investigating");
        assertThat(statuses.getLast()).isEqualTo("resolved");
        assertThat(admin.delete("/api/v1/probes/lab-gateway").statusCode()).isEqualTo(204);
    }

    /** The gap alerts received for these pages (a healthy page slowed by a loaded machine may add its own). */
    static List<WebhookReceiver.Received> gapAlerts(List<String> providers) {
        return hooks.received("/gaps").stream()
                .filter(r -> providers.contains(JSON.readTree(r.body()).get("gap").get("provider").asString())).toList();
    }

    static JsonNode openProbeIncident() {
        return JSON.readTree(admin.get("/api/v1/incidents").body()).valueStream()
                .filter(i -> i.get("key").asString().startsWith("probe-lab-gateway-") && i.get("end").isNull())
                .findFirst().orElse(null);
    }

    private static String reason(JsonNode gaps, String provider) {
        return gaps.valueStream().filter(g -> g.get("provider").asString().equals(provider)).findFirst()
                .orElseThrow().get("reason").asString();
    }

    static List<String> keys() {
        return JSON.readTree(admin.get("/api/v1/incidents").body()).valueStream().map(i -> i.get("key").asString()).toList();
    }

    static JsonNode openIncident(String provider) {
        return JSON.readTree(admin.get("/api/v1/incidents").body()).valueStream()
                .filter(i -> i.get("provider").asString().equals(provider) && i.get("end").isNull())
                .findFirst().orElse(null);
    }

    static JsonNode incident(String key) {
        var response = admin.get("/api/v1/incidents/" + key);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    static JsonNode awaitIncident(String key, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(20, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> incident(key), i -> i != null && condition.test(i));
    }

}
