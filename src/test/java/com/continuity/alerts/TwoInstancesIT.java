package com.continuity.alerts;

import com.continuity.support.Api;
import com.continuity.support.AppInstance;
import com.continuity.support.StubStatusPages;
import com.continuity.support.WebhookReceiver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.continuity.support.StubStatusPages.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances on one database (two Spring contexts, the second on the first one's embedded PostgreSQL), both
 * polling and both dispatching: each page is polled once per interval, and each event reaches each subscriber once.
 */
class TwoInstancesIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration INTERVAL = Duration.ofMillis(500);
    static final int WEBHOOKS = 5;
    /** The incident's events only: a monitoring gap, should a slow machine make one, is not what is counted here. */
    static final String INCIDENT_EVENTS = "[\"incident-opened\", \"incident-updated\", \"incident-resolved\"]";

    static StubStatusPages pages;
    static WebhookReceiver hooks;
    static AppInstance first;
    static AppInstance second;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        pages = new StubStatusPages();
        pages.serveResources("stubai", "/monitoring/stub-components-up-summary.json", "/monitoring/stub-no-incidents.json");
        hooks = new WebhookReceiver();
        Map<String, String> common = Map.of(
                "continuity.status.poll-interval", INTERVAL.toString(),
                // generous: a healthy stub must never look like a gap on a loaded CI machine
                "continuity.status.timeout", "PT1S",
                "continuity.status.backoff-cap", "PT2S",
                "db-scheduler.polling-interval", "PT0.05S",
                "continuity.alerts.dispatch-interval", "PT0.05S");
        Map<String, String> a = new HashMap<>(common);
        a.put("continuity.embedded-db.dir", "target/two-instances-postgres");
        a.put("continuity.embedded-db.clean", "true");
        a.put("db-scheduler.scheduler-name", "instance-a");
        first = AppInstance.start(a);
        int dbPort = first.bean(EmbeddedPostgres.class).getPort();
        Map<String, String> b = new HashMap<>(common);
        b.put("spring.datasource.url", "jdbc:postgresql://localhost:" + dbPort + "/postgres");
        b.put("spring.datasource.username", "postgres");
        b.put("spring.datasource.password", "");
        b.put("db-scheduler.scheduler-name", "instance-b");
        second = AppInstance.start(b);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[]{second, first, hooks, pages}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    @Test
    void eachPageIsPolledOncePerIntervalAndEachEventReachesEachSubscriberOnce() {
        Api admin = first.admin();
        String portfolio = """
                apiVersion: continuity/v1
                kind: Portfolio
                teams: [{key: support, name: Support}]
                providers: [{key: stubai, name: Stub AI, statusPage: "%s"}]
                failureDomains:
                  - {key: stub-api, name: Stub AI API, kind: provider-api, provider: stubai, statusComponents: [API]}
                services:
                  - key: support-chat
                    name: Support chat
                    team: support
                    tier: 1
                    rtoMinutes: 30
                    dependencies:
                      - key: replies
                        name: Replies
                        paths: [{key: stub-direct, role: primary, requires: [stub-api]}]
                """.formatted(pages.url("stubai"));
        var imported = admin.post("/api/v1/portfolio", "application/yaml", portfolio);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        for (int n = 0; n < WEBHOOKS; n++) {
            Api api = n % 2 == 0 ? admin : second.admin(); // created on either instance, it is the same database
            assertThat(api.post("/api/v1/webhooks", "application/json",
                    "{\"url\": \"" + hooks.url("/hook-" + n) + "\", \"events\": " + INCIDENT_EVENTS + "}").statusCode())
                    .isEqualTo(201);
        }

        // polling: over a few seconds, never two polls of the page at once (two instances polling would be close
        // together; a poll whose request came late may be followed sooner than one interval by an on-time one)
        await().atMost(20, TimeUnit.SECONDS).until(() -> pages.requests("stubai") >= 16); // 8 polls
        List<Long> times = pages.requestTimes("stubai");
        List<Long> polls = new ArrayList<>();
        for (int i = 0; i < times.size(); i += 2) { // summary.json then incidents.json: one poll
            polls.add(times.get(i));
        }
        for (int i = 1; i < polls.size(); i++) {
            assertThat(Duration.ofNanos(polls.get(i) - polls.get(i - 1)))
                    .as("between polls %d and %d", i - 1, i)
                    .isGreaterThanOrEqualTo(INTERVAL.dividedBy(5));
        }
        long span = Duration.ofNanos(polls.getLast() - polls.getFirst()).toMillis();
        assertThat(polls.size()).as("polls in %d ms at one per %s", span, INTERVAL)
                .isBetween(8, (int) (span / INTERVAL.toMillis()) + 2); // + 1 for a first request that came late

        // events: the incident's life, sent by two dispatchers competing for the same deliveries
        String[] steps = {"1-opened", "2-updated", "3-resolved"};
        for (int s = 0; s < steps.length; s++) {
            pages.serveResources("stubai", "/monitoring/stub-" + steps[s] + "-summary.json",
                    "/monitoring/stub-" + steps[s] + "-incidents.json");
            int expected = s + 1;
            await().atMost(20, TimeUnit.SECONDS).until(() -> hooks.received("/hook-0").size() >= expected);
        }
        await().atMost(20, TimeUnit.SECONDS).until(() -> {
            for (int n = 0; n < WEBHOOKS; n++) {
                if (hooks.received("/hook-" + n).size() < 3) {
                    return false;
                }
            }
            return true;
        });
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)) // time for a duplicate to show up
                .until(() -> hooks.received("/hook-0").size() == 3);
        for (int n = 0; n < WEBHOOKS; n++) {
            var received = hooks.received("/hook-" + n);
            assertThat(received).as("webhook %d", n).hasSize(3);
            assertThat(received).extracting(WebhookReceiver.Received::eventId).doesNotHaveDuplicates();
            assertThat(received).extracting(WebhookReceiver.Received::event)
                    .containsExactlyInAnyOrder("incident-opened", "incident-updated", "incident-resolved");
        }
        assertThat(JSON.readTree(second.admin().get("/api/v1/alert-deliveries").body()).size())
                .isEqualTo(3 * WEBHOOKS);
    }

}
