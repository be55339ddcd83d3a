package com.continuity.reports.api;

import com.continuity.reports.PrintedPdf;
import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents over REST, read back from the PDF as a reader would read them. */
@AppTest
class DocumentsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        Api.ensureUser(jdbc, "care-viewer", Role.VIEWER, "customer-care");
        Api.ensureUser(jdbc, "marketing-editor", Role.EDITOR, "marketing");
        Api.ensureUser(jdbc, "auditor", Role.AUDITOR);
    }

    private PrintedPdf pdf(Api api, String path) throws Exception {
        HttpResponse<byte[]> r = api.getBytes(path);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        var pdf = new PrintedPdf(r.body());
        assertThat(pdf.fonts).as("fonts").isNotEmpty();
        assertThat(pdf.notEmbeddedFonts()).as("fonts not embedded").isEmpty();
        return pdf;
    }

    private PrintedPdf pdf(String path) throws Exception {
        return pdf(Api.admin(port), path);
    }

    @Test
    void theSupportChatbotsRunbookNamesItsSpofsItsFallbacksAndTheGatewayCoupling() throws Exception {
        HttpResponse<byte[]> r = Api.admin(port).getBytes("/api/v1/services/help-chat/runbook.pdf");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("runbook-help-chat.pdf"));
        var pdf = pdf("/api/v1/services/help-chat/runbook.pdf");
        String text = pdf.flatText();

        assertThat(text).contains("Runbook: Customer help chat", "Team customer-care · tier 1 · owner Dana Whitfield",
                // the SPOF on paper, and the one that appears in practice because the local model is never drilled
                "On paper Amazon Bedrock in eu-west-1 (bedrock-eu-west-1)",
                "In practice, also Company AI gateway (ai-gateway)",
                "Fallback gpt-via-gateway", "Fallback llama-on-prem", "GAP: Last drill never drilled",
                "Next drill 2026-12-08, Dana Whitfield",
                "Coupling in 'replies': the primary 'claude-direct' and the fallback 'gpt-via-gateway' both need ai-gateway",
                "Error rate error rate above 0.1 % for 5 min", "Anthropic: https://status.claude.com",
                "Jitter full", "Circuit breaker opens at 50 % failures over at least 20 calls, stays open 60 s",
                "On-call Customer Care AI on-call rota (pager +1 555 0142",
                "claim under Anthropic enterprise agreement (anthropic-enterprise), within 30 days after the month ends",
                "Page 1 of");
        assertThat(pdf.images).as("the dependency tree is drawn as vectors, not rasterised").isZero();
        pdf.savePreview("runbook-help-chat");
    }

    @Test
    void aRunbookPrintsWhatTheServiceLacksAsGaps() throws Exception {
        String text = pdf("/api/v1/services/email-triage/runbook.pdf").flatText();

        assertThat(text).contains("GAP: Jitter none recorded: clients retry in step and become a retry storm",
                "GAP: Retry budget", "GAP: Circuit breaker no circuit breaker recorded", "GAP: On-call no on-call contact recorded",
                "GAP: Latency no latency threshold");
        assertThat(pdf("/api/v1/services/help-chat/runbook.pdf").flatText()).doesNotContain("GAP: Jitter", "GAP: On-call");
    }

    @Test
    void everySampleServicesChecklistFitsOnePageOfUsLetter() throws Exception {
        for (String service : new String[]{"help-chat", "email-triage", "campaign-copy", "code-review-assistant"}) {
            assertThat(pdf("/api/v1/services/" + service + "/checklist.pdf?paper=letter").pages).as(service).hasSize(1);
        }
    }

    @Test
    void theChecklistHoldsTheFiveStepsInOrderOnOnePageOnBothPapers() throws Exception {
        for (String paper : new String[]{"a4", "letter"}) {
            var pdf = pdf("/api/v1/services/help-chat/checklist.pdf?paper=" + paper);
            assertThat(pdf.pages).as(paper).hasSize(1);
            String text = pdf.flatText();
            int at = -1;
            for (String step : new String[]{"1 Detect and declare", "2 Assess impact", "3 Contain and fail over",
                    "4 Communicate", "5 Recover and review"}) {
                int next = text.indexOf(step);
                assertThat(next).as(step + " after the previous step on " + paper).isGreaterThan(at);
                at = next;
            }
            assertThat(text).contains("https://status.claude.com", "gpt-via-gateway", "llama-on-prem",
                    "trip the circuit breaker on claude-direct", "page Customer Care AI on-call rota",
                    "Open a case with the failing vendor: Anthropic enterprise support",
                    "if gpt-via-gateway is down too, switch to llama-on-prem by hand",
                    "no use if ai-gateway failed, which it shares with claude-direct",
                    "Claim credits under Anthropic enterprise agreement");
            pdf.savePreview("checklist-help-chat-" + paper);
        }
    }

    @Test
    void theSeedsClaimLetterHoldsTheCreditAmountItsWindowAndDeadline() throws Exception {
        var pdf = pdf("/api/v1/contracts/anthropic-enterprise/periods/2026-02/claim-letter.pdf");
        String text = pdf.flatText();

        assertThat(text).contains("Credit claim: Anthropic enterprise agreement, February 2026", "244.05 USD",
                "2026-02-18 14:22", "2026-02-18 18:17", "2026-03-30", "fee × affected hours ÷ hours in the month × 4.1",
                "Status in our records expired: not claimed before the deadline", "Uptime 99.417163 %",
                "measured 0.582837 %, missed", "Credit 2.440476 % of the fee").doesNotContain("null");
        pdf.savePreview("claim-letter-anthropic-2026-02");
    }

    @Test
    void aMonthWithoutACreditHasNoClaimLetter() {
        HttpResponse<String> r = Api.admin(port).get("/api/v1/contracts/anthropic-enterprise/periods/2026-03/claim-letter.pdf");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("No credit is owed under Anthropic enterprise agreement for 2026-03");
    }

    @Test
    void theComplianceReportShowsEachMonthBreachesAndCreditsByStatus() throws Exception {
        var pdf = pdf("/api/v1/contracts/bedrock-eu/compliance.pdf?from=2026-06&to=2026-11&paper=letter");
        String text = pdf.flatText();

        assertThat(pdf.width).isEqualTo(612f);
        assertThat(text).contains("SLA compliance: Amazon Bedrock service terms", "2026-06 to 2026-11",
                "2026-10 99.787186 % 0.212814 % missed 2,000.00 USD", "2026-11 (so far)",
                "October 2026: monthly uptime at least 99.9 %", "2026-10 owed 2,000.00 USD 2026-12-31",
                "Owed, to claim 2,000.00 USD");
        pdf.savePreview("compliance-bedrock-eu");

        var anthropic = pdf("/api/v1/contracts/anthropic-enterprise/compliance.pdf?from=2026-01&to=2026-06").flatText();
        assertThat(anthropic).contains("Expired unclaimed 244.05 USD");
    }

    @Test
    void aUserOutsideTheServicesTeamGets403ForItsDocumentsAndItsTeamGetsThem() throws Exception {
        Api outsider = Api.as(port, "marketing-editor", Api.PASSWORD);
        for (String doc : new String[]{"runbook", "checklist"}) {
            assertThat(outsider.getBytes("/api/v1/services/help-chat/" + doc + ".pdf").statusCode()).as(doc).isEqualTo(403);
        }
        assertThat(outsider.getBytes("/api/v1/teams/customer-care/runbooks.pdf").statusCode()).isEqualTo(403);

        assertThat(pdf(Api.as(port, "care-viewer", Api.PASSWORD), "/api/v1/services/help-chat/checklist.pdf").pages).hasSize(1);
        assertThat(pdf(Api.as(port, "auditor", Api.PASSWORD), "/api/v1/services/help-chat/runbook.pdf").text()).contains("Customer help chat");
        assertThat(pdf(outsider, "/api/v1/services/campaign-copy/runbook.pdf").text()).contains("Campaign copy generation");
        assertThat(Api.anonymous(port).getBytes("/api/v1/services/help-chat/runbook.pdf").statusCode()).isEqualTo(401);
    }

    @Test
    void aTeamsBookHoldsEveryRunbookAndChecklistOfItsServices() throws Exception {
        var pdf = pdf("/api/v1/teams/customer-care/runbooks.pdf");
        String text = pdf.flatText();

        assertThat(text).contains("Runbook: Customer help chat", "Response checklist: Customer help chat",
                "Runbook: Inbound e-mail triage", "Response checklist: Inbound e-mail triage")
                .doesNotContain("Campaign copy generation");
    }

    @Test
    void aComplianceReportCoversPastMonthsOnlyAndAtMostThreeYears() {
        HttpResponse<String> future = Api.admin(port).get("/api/v1/contracts/bedrock-eu/compliance.pdf?from=2026-06&to=2026-12");
        HttpResponse<String> long_ = Api.admin(port).get("/api/v1/contracts/bedrock-eu/compliance.pdf?from=2023-01&to=2026-11");

        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("\"path\":\"to\"", "to must not be after this month, 2026-11");
        assertThat(long_.statusCode()).isEqualTo(422);
        assertThat(long_.body()).contains("at most 36 months");
    }

    @Test
    void anUnknownTeamHasNoBook() {
        HttpResponse<String> r = Api.admin(port).get("/api/v1/teams/no-such-team/runbooks.pdf");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("team 'no-such-team' does not exist");
    }

    @Test
    void anUnknownPaperIsRefusedByName() {
        HttpResponse<String> r = Api.admin(port).get("/api/v1/services/help-chat/runbook.pdf?paper=a3");

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"path\":\"paper\"", "'a3' is not one of [a4, letter]");
    }
}
