package com.continuity.resilience.api;

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

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class RiskApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void theSampleTellsTheEighteenthOfFebruaryOnPaperOnlyBedrockIsASpofInPracticeTheGatewayIsOneToo() {
        JsonNode risk = ok(Api.admin(port).get("/api/v1/services/help-chat/risk"));
        assertThat(risk.get("singlePointsOfFailure").toString()).isEqualTo("[\"bedrock-eu-west-1\"]");
        assertThat(risk.get("inPractice").get("singlePointsOfFailure").toString())
                .isEqualTo("[\"ai-gateway\",\"bedrock-eu-west-1\"]");
        assertThat(risk.toString()).contains("\"kind\":\"coupling\"", "\"kind\":\"spof-in-practice\"",
                "\"kind\":\"untested-fallback\"", "\"kind\":\"slow-switchover\"");
        assertThat(risk.get("fallbacks").toString())
                .contains("{\"dependency\":\"replies\",\"path\":\"gpt-via-gateway\",\"countsInPractice\":true,\"gaps\":[]}")
                .contains("\"path\":\"llama-on-prem\",\"countsInPractice\":false,\"gaps\":[\"never-drilled\",\"switchover-over-rto\"]");
    }

    @Test
    void theRiskAnswerHasEveryFigureTheIssueNamesWithMoneyInTheServicesCurrency() {
        JsonNode risk = ok(Api.admin(port).get("/api/v1/services/help-chat/risk"));
        for (JsonNode reading : new JsonNode[] {risk, risk.get("inPractice")}) {
            assertThat(reading.get("unavailability").asDouble()).isBetween(0.0, 1.0);
            assertThat(reading.get("minimalCutSets").isArray()).isTrue();
            assertThat(reading.get("expectedDowntimeMinutesPerYear").asDouble())
                    .isCloseTo(reading.get("unavailability").asDouble() * 525_600, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(reading.get("expectedAnnualLoss").get("currency").asString()).isEqualTo("USD");
        }
        assertThat(risk.get("inPractice").get("unavailability").asDouble())
                .isGreaterThan(risk.get("unavailability").asDouble());
        assertThat(risk.get("score").asInt()).isBetween(0, 100);
    }

    @Test
    void theFaultTreeIsOpenPsaMefWithOneArgumentGatesWrittenAsTheirArgument() {
        HttpResponse<String> xml = Api.admin(port).get("/api/v1/services/help-chat/fault-tree");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(xml.body()).contains("<opsa-mef>", "<define-gate name=\"svc__help-chat\"><or>",
                "<define-basic-event name=\"ai-gateway\"><float value=\"");
        // case-summaries has one path on one domain: the dependency is the basic event itself
        assertThat(xml.body()).doesNotContain("dep__help-chat__case-summaries");
        assertThat(Api.admin(port).get("/api/v1/services/help-chat/fault-tree?basis=in-practice").body())
                .doesNotContain("gpu-rack-a");
    }

    @Test
    void thePortfolioRiskGivesBlastRadiusAndConcentration() {
        JsonNode risk = ok(Api.admin(port).get("/api/v1/risk"));
        JsonNode gateway = null;
        for (JsonNode d : risk.get("domains")) {
            if (d.get("key").asString().equals("ai-gateway")) {
                gateway = d;
            }
        }
        assertThat(gateway).isNotNull();
        assertThat(gateway.get("onPaper").get("services").toString()).doesNotContain("help-chat");
        assertThat(gateway.get("inPractice").get("services").toString()).contains("\"service\":\"help-chat\"");
        assertThat(gateway.get("inPractice").get("costPerHourAtRisk").toString()).contains("\"currency\":\"USD\"");
        assertThat(risk.get("concentration").toString()).contains("\"provider\":\"aws\"", "\"shareInPractice\"");
        assertThat(risk.get("services").get(0).get("score").asInt())
                .isGreaterThanOrEqualTo(risk.get("services").get(1).get("score").asInt());
    }

    @Test
    void aWhatIfOfTheClaudeOutageShowsTheChatDegradedOnItsDrilledFallbackAndTheGatewayOutageTakesItDown() {
        Api.ensureUser(jdbc, "risk-viewer", Role.VIEWER);
        Api viewer = Api.as(port, "risk-viewer", Api.PASSWORD);
        JsonNode claude = ok(viewer.post("/api/v1/what-if", "application/json",
                "{\"domains\": [\"claude-api\"], \"durationMinutes\": 240}"));
        assertThat(claude.get("basis").asString()).isEqualTo("in-practice");
        assertThat(claude.get("degraded").toString()).contains("\"service\":\"help-chat\"", "\"path\":\"gpt-via-gateway\"");
        assertThat(claude.get("down").toString()).doesNotContain("help-chat").contains("campaign-copy");
        JsonNode gateway = ok(viewer.post("/api/v1/what-if", "application/json",
                "{\"domains\": [\"ai-gateway\"], \"durationMinutes\": 60}"));
        JsonNode chat = gateway.get("down").get(0);
        assertThat(chat.get("service").get("service").asString()).isEqualTo("help-chat");
        assertThat(chat.get("rtoBreached").asBoolean()).isTrue();
        assertThat(chat.get("mtpdBreached").asBoolean()).isFalse();
        assertThat(chat.get("loss").toString()).isEqualTo("{\"amount\":\"15000.00\",\"currency\":\"USD\"}");
    }

    @Test
    void aWhatIfWithUnknownDomainsOrNoDurationNamesTheFieldsAtFault() {
        HttpResponse<String> r = Api.admin(port).post("/api/v1/what-if", "application/json",
                "{\"domains\": [\"no-such-domain\"], \"durationMinutes\": 0}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"path\":\"domains\"", "'no-such-domain' is unknown",
                "\"path\":\"durationMinutes\"");
    }

    @Test
    void aWhatIfWithANullDomainIsRefusedWithAMessageNotAServerError() {
        HttpResponse<String> r = Api.admin(port).post("/api/v1/what-if", "application/json",
                "{\"domains\": [null], \"durationMinutes\": 60}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"path\":\"domains\"", "each by its key");
    }

    @Test
    void riskNeedsCredentialsAndAnUnknownServiceIsNotFound() {
        assertThat(Api.anonymous(port).get("/api/v1/risk").statusCode()).isEqualTo(401);
        assertThat(Api.admin(port).get("/api/v1/services/nope/risk").statusCode()).isEqualTo(404);
    }
}
