package com.continuity.incidents.api;

import com.continuity.SharedFixtures;
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

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The incidents REST API on the running app with the sample portfolio, whose story is the Claude API outage of
 * 18 February 2026, and the real githubstatus.com payloads of ../shared/fixtures/statuspage (those tests are
 * skipped locally without ../shared). Every test removes what it added: the database is shared with other classes.
 */
@AppTest
class IncidentsApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SAMPLE = "claude-2026-02-18";
    private static final String GITHUB_INCIDENTS = "fixtures/statuspage/github-incidents_2024-09-17_subset.json";
    private static final String GITHUB_OUTAGE_SUMMARY = "fixtures/statuspage/github-summary_2020-04-02_outage.json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api admin;
    private Set<String> incidentsBefore;

    @BeforeEach
    void rememberTheIncidents() {
        admin = Api.admin(port);
        incidentsBefore = new HashSet<>(incidentKeys());
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        for (JsonNode incident : ok(admin.get("/api/v1/incidents"))) {
            String key = incident.get("key").asString();
            if (!incidentsBefore.contains(key)) {
                deleted(admin.delete("/api/v1/incidents/" + key + "?version=" + incident.get("version").asLong()));
            }
        }
        deleteIfPresent("/api/v1/services/history-probe");
        deleteIfPresent("/api/v1/failure-domains/history-probe-domain");
        deleteIfPresent("/api/v1/failure-domains/github-actions");
        deleteIfPresent("/api/v1/providers/github");
    }

    // ---- the sample

    @Test
    void theSampleIncidentIsListedWithItsFourUpdatesOldestFirst() {
        JsonNode list = ok(admin.get("/api/v1/incidents"));
        List<Instant> starts = list.valueStream().map(i -> Instant.parse(i.get("start").asString())).toList();
        assertThat(starts).as("newest first").isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode sample = list.valueStream().filter(i -> i.get("key").asString().equals(SAMPLE)).findFirst()
                .orElseThrow();
        assertThat(sample.get("provider").asString()).isEqualTo("anthropic");
        assertThat(sample.get("impact").asString()).isEqualTo("critical");
        assertThat(sample.get("updates").valueStream().map(u -> u.get("status").asString()).toList())
                .containsExactly("investigating", "identified", "monitoring", "resolved");
        assertThat(sample.get("updates").valueStream().map(u -> Instant.parse(u.get("at").asString())).toList())
                .isSorted();
    }

    @Test
    void theClaudeOutageStopsTheServicesWithNoFallbackThatCountsInPracticeAndTheChatRunsOnGptViaTheGateway() {
        Api.restoreSample(port); // other test classes add services of their own on claude-api
        JsonNode impact = ok(admin.get("/api/v1/incidents/" + SAMPLE));

        assertThat(impact.get("incident").get("end").asString()).isEqualTo("2026-02-18T18:17:00Z");
        // the incident names claude-api directly: impaired for its whole window at its impact
        assertThat(impact.get("windows").valueStream().map(w -> List.of(w.get("domain").asString(),
                w.get("impact").asString(), w.get("start").asString(), w.get("end").asString())).toList())
                .containsExactly(List.of("claude-api", "critical", "2026-02-18T14:22:00Z", "2026-02-18T18:17:00Z"));

        JsonNode services = impact.get("services");
        assertThat(services.get("failedDomains").toString()).isEqualTo("[\"claude-api\"]");
        assertThat(services.get("durationMinutes").asInt()).as("14:22 to 18:17").isEqualTo(235);
        assertThat(services.get("basis").asString()).isEqualTo("in-practice");
        // help-chat's gpt-via-gateway was drilled on 2026-11-04 and passed: it counts, one minute at full capacity
        assertThat(keys(services.get("degraded"))).containsExactly("help-chat");
        JsonNode chat = services.get("degraded").get(0);
        assertThat(chat.get("takeovers").get(0).get("path").asString()).isEqualTo("gpt-via-gateway");
        assertThat(chat.get("stoppedMinutes").asInt()).isEqualTo(1);
        assertThat(chat.get("rtoBreached").asBoolean()).isFalse();
        assertThat(chat.get("loss").toString()).as("15,000 USD an hour for one minute")
                .isEqualTo("{\"amount\":\"250.00\",\"currency\":\"USD\"}");
        // campaign-copy has no fallback; the code review assistant's gpt-via-gateway was never drilled
        assertThat(keys(services.get("down"))).containsExactly("campaign-copy", "code-review-assistant");
        JsonNode campaign = services.get("down").get(0);
        assertThat(campaign.get("stoppedMinutes").asInt()).isEqualTo(235);
        assertThat(campaign.get("loss").toString()).as("300 EUR an hour for 235 minutes")
                .isEqualTo("{\"amount\":\"1175.00\",\"currency\":\"EUR\"}");
        assertThat(keys(services.get("down"))).doesNotContain("email-triage");
    }

    @Test
    void anUnknownIncidentIsNotFoundAndReadingNeedsCredentials() {
        assertThat(admin.get("/api/v1/incidents/no-such-incident").statusCode()).isEqualTo(404);
        assertThat(Api.anonymous(port).get("/api/v1/incidents").statusCode()).isEqualTo(401);
    }

    // ---- status-page import: the project's own payload, which runs everywhere

    @Test
    void theProjectsOwnOpenAiPayloadCreatesOneIncidentWithTheApiComponentOnTheOpenAiDomain() throws IOException {
        JsonNode result = ok(importPayload("openai", resource("/statuspage/openai-incidents-small.json")));
        assertThat(result.get("created").toString()).isEqualTo("[\"openai-handmade-openai-01\"]");
        assertThat(result.get("updated").toString()).isEqualTo("[]");
        // the sample maps openai-api to the page's "API" component; "ChatGPT" is nobody's
        assertThat(result.get("unmapped").toString()).isEqualTo("[\"ChatGPT\"]");

        JsonNode impact = ok(admin.get("/api/v1/incidents/openai-handmade-openai-01"));
        assertThat(impact.get("windows").valueStream().map(w -> tuple(w.get("domain").asString(),
                w.get("impact").asString(), w.get("start").asString(), w.get("end").asString())).toList())
                .containsExactly(
                        tuple("openai-api", "major", "2026-06-10T09:05:00Z", "2026-06-10T09:20:00Z"),
                        tuple("openai-api", "critical", "2026-06-10T09:20:00Z", "2026-06-10T10:30:00Z"));
        // every service that uses openai-api keeps its primary: nothing of ours stopped or ran degraded
        assertThat(impact.get("services").get("down").toString()).isEqualTo("[]");
        assertThat(impact.get("services").get("degraded").toString()).isEqualTo("[]");
        assertThat(impact.get("services").get("durationMinutes").asInt())
                .as("impaired 09:05 to 10:30, not the whole incident from 09:00").isEqualTo(85);
    }

    // ---- status-page import: the real GitHub payloads

    @Test
    void theGithubIncidentsPayloadCreatesTwoIncidentsAndImportingItAgainUpdatesThemWithoutDuplicates()
            throws IOException {
        setUpGithubWithAnActionsDomain();
        byte[] payload = Files.readAllBytes(SharedFixtures.require(GITHUB_INCIDENTS));

        JsonNode first = ok(importPayload("github", payload));
        // the page's ids, read off the file: "Incident with Pages and Actions" and "Disruption with Git SSH"
        assertThat(createdKeys(first)).containsExactlyInAnyOrder("github-69sb0f8lydp4", "github-r3x7x31k7nn1");
        assertThat(first.get("updated").toString()).isEqualTo("[]");
        assertThat(first.get("unmapped").toString()).as("Actions is mapped, Pages is not").isEqualTo("[\"Pages\"]");
        int count = incidentKeys().size();

        JsonNode again = ok(importPayload("github", payload));
        assertThat(again.get("created").toString()).isEqualTo("[]");
        assertThat(again.get("updated").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrderElementsOf(createdKeys(first));
        assertThat(incidentKeys()).hasSize(count);
    }

    @Test
    void theActionsDomainWasImpairedThirtySevenMinutesAndThirtySixSecondsInSeptember2024() throws IOException {
        setUpGithubWithAnActionsDomain();
        ok(importPayload("github", Files.readAllBytes(SharedFixtures.require(GITHUB_INCIDENTS))));

        JsonNode impact = ok(admin.get("/api/v1/incidents/github-69sb0f8lydp4"));
        List<JsonNode> windows = impact.get("windows").valueStream().toList();
        assertThat(windows).extracting(w -> w.get("domain").asString()).containsOnly("github-actions");
        // partial_outage is major, major_outage critical: partial, worse, back to partial, then operational
        assertThat(windows).extracting(w -> w.get("impact").asString()).containsExactly("major", "critical", "major");
        Duration total = windows.stream().map(w -> Duration.between(Instant.parse(w.get("start").asString()),
                Instant.parse(w.get("end").asString()))).reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.parse("PT37M36.535S"));
        assertThat(windows).allSatisfy(w -> assertThat(w.get("start").asString()).startsWith("2024-09-"));
        // the GitHub Actions domain serves nobody here: a what-if with nothing stopped, not an absent one
        assertThat(impact.get("services").get("failedDomains").toString()).isEqualTo("[\"github-actions\"]");
        assertThat(impact.get("services").get("down").toString()).isEqualTo("[]");
    }

    @Test
    void theUnresolvedIncidentOfTheSecondOfApril2020StaysOpen() throws IOException {
        setUpGithubWithAnActionsDomain();
        JsonNode result = ok(importPayload("github", Files.readAllBytes(SharedFixtures.require(GITHUB_OUTAGE_SUMMARY))));
        assertThat(createdKeys(result)).containsExactly("github-80d0cs6kpsps");

        JsonNode incident = ok(admin.get("/api/v1/incidents/github-80d0cs6kpsps")).get("incident");
        assertThat(incident.get("end").isNull()).as("end of " + incident).isTrue();
        assertThat(incident.get("start").asString()).isEqualTo("2020-04-02T20:20:54.005Z");
        assertThat(incident.get("source").asString()).isEqualTo("status-page");
    }

    @Test
    void aPayloadThatIsNotJsonIsRefusedAtTheRootAndNothingIsWritten() {
        setUpGithubWithAnActionsDomain();
        int count = incidentKeys().size();

        HttpResponse<String> r = importPayload("github", "this is not JSON".getBytes());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(errorPaths(r)).containsExactly("$");
        assertThat(r.body()).contains("not JSON");
        assertThat(incidentKeys()).hasSize(count);
    }

    @Test
    void aPayloadOfTheWrongShapeNamesTheFieldAndItsValidIncidentIsNotWrittenEither() {
        setUpGithubWithAnActionsDomain();
        int count = incidentKeys().size();
        String payload = """
                {"incidents": [
                  {"id": "goodone", "name": "Fine", "status": "resolved", "impact": "minor",
                   "started_at": "2026-03-01T10:00:00Z", "resolved_at": "2026-03-01T11:00:00Z", "incident_updates": []},
                  {"id": "badone", "name": "Not fine", "status": "resolved", "impact": "severe",
                   "started_at": "2026-03-02T10:00:00Z", "resolved_at": "2026-03-02T11:00:00Z", "incident_updates": []}
                ]}""";

        HttpResponse<String> r = importPayload("github", payload.getBytes());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(errorPaths(r)).containsExactly("incidents[1].impact");
        assertThat(r.body()).contains("severe");
        assertThat(incidentKeys()).hasSize(count).doesNotContain("github-goodone");
        assertThat(admin.get("/api/v1/incidents/github-goodone").statusCode()).isEqualTo(404);

        HttpResponse<String> notAnArray = importPayload("github", "{\"incidents\": {\"id\": \"x\"}}".getBytes());
        assertThat(notAnArray.statusCode()).as(notAnArray.body()).isEqualTo(422);
        assertThat(errorPaths(notAnArray)).containsExactly("incidents");
    }

    @Test
    void anImportForAnUnknownProviderNamesTheProviderField() {
        HttpResponse<String> r = importPayload("no-such-provider", "{\"incidents\": []}".getBytes());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(errorPaths(r)).containsExactly("provider");
    }

    // ---- who may write

    @Test
    void aViewerMayReadButNeitherImportNorCreate() throws IOException {
        Api.ensureUser(jdbc, "incident-viewer", Role.VIEWER);
        Api viewer = Api.as(port, "incident-viewer", Api.PASSWORD);
        int count = incidentKeys().size();

        assertThat(viewer.get("/api/v1/incidents/" + SAMPLE).statusCode()).isEqualTo(200);
        assertThat(viewer.post("/api/v1/incidents/status-import?provider=openai", "application/json",
                resource("/statuspage/openai-incidents-small.json")).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/incidents", "application/json", manual("viewer-made", "minor",
                "2026-11-01T10:00:00Z", null, "openai-api")).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/incidents/" + SAMPLE + "/updates?version=1", "application/json",
                "{\"at\": \"2026-02-18T19:00:00Z\", \"status\": \"postmortem\"}").statusCode()).isEqualTo(403);
        assertThat(incidentKeys()).hasSize(count);
    }

    @Test
    void aSaveOrAnUpdateOnAStaleVersionIsAConflictAndChangesNothing() {
        JsonNode created = JSON.readTree(created(admin.post("/api/v1/incidents", "application/json",
                manual("openai-stale-test", "minor", "2026-11-01T10:00:00Z", null, "openai-api"))));
        long read = created.get("version").asLong();
        JsonNode updated = ok(admin.post("/api/v1/incidents/openai-stale-test/updates?version=" + read,
                "application/json", "{\"at\": \"2026-11-01T10:20:00Z\", \"status\": \"investigating\"}"));
        assertThat(updated.get("version").asLong()).isGreaterThan(read);

        HttpResponse<String> stale = admin.post("/api/v1/incidents/openai-stale-test/updates?version=" + read
                + "&resolve=true", "application/json", "{\"at\": \"2026-11-01T11:00:00Z\", \"status\": \"resolved\"}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        HttpResponse<String> stalePut = admin.put("/api/v1/incidents/openai-stale-test",
                manual("openai-stale-test", "major", "2026-11-01T10:00:00Z", "2026-11-01T12:00:00Z", "openai-api")
                        .replace("}", ", \"version\": " + read + "}"));
        assertThat(stalePut.statusCode()).as(stalePut.body()).isEqualTo(409);

        JsonNode now = ok(admin.get("/api/v1/incidents/openai-stale-test")).get("incident");
        assertThat(now.get("end").isNull()).isTrue();
        assertThat(now.get("impact").asString()).isEqualTo("minor");
        assertThat(now.get("updates").size()).isEqualTo(1);
    }

    // ---- availability learnt from history

    @Test
    void aMajorIncidentOfNineHoursAndThirtySixMinutesInTheLastNinetyDaysGivesADomainWithoutAFigure99Point556Percent() {
        created(admin.post("/api/v1/failure-domains", "application/json", """
                {"key": "history-probe-domain", "name": "A domain known only from its incidents", "kind": "other",
                 "provider": "platform"}"""));
        probeServiceOn("history-probe-domain");
        // no portfolio figure and no incident: the documented default
        assertThat(unavailability("history-probe")).isCloseTo(0.001, offset(1e-12));

        // 9 h 36 min = 34,560 s of 90 days = 7,776,000 s: 0.444…%
        created(admin.post("/api/v1/incidents", "application/json", manual("history-probe-outage", "major",
                "2026-11-20T00:00:00Z", "2026-11-20T09:36:00Z", "history-probe-domain")));
        assertThat(unavailability("history-probe")).isCloseTo(34_560.0 / 7_776_000, offset(1e-12));
        assertThat(1 - unavailability("history-probe")).isCloseTo(0.99556, offset(5e-6));

        // a minor incident would not have counted: only major or worse takes a domain down
        JsonNode outage = ok(admin.get("/api/v1/incidents/history-probe-outage")).get("incident");
        ok(admin.put("/api/v1/incidents/history-probe-outage", manual("history-probe-outage", "minor",
                "2026-11-20T00:00:00Z", "2026-11-20T09:36:00Z", "history-probe-domain")
                .replace("}", ", \"version\": " + outage.get("version").asLong() + "}")));
        assertThat(unavailability("history-probe")).isCloseTo(0.001, offset(1e-12));
    }

    @Test
    void aShortIncidentNeverMakesAnUnwatchedDomainLookBetterThanTheDefault() {
        created(admin.post("/api/v1/failure-domains", "application/json", """
                {"key": "history-probe-domain", "name": "A domain known only from its incidents", "kind": "other",
                 "provider": "platform"}"""));
        probeServiceOn("history-probe-domain");
        // one minute of 90 days alone would be 99.9992%: better than knowing nothing, which it must not be
        created(admin.post("/api/v1/incidents", "application/json", manual("history-probe-blip", "critical",
                "2026-11-20T00:00:00Z", "2026-11-20T00:01:00Z", "history-probe-domain")));
        assertThat(unavailability("history-probe")).isCloseTo(0.001, offset(1e-12));
    }

    @Test
    void aDomainWatchedOnAStatusPageTakesItsAvailabilityFromThePageHistory() {
        created(admin.post("/api/v1/providers", "application/json",
                "{\"key\": \"github\", \"name\": \"GitHub\", \"statusPage\": \"https://www.githubstatus.com\"}"));
        created(admin.post("/api/v1/failure-domains", "application/json", """
                {"key": "history-probe-domain", "name": "GitHub Packages", "kind": "provider-api",
                 "provider": "github", "statusComponents": ["Packages"]}"""));
        probeServiceOn("history-probe-domain");
        assertThat(unavailability("history-probe")).as("the page reported nothing in 90 days").isZero();

        // an hour of major outage of the Packages component, as a status page records it
        created(admin.post("/api/v1/incidents", "application/json", """
                {"key": "history-probe-packages", "provider": "github", "title": "Packages down", "impact": "major",
                 "source": "status-page", "start": "2026-11-20T00:00:00Z", "end": "2026-11-20T02:00:00Z",
                 "components": [{"component": "Packages", "impact": "critical",
                                 "start": "2026-11-20T00:30:00Z", "end": "2026-11-20T01:30:00Z"}]}"""));
        assertThat(unavailability("history-probe")).isCloseTo(3_600.0 / 7_776_000, offset(1e-12));
    }

    // ---- helpers

    /** A tier-4 service whose one path requires only the domain: its unavailability is the domain's. */
    private void probeServiceOn(String domain) {
        created(admin.post("/api/v1/services", "application/json", """
                {"key": "history-probe", "name": "History probe", "team": "engineering", "tier": 4,
                 "dependencies": [{"key": "d", "name": "D", "paths": [{"key": "p", "role": "primary",
                   "requires": ["%s"]}]}]}""".formatted(domain)));
    }

    private void setUpGithubWithAnActionsDomain() {
        created(admin.post("/api/v1/providers", "application/json",
                "{\"key\": \"github\", \"name\": \"GitHub\", \"statusPage\": \"https://www.githubstatus.com\"}"));
        created(admin.post("/api/v1/failure-domains", "application/json", """
                {"key": "github-actions", "name": "GitHub Actions", "kind": "provider-api", "provider": "github",
                 "availability": 0.999, "statusComponents": ["Actions"]}"""));
    }

    private HttpResponse<String> importPayload(String provider, byte[] payload) {
        return admin.post("/api/v1/incidents/status-import?provider=" + provider, "application/json", payload);
    }

    private static String manual(String key, String impact, String start, String end, String domain) {
        return "{\"key\": \"" + key + "\", \"provider\": \"" + (domain.startsWith("openai") ? "openai" : "platform")
                + "\", \"title\": \"Test incident " + key + "\", \"impact\": \"" + impact + "\", \"start\": \""
                + start + "\", \"end\": " + (end == null ? "null" : "\"" + end + "\"") + ", \"affects\": [\""
                + domain + "\"]}";
    }

    private double unavailability(String service) {
        return ok(admin.get("/api/v1/services/" + service + "/risk")).get("unavailability").asDouble();
    }

    private List<String> incidentKeys() {
        return ok(Api.admin(port).get("/api/v1/incidents")).valueStream().map(i -> i.get("key").asString()).toList();
    }

    private static List<String> createdKeys(JsonNode result) {
        return result.get("created").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> keys(JsonNode outcomes) {
        return outcomes.valueStream().map(o -> o.get("service").get("service").asString()).toList();
    }

    private static List<String> errorPaths(HttpResponse<String> r) {
        List<String> paths = new ArrayList<>();
        JSON.readTree(r.body()).get("errors").forEach(e -> paths.add(e.get("path").asString()));
        return paths;
    }

    private void deleteIfPresent(String path) {
        HttpResponse<String> r = admin.get(path);
        if (r.statusCode() == 200) {
            deleted(admin.delete(path + "?version=" + JSON.readTree(r.body()).get("version").asLong()));
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = IncidentsApiIT.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.body();
    }

    private static void deleted(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
    }
}
