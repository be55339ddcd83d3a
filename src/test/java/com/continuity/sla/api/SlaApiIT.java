package com.continuity.sla.api;

import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Contracts, SLA periods, claims and the credit calculator over REST, on the sample's 18 February story. */
@AppTest
class SlaApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The seed's contract in the file's shape, as the calculator takes it. */
    static final String ANTHROPIC = """
            {"key": "anthropic-enterprise", "name": "Anthropic enterprise agreement", "provider": "anthropic",
             "monthlyFee": 10000.00, "currency": "USD", "timeZone": "UTC", "covers": ["claude-api"],
             "slos": [{"kind": "error-rate", "objectivePercent": 0.1}],
             "measurement": {"method": "outage-minutes", "qualifyingImpact": "major", "excludeMaintenance": true},
             "credit": {"method": "prorated-multiplier", "multiplier": 4.1, %s "capPercent": 100,
                        "eligibility": {"minimumMonthlyFee": 10000}},
             "claim": {"deadlineDaysAfterPeriod": 30}}""";
    static final String FEB_18 = """
            "period": "2026-02", "outages": [{"start": "2026-02-18T14:22:00Z", "end": "2026-02-18T18:17:00Z"}]""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return JSON.readTree(r.body());
    }

    /** The claim of a contract's period, as the claims list gives it (which brings claims up to date). */
    private static JsonNode claim(Api api, String contract, String period) {
        for (JsonNode c : ok(api.get("/api/v1/claims"))) {
            if (c.get("contract").asString().equals(contract) && c.get("period").asString().equals(period)) {
                return c;
            }
        }
        throw new AssertionError("no claim for " + contract + " " + period);
    }

    private JsonNode calculate(String body) {
        return ok(Api.admin(port).post("/api/v1/credits/calculate", "application/json", body));
    }

    @Test
    void theSamplesFebruaryClaimIs24405WithTheDeadlineThirtyDaysAfterTheMonth() {
        JsonNode period = ok(Api.admin(port).get("/api/v1/contracts/anthropic-enterprise/periods/2026-02"));
        assertThat(period.get("creditAmount").asString()).isEqualTo("244.05");
        assertThat(period.get("currency").asString()).isEqualTo("USD");
        assertThat(period.get("claimDeadline").asString()).isEqualTo("2026-03-30");
        assertThat(period.get("minutesInPeriod").asLong()).isEqualTo(28 * 24 * 60);
        assertThat(period.get("downtimeMinutes").decimalValue()).isEqualByComparingTo("235");
        assertThat(period.get("sloMet").asBoolean()).as("0.58% of the month in errors against 0.1%").isFalse();
        assertThat(period.get("inProgress").asBoolean()).isFalse();
        assertThat(period.get("explanation").toString()).contains("claude-2026-02-18");
        // nobody claimed it by 30 March: by today (27 November) it is money left on the table
        assertThat(period.get("claim").get("status").asString()).isEqualTo("expired");
        assertThat(period.get("claim").get("amount").get("amount").asString()).isEqualTo("244.05");
    }

    @Test
    void theCalculatorGivesTheSeedsFiguresWithStartedHoursAndWithExactMinutes() {
        JsonNode hours = calculate("{\"contract\": " + ANTHROPIC.formatted("\"affectedTimeRounding\": \"whole-hours-up\",")
                + ", " + FEB_18 + "}");
        assertThat(hours.get("creditAmount").asString()).isEqualTo("244.05");
        assertThat(hours.get("claimDeadline").asString()).isEqualTo("2026-03-30");

        JsonNode exact = calculate("{\"contract\": " + ANTHROPIC.formatted("") + ", " + FEB_18 + "}");
        assertThat(exact.get("creditAmount").asString()).isEqualTo("238.96");
        assertThat(exact.get("uptimePercent").decimalValue().setScale(6, RoundingMode.HALF_UP))
                .isEqualByComparingTo("99.417163");
        assertThat(exact.get("minutesInPeriod").asLong()).isEqualTo(40_320);
        assertThat(exact.get("eligible").asBoolean()).isTrue();
        assertThat(exact.get("sloMet").asBoolean()).isFalse();
        assertThat(exact.get("explanation").size()).isGreaterThan(3);
    }

    @Test
    void theCalculatorNamesTheFieldAtFaultWithItsLine() {
        HttpResponse<String> r = Api.admin(port).post("/api/v1/credits/calculate", "application/json",
                "{\"contract\": " + ANTHROPIC.formatted("\"affectedTimeRounding\": \"whole-days\",")
                        + ",\n \"period\": \"2026-13\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        assertThat(errors.toString()).contains("\"path\":\"contract.credit.affectedTimeRounding\"",
                "\"path\":\"period\"", "2026-13");
        assertThat(errors.get(0).get("line").asInt()).isPositive();
    }

    @Test
    void aCreditOwedBecomesAClaimThatIsClaimedThenReceivedAndAStaleStepConflicts() {
        Api admin = Api.admin(port);
        ok(admin.post("/api/v1/contracts", "application/yaml", """
                key: openai-claims-test
                name: OpenAI test agreement
                provider: openai
                monthlyFee: 3000.00
                currency: USD
                covers: [openai-api]
                slos: [{kind: monthly-uptime, objectivePercent: 99.9}]
                credit:
                  method: tiered
                  tiers:
                    - {atLeast: 99.0, below: 99.9, percent: 10}
                    - {below: 99.0, percent: 25}
                claim: {deadlineDaysAfterPeriod: 90}
                """));
        ok(admin.post("/api/v1/incidents", "application/json", """
                {"key": "openai-claims-test-2026-09", "provider": "openai", "title": "API errors",
                 "impact": "major", "start": "2026-09-10T10:00:00Z", "end": "2026-09-10T12:00:00Z",
                 "affects": ["openai-api"]}"""));

        JsonNode claim = claim(admin, "openai-claims-test", "2026-09");
        assertThat(claim.get("status").asString()).isEqualTo("owed");
        // 120 minutes of 43,200: 99.72% uptime, in the 10% band of $3,000
        assertThat(claim.get("amount").get("amount").asString()).isEqualTo("300.00");
        assertThat(claim.get("deadline").asString()).isEqualTo("2026-12-29");
        long id = claim.get("id").asLong();
        long version = claim.get("version").asLong();

        HttpResponse<String> missing = admin.post("/api/v1/claims/" + id + "/claimed", "application/json",
                "{\"version\": " + version + ", \"claimedOn\": \"2026-11-20\"}");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("\"path\":\"reference\"");

        JsonNode claimed = ok(admin.post("/api/v1/claims/" + id + "/claimed", "application/json",
                "{\"version\": " + version + ", \"claimedOn\": \"2026-11-20\", \"reference\": \"CASE-4411\"}"));
        assertThat(claimed.get("status").asString()).isEqualTo("claimed");
        assertThat(claimed.get("reference").asString()).isEqualTo("CASE-4411");

        HttpResponse<String> stale = admin.post("/api/v1/claims/" + id + "/received", "application/json",
                "{\"version\": " + version + ", \"amount\": \"300.00\"}");
        assertThat(stale.statusCode()).isEqualTo(409);

        JsonNode received = ok(admin.post("/api/v1/claims/" + id + "/received", "application/json",
                "{\"version\": " + claimed.get("version").asLong() + ", \"amount\": \"300.00\"}"));
        assertThat(received.get("status").asString()).isEqualTo("received");
        assertThat(received.get("received").get("amount").asString()).isEqualTo("300.00");
        assertThat(claim(admin, "openai-claims-test", "2026-09").get("status").asString()).isEqualTo("received");
        Api.restoreSample(port); // the test's contract goes; its claim stays, as claims outlive contracts
        assertThat(claim(admin, "openai-claims-test", "2026-09").get("status").asString()).isEqualTo("received");
        long incidentVersion = ok(admin.get("/api/v1/incidents/openai-claims-test-2026-09")).get("incident")
                .get("version").asLong();
        assertThat(admin.delete("/api/v1/incidents/openai-claims-test-2026-09?version=" + incidentVersion)
                .statusCode()).isEqualTo(204);
    }

    @Test
    void aViewerReadsClaimsButCannotMoveThem() {
        Api.ensureUser(jdbc, "sla-viewer", Role.VIEWER);
        Api viewer = Api.as(port, "sla-viewer", Api.PASSWORD);
        JsonNode claims = ok(viewer.get("/api/v1/claims"));
        assertThat(claims.size()).isPositive();
        HttpResponse<String> r = viewer.post("/api/v1/claims/" + claims.get(0).get("id").asLong() + "/claimed",
                "application/json", "{\"version\": 1, \"claimedOn\": \"2026-11-20\", \"reference\": \"X\"}");
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void errorSamplesImportAllOrNothingNamingTheLineAtFault() {
        Api admin = Api.admin(port);
        long before = ok(admin.post("/api/v1/contracts/bedrock-eu/error-samples", "text/csv",
                "start,end,total,failed\n2026-11-01T00:00:00Z,2026-11-01T00:05:00Z,1000,2\n")).get("stored").asLong();
        HttpResponse<String> bad = admin.post("/api/v1/contracts/bedrock-eu/error-samples", "text/csv", """
                start,end,total,failed
                2026-11-01T00:05:00Z,2026-11-01T00:10:00Z,1000,1
                2026-11-01T00:10:00Z,2026-11-01T00:15:00Z,1000,1001
                """);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"line\":3", "failed must be between 0 and total");
        JsonNode good = ok(admin.post("/api/v1/contracts/bedrock-eu/error-samples", "text/csv",
                "2026-11-01T00:05:00Z,2026-11-01T00:10:00Z,1000,1\n"));
        assertThat(good.get("stored").asLong()).as("the refused file stored nothing").isEqualTo(before + 1);
    }

    @Test
    void theWhatIfGainsTheCreditsTheContractsWouldOweForTheSimulatedOutage() {
        JsonNode r = ok(Api.admin(port).post("/api/v1/what-if", "application/json",
                "{\"domains\": [\"claude-api\"], \"durationMinutes\": 240, \"start\": \"2026-11-03T09:00:00Z\"}"));
        assertThat(r.get("failedDomains").toString()).isEqualTo("[\"claude-api\"]");
        assertThat(r.get("degraded").toString()).contains("help-chat");
        JsonNode credit = r.get("credits").get(0);
        assertThat(credit.get("contract").asString()).isEqualTo("anthropic-enterprise");
        // 4 started hours of November's 720, times 4.1, of $10,000
        BigDecimal expected = new BigDecimal("10000").multiply(new BigDecimal("4")).multiply(new BigDecimal("4.1"))
                .divide(new BigDecimal("720"), 2, RoundingMode.HALF_UP);
        assertThat(credit.get("credit").get("amount").asString()).isEqualTo(expected.toPlainString());
        assertThat(r.get("totalCredits").toString()).contains(expected.toPlainString());
    }

    @Test
    void spendConcentrationSharesTheMonthlyFeesPerProvider() {
        Api.restoreSample(port); // the sample's two contracts alone
        JsonNode spend = ok(Api.admin(port).get("/api/v1/spend"));
        assertThat(spend.get(0).get("provider").asString()).isEqualTo("aws");
        assertThat(spend.get(0).get("sharePercent").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(spend.get(1).get("provider").asString()).isEqualTo("anthropic");
        assertThat(spend.get(1).get("sharePercent").decimalValue()).isEqualByComparingTo("33.3");
    }

    @Test
    void aStaleContractSaveConflictsAndKeepsTheOtherEdit() {
        Api admin = Api.admin(port);
        JsonNode contract = ok(admin.get("/api/v1/contracts/bedrock-eu"));
        long version = contract.get("version").asLong();
        String yaml = "key: bedrock-eu\nname: %s\nprovider: aws\nmonthlyFee: 20000.00\ncurrency: USD\n"
                + "covers: [bedrock-eu-west-1]\ncredit: {method: tiered, tiers: [{below: 99.9, percent: 10}]}\n";
        try {
            ok(admin.put("/api/v1/contracts/bedrock-eu?version=" + version, "application/yaml",
                    yaml.formatted("Bedrock, first edit")));
            HttpResponse<String> stale = admin.put("/api/v1/contracts/bedrock-eu?version=" + version,
                    "application/yaml", yaml.formatted("Bedrock, second edit"));
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(ok(admin.get("/api/v1/contracts/bedrock-eu")).get("name").asString())
                    .isEqualTo("Bedrock, first edit");
        } finally {
            Api.restoreSample(port); // other classes read the sample's contract
        }
    }
}
