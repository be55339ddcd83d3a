package com.continuity.reviews;

import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews over REST against the real database: the snapshot is stored and stays as it was when inventory changes
 * later, a second review shows the difference, and a signed review refuses every change with its reason.
 * Each test has a team or quarter of its own, since the database is shared with the other tests.
 */
@AppTest
class ReviewsApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private static JsonNode json(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static String service(String key, String team, boolean withFallback, long version) {
        String fallback = withFallback ? """
                ,{"key":"gpt","role":"fallback","activation":"automatic","switchoverMinutes":1,"capacityPercent":100,
                  "requires":["openai-api"],"drills":[{"date":"2026-11-01","result":"passed","switchoverMinutes":1}]}"""
                : "";
        return """
                {"key":"%s","name":"Lab %s","team":"%s","tier":1,"rtoMinutes":30,"rpoMinutes":0,"mtpdMinutes":240,
                 "downtimeCostPerHour":{"amount":"1000","currency":"USD"},"owner":"Lab owner","version":%d,
                 "dependencies":[{"key":"answers","name":"Answers","paths":[
                   {"key":"claude","role":"primary","requires":["claude-api"]}%s]}]}"""
                .formatted(key, key, team, version, fallback);
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.get(field).asString()).toList();
    }

    @Test
    void theSnapshotStaysAsItWasAfterTheInventoryChangesAndTheNextReviewShowsTheDifference() {
        Api admin = Api.admin(port);
        admin.post("/api/v1/teams", "application/json", "{\"key\":\"review-lab\",\"name\":\"Review lab\"}");
        json(admin.post("/api/v1/services", "application/json", service("lab-chat", "review-lab", true, 0)), 201);

        JsonNode first = json(admin.post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2025-Q3\",\"team\":\"review-lab\"}"), 201);
        long id = first.get("review").get("id").asLong();
        JsonNode snapshot = json(admin.get("/api/v1/reviews/" + id), 200).get("review").get("snapshot");
        JsonNode chat = snapshot.get("services").get(0);
        assertThat(chat.get("key").asString()).isEqualTo("lab-chat");
        assertThat(chat.get("spofsOnPaper").isEmpty()).isTrue();
        assertThat(snapshot.get("changes").get("first").asBoolean()).isTrue();

        // the fallback goes, and a second service arrives
        json(admin.put("/api/v1/services/lab-chat", service("lab-chat", "review-lab", false, 1)), 200);
        json(admin.post("/api/v1/services", "application/json", service("lab-two", "review-lab", true, 0)), 201);

        JsonNode again = json(admin.get("/api/v1/reviews/" + id), 200).get("review").get("snapshot");
        assertThat(again).isEqualTo(snapshot);
        assertThat(again.get("services").size()).isEqualTo(1);

        JsonNode second = json(admin.post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2025-Q4\",\"team\":\"review-lab\"}"), 201).get("review").get("snapshot");
        JsonNode changes = second.get("changes");
        assertThat(changes.get("first").asBoolean()).isFalse();
        assertThat(second.get("previous").get("quarter").asString()).isEqualTo("2025-Q3");
        assertThat(changes.get("servicesAdded").valueStream().map(JsonNode::asString).toList())
                .containsExactly("lab-two");
        assertThat(changes.get("servicesRemoved").isEmpty()).isTrue();
        JsonNode added = changes.get("spofsAdded").get(0);
        assertThat(List.of(added.get("service").asString(), added.get("domain").asString(),
                added.get("inPractice").asBoolean())).containsExactly("lab-chat", "claude-api", false);
        JsonNode score = changes.get("scores").get(0);
        assertThat(score.get("service").asString()).isEqualTo("lab-chat");
        assertThat(score.get("after").asInt()).isGreaterThan(score.get("before").asInt());
        assertThat(texts(second.get("trend"), "quarter")).containsExactly("2025-Q3", "2025-Q4");
        assertThat(texts(second.get("findings"), "id")).contains("spof:lab-chat:claude-api", "score:lab-chat");

        admin.delete("/api/v1/services/lab-chat?version=2");
        admin.delete("/api/v1/services/lab-two?version=1");
    }

    @Test
    void teamsAttestAndSignThenTheManagerSignsLastAndTheSignedReviewRefusesEveryChange() {
        Api.ensureUser(jdbc, "review-manager", Role.MANAGER);
        Api.ensureUser(jdbc, "engineering-editor", Role.EDITOR, "engineering");
        Api.ensureUser(jdbc, "marketing-editor", Role.EDITOR, "marketing");
        Api manager = Api.as(port, "review-manager", Api.PASSWORD);
        Api editor = Api.as(port, "engineering-editor", Api.PASSWORD);
        Api outsider = Api.as(port, "marketing-editor", Api.PASSWORD);

        JsonNode opened = json(manager.post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2025-Q1\",\"team\":\"engineering\"}"), 201);
        long id = opened.get("review").get("id").asLong();
        List<String> services = texts(opened.get("review").get("snapshot").get("services"), "key");
        assertThat(services).contains("code-review-assistant");
        assertThat(opened.get("review").get("snapshot").get("plannedDrills").isEmpty()).isTrue();

        JsonNode item = json(editor.post("/api/v1/reviews/" + id + "/action-items", "application/json", """
                {"title":"Drill the fallback, with a comma","service":"code-review-assistant","owner":"Sam",
                 "due":"2026-12-31"}"""), 201);
        assertThat(json(editor.post("/api/v1/reviews/" + id + "/action-items", "application/json", """
                {"title":"T","owner":"Sam","due":"2026-12-31","finding":"spof:nothing:here"}"""), 422).toString())
                .contains("\"path\":\"finding\"");
        assertThat(item.get("status").asString()).isEqualTo("open");
        assertThat(outsider.post("/api/v1/reviews/" + id + "/action-items", "application/json",
                "{\"title\":\"Not mine\",\"service\":\"code-review-assistant\",\"owner\":\"X\",\"due\":\"2026-12-31\"}")
                .statusCode()).isEqualTo(403);
        assertThat(json(editor.post("/api/v1/reviews/" + id + "/action-items", "application/json",
                "{\"title\":\"No owner\",\"due\":\"2026-12-31\"}"), 422).toString())
                .contains("\"path\":\"owner\"");

        // the manager cannot sign before the team, and the team cannot sign before attesting
        assertThat(json(manager.post("/api/v1/reviews/" + id + "/sign-offs/manager", "application/json", ""), 409)
                .get("detail").asString()).contains("The manager signs last", "engineering");
        assertThat(json(editor.post("/api/v1/reviews/" + id + "/sign-offs/teams/engineering", "application/json", ""),
                409).get("detail").asString()).contains("still need their RTO, RPO and MTPD attested");
        assertThat(outsider.put("/api/v1/reviews/" + id + "/attestations/code-review-assistant",
                "{\"confirmed\":true}").statusCode()).isEqualTo(403);
        for (String service : services) {
            json(editor.put("/api/v1/reviews/" + id + "/attestations/" + service, "{\"confirmed\":true}"), 200);
        }
        json(editor.post("/api/v1/reviews/" + id + "/sign-offs/teams/engineering", "application/json", ""), 201);
        assertThat(json(editor.put("/api/v1/reviews/" + id + "/attestations/code-review-assistant",
                "{\"confirmed\":true}"), 409).get("detail").asString()).contains("attestations are final");
        assertThat(editor.post("/api/v1/reviews/" + id + "/sign-offs/manager", "application/json", "").statusCode())
                .isEqualTo(403);

        JsonNode signed = json(manager.post("/api/v1/reviews/" + id + "/sign-offs/manager", "application/json", ""),
                200);
        assertThat(signed.get("review").get("status").asString()).isEqualTo("signed");
        assertThat(texts(signed.get("signOffs"), "team")).containsExactly("engineering", "*");

        // read-only: every change is refused with the reason, and nothing changes
        for (HttpResponse<String> refused : List.of(
                editor.post("/api/v1/reviews/" + id + "/action-items", "application/json",
                        "{\"title\":\"Late\",\"owner\":\"Sam\",\"due\":\"2026-12-31\"}"),
                editor.put("/api/v1/reviews/" + id + "/attestations/code-review-assistant", "{\"confirmed\":true}"),
                editor.post("/api/v1/reviews/" + id + "/sign-offs/teams/engineering", "application/json", ""),
                manager.post("/api/v1/reviews/" + id + "/sign-offs/manager", "application/json", ""))) {
            assertThat(json(refused, 409).get("detail").asString())
                    .containsPattern("was signed off on 2026-11-27 12:\\d\\d UTC and is read-only");
        }
        assertThat(json(manager.get("/api/v1/reviews/" + id), 200).get("actionItems").size()).isEqualTo(1);

        // the open item is carried into the next review, where it can be closed; the signed one keeps it open
        JsonNode next = json(manager.post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2025-Q2\",\"team\":\"engineering\"}"), 201);
        JsonNode carried = next.get("actionItems").get(0);
        assertThat(carried.get("id").asLong()).isEqualTo(item.get("id").asLong());
        json(editor.put("/api/v1/action-items/" + carried.get("id").asLong(), """
                {"title":"Drill the fallback, with a comma","owner":"Sam","due":"2026-12-31","status":"done",
                 "version":1}"""), 200);
        assertThat(editor.put("/api/v1/action-items/" + carried.get("id").asLong(), """
                {"title":"Stale","owner":"Sam","due":"2026-12-31","status":"open","version":1}""").statusCode())
                .isEqualTo(409);
        // an item about no service is changed by whoever raised it, or a manager
        long nextId = next.get("review").get("id").asLong();
        JsonNode unlinked = json(manager.post("/api/v1/reviews/" + nextId + "/action-items", "application/json",
                "{\"title\":\"Claim the credit\",\"owner\":\"Kim\",\"due\":\"2026-12-31\"}"), 201);
        assertThat(editor.put("/api/v1/action-items/" + unlinked.get("id").asLong(), """
                {"title":"Claim the credit","owner":"Kim","due":"2026-12-31","status":"dropped","version":1}""")
                .statusCode()).isEqualTo(403);
        assertThat(json(manager.get("/api/v1/reviews/" + id), 200).get("actionItems").get(0).get("status").asString())
                .isEqualTo("open");

        HttpResponse<String> csv = manager.get("/api/v1/reviews/" + next.get("review").get("id").asLong()
                + "/action-items.csv", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(3);
        assertThat(csv.body()).startsWith("id,review,title,service,contract,owner,due,status,carried,finding")
                .contains(",2025-Q2,\"Drill the fallback, with a comma\",code-review-assistant,,Sam,2026-12-31,done,yes,");
    }

    @Test
    void aReviewListsTheDrillsPlannedAndTheFallbacksNeverDrilled() {
        JsonNode snapshot = json(Api.admin(port).post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2026-Q1\",\"team\":\"customer-care\"}"), 201).get("review").get("snapshot");
        JsonNode plan = snapshot.get("plannedDrills").valueStream()
                .filter(p -> p.get("service").asString().equals("help-chat")).findFirst().orElseThrow();
        assertThat(List.of(plan.get("service").asString(), plan.get("path").asString(), plan.get("date").asString(),
                plan.get("missed").asBoolean())).containsExactly("help-chat", "llama-on-prem", "2026-12-08", false);
        assertThat(snapshot.get("drillGaps").valueStream()
                .map(g -> g.get("path").asString() + ":" + g.get("kind").asString()).toList())
                .contains("llama-on-prem:NEVER");
    }

    @Test
    void openingAReviewNamesTheFieldAtFaultAndOnlyManagersMayOpenOne() {
        Api.ensureUser(jdbc, "review-viewer", Role.VIEWER);
        Api admin = Api.admin(port);
        assertThat(json(admin.post("/api/v1/reviews", "application/json", "{\"quarter\":\"2026-Q5\"}"), 422)
                .toString()).contains("\"path\":\"quarter\"", "written like 2026-Q4");
        assertThat(json(admin.post("/api/v1/reviews", "application/json", "{\"quarter\":\"2027-Q1\"}"), 422)
                .toString()).contains("has not started yet");
        assertThat(json(admin.post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2024-Q4\",\"team\":\"nobody\"}"), 422).toString()).contains("\"path\":\"team\"");
        assertThat(Api.as(port, "review-viewer", Api.PASSWORD).post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2024-Q4\"}").statusCode()).isEqualTo(403);
        json(admin.post("/api/v1/reviews", "application/json", "{\"quarter\":\"2024-Q4\",\"team\":\"marketing\"}"),
                201);
        assertThat(json(admin.post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2024-Q4\",\"team\":\"marketing\"}"), 409).get("detail").asString())
                .contains("already open or signed");
        assertThat(admin.get("/api/v1/reviews/999999").statusCode()).isEqualTo(404);
        assertThat(texts(json(Api.as(port, "review-viewer", Api.PASSWORD).get("/api/v1/reviews"), 200), "quarter"))
                .contains("2024-Q4");
    }

    @Test
    void aCorrectedObjectiveIsWrittenToTheInventoryWhileTheSnapshotKeepsTheOldOne() {
        Api admin = Api.admin(port);
        admin.post("/api/v1/teams", "application/json", "{\"key\":\"attest-lab\",\"name\":\"Attest lab\"}");
        json(admin.post("/api/v1/services", "application/json", service("attest-chat", "attest-lab", true, 0)), 201);
        long id = json(admin.post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2025-Q3\",\"team\":\"attest-lab\"}"), 201).get("review").get("id").asLong();
        assertThat(json(admin.put("/api/v1/reviews/" + id + "/attestations/attest-chat",
                "{\"confirmed\":false,\"rtoMinutes\":500,\"note\":\"x\"}"), 422).toString())
                .contains("\"path\":\"rtoMinutes\"", "must not exceed the MTPD");

        assertThat(json(admin.put("/api/v1/reviews/" + id + "/attestations/attest-chat", "{}"), 422).toString())
                .contains("\"path\":\"confirmed\"");
        assertThat(json(admin.put("/api/v1/reviews/" + id + "/attestations/attest-chat",
                "{\"confirmed\":false,\"rtoMinutes\":30}"), 422).toString()).contains("changes at least one");
        // the inventory moves on after the snapshot: a correction of the RTO alone keeps the RPO set since
        json(admin.put("/api/v1/services/attest-chat", service("attest-chat", "attest-lab", true, 1)
                .replace("\"rpoMinutes\":0", "\"rpoMinutes\":5")), 200);

        JsonNode a = json(admin.put("/api/v1/reviews/" + id + "/attestations/attest-chat",
                "{\"confirmed\":false,\"rtoMinutes\":60,\"note\":\"the failover takes longer\"}"), 200);
        assertThat(List.of(a.get("rtoMinutes").asInt(), a.get("rpoMinutes").asInt(), a.get("mtpdMinutes").asInt()))
                .containsExactly(60, 5, 240);
        JsonNode stored = json(admin.get("/api/v1/services/attest-chat"), 200);
        assertThat(List.of(stored.get("rtoMinutes").asInt(), stored.get("rpoMinutes").asInt())).containsExactly(60, 5);
        assertThat(json(admin.put("/api/v1/reviews/" + id + "/attestations/attest-chat", "{\"confirmed\":true}"),
                409).get("detail").asString()).contains("was corrected by admin", "correct it again");
        JsonNode review = json(admin.get("/api/v1/reviews/" + id), 200);
        assertThat(review.get("review").get("snapshot").get("services").get(0).get("rtoMinutes").asInt()).isEqualTo(30);
        assertThat(review.get("teams").get(0).get("attested").asInt()).isEqualTo(1);
        admin.delete("/api/v1/services/attest-chat?version=3");
    }

    @Test
    void itemsRaisedWhileTheManagerSignsEitherLandInTheSignedReviewOrAreRefused() throws Exception {
        Api admin = Api.admin(port);
        Api.ensureUser(jdbc, "race-manager", Role.MANAGER);
        Api manager = Api.as(port, "race-manager", Api.PASSWORD);
        admin.post("/api/v1/teams", "application/json", "{\"key\":\"race-lab\",\"name\":\"Race lab\"}");
        json(admin.post("/api/v1/services", "application/json", service("race-chat", "race-lab", true, 0)), 201);
        long id = json(admin.post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2025-Q3\",\"team\":\"race-lab\"}"), 201).get("review").get("id").asLong();
        json(admin.put("/api/v1/reviews/" + id + "/attestations/race-chat", "{\"confirmed\":true}"), 200);
        json(admin.post("/api/v1/reviews/" + id + "/sign-offs/teams/race-lab", "application/json", ""), 201);

        List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
        for (int n = 0; n < 8; n++) {
            String body = "{\"title\":\"Item " + n + "\",\"owner\":\"Sam\",\"due\":\"2026-12-31\"}";
            calls.add(() -> admin.post("/api/v1/reviews/" + id + "/action-items", "application/json", body)
                    .statusCode());
        }
        calls.add(4, () -> manager.post("/api/v1/reviews/" + id + "/sign-offs/manager", "application/json", "")
                .statusCode());
        List<Integer> statuses;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(9)) {
            statuses = pool.invokeAll(calls).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertThat(statuses.get(4)).isEqualTo(200);
        List<Integer> items = new java.util.ArrayList<>(statuses);
        items.remove(4);
        assertThat(items).allMatch(s -> s == 201 || s == 409);
        JsonNode signed = json(admin.get("/api/v1/reviews/" + id), 200);
        assertThat(signed.get("actionItems").size()).isEqualTo((int) items.stream().filter(s -> s == 201).count());
        assertThat(jdbc.sql("select count(*) from action_item where review_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(items.stream().filter(s -> s == 201).count());
        admin.delete("/api/v1/services/race-chat?version=1");
    }

    @Test
    void aChangeWaitingForTheReviewWhileItIsBeingSignedIsRefusedOnceTheSignatureLands() throws Exception {
        Api admin = Api.admin(port);
        admin.post("/api/v1/teams", "application/json", "{\"key\":\"lock-lab\",\"name\":\"Lock lab\"}");
        json(admin.post("/api/v1/services", "application/json", service("lock-chat", "lock-lab", true, 0)), 201);
        long id = json(admin.post("/api/v1/reviews", "application/json",
                "{\"quarter\":\"2025-Q3\",\"team\":\"lock-lab\"}"), 201).get("review").get("id").asLong();
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var late = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.Future<Integer>>();
        try (var pool = java.util.concurrent.Executors.newSingleThreadExecutor()) {
            tx.executeWithoutResult(status -> {
                // a sign-off in progress holds the review row, as signAsManager does
                jdbc.sql("select id from review where id = ? for update").param(id).query(Long.class).single();
                late.set(pool.submit(() -> admin.post("/api/v1/reviews/" + id + "/action-items", "application/json",
                        "{\"title\":\"Late\",\"owner\":\"Sam\",\"due\":\"2026-12-31\"}").statusCode()));
                // the item's request waits for the row instead of reading the review as still open
                org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(500))
                        .atMost(java.time.Duration.ofSeconds(2)).until(() -> !late.get().isDone());
                jdbc.sql("update review set status = 'signed', signed_at = now(), signed_items = '[]' where id = ?")
                        .param(id).update();
            });
            assertThat(late.get().get()).isEqualTo(409);
        }
        assertThat(jdbc.sql("select count(*) from action_item where review_id = ?").param(id).query(Long.class)
                .single()).isZero();
        admin.delete("/api/v1/services/lock-chat?version=1");
    }
}
