package com.continuity.resilience.api;

import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class RiskApiIT {

    @LocalServerPort
    int port;

    @Test
    void theSampleTellsTheEighteenthOfFebruaryOnPaperOnlyBedrockIsASpofInPracticeTheGatewayIsOneToo() {
        HttpResponse<String> r = Api.admin(port).get("/api/v1/services/help-chat/risk");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        var json = JsonMapper.builder().build().readTree(r.body());
        assertThat(json.get("singlePointsOfFailure").toString()).isEqualTo("[\"bedrock-eu-west-1\"]");
        assertThat(json.get("inPractice").get("singlePointsOfFailure").toString())
                .isEqualTo("[\"ai-gateway\",\"bedrock-eu-west-1\"]");
        assertThat(r.body()).contains("\"kind\":\"coupling\"", "\"kind\":\"spof-in-practice\"");
    }
}
