package com.continuity.ui;

import com.continuity.resilience.picture.RiskFormat;
import com.continuity.security.Role;
import com.continuity.shared.Money;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import com.continuity.support.Browser;
import com.continuity.support.BrowserSession;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk pages in a real browser against the running app with the sample portfolio, which tells the story of
 * 18 February: on paper the help chat's only SPOF is the Bedrock region; in practice the LLM gateway is one too.
 * What the pages show is checked against the REST API's answer, so no test passes on what a page merely prints.
 */
@AppTest
class ResilienceBrowserIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    Browser browser;

    @BeforeEach
    void logInAsAViewer() {
        Api.ensureUser(jdbc, "risk-viewer", Role.VIEWER);
        browser = browsers.start(port).login("risk-viewer", Api.PASSWORD);
    }

    @Test
    void theRiskOverviewListsHelpChatWithItsScoreItsSpofsAndItsFindings() {
        JsonNode risk = api("/api/v1/services/help-chat/risk");
        int score = risk.get("score").asInt();
        assertThat(score).as("the sample help chat is risky").isBetween(1, 100);

        browser.open("/risk");

        assertThat(browser.element("risk-link-help-chat").getText()).isEqualTo("Customer help chat");
        assertThat(browser.element("score-help-chat").getText()).isEqualTo(Integer.toString(score));
        assertThat(browser.element("spofs-on-paper-help-chat").getText()).isEqualTo("bedrock-eu-west-1");
        assertThat(browser.element("spofs-in-practice-help-chat").getText())
                .isEqualTo("ai-gateway (only in practice), bedrock-eu-west-1");
        String findings = browser.element("findings-help-chat").getText();
        assertThat(findings).contains("ai-gateway is a single point of failure in practice",
                "bedrock-eu-west-1 is a single point of failure", "shares ai-gateway with the primary 'claude-direct'");
        for (JsonNode finding : risk.get("findings")) {
            assertThat(findings).contains("+" + finding.get("weight").asInt());
        }
        // the ranking's other services are there too, each with the score the model gives it
        for (String other : List.of("email-triage", "campaign-copy", "code-review-assistant")) {
            assertThat(browser.element("score-" + other).getText()).as(other)
                    .isEqualTo(Integer.toString(api("/api/v1/services/" + other + "/risk").get("score").asInt()));
        }
    }

    @Test
    void theOverviewExplainsHowTheScoreIsComputedWithTheModelsOwnWeights() {
        browser.open("/risk");
        WebElement explanation = browser.element("score-explanation");
        assertThat(browser.js("return arguments[0].opened", explanation)).as("closed until asked for").isEqualTo(false);

        browser.js("arguments[0].opened = true", explanation);
        browser.settle();

        String text = browser.element("score-weights").getText();
        assertThat(text).contains("Single point of failure 20", "Single point of failure in practice 15",
                "Coupling 10", "Partial capacity 5", "10 to 30");
        assertThat(explanation.getText()).contains("capped at 100", "Tier 1 99.95%", "Tier 4 99%",
                "available 99.9% of the time", "adding a single point of failure never lowers a score",
                "never raises it");
    }

    @Test
    void theHelpChatRiskPageDrawsTheGatewayAsASpofInPracticeAndBedrockAsASpofOnPaper() {
        browser.open("/risk/help-chat");
        browser.element("dependency-tree");

        List<String> gateway = domainInPicture("ai-gateway");
        assertThat(gateway.getFirst().split(" ")).contains("spof-in-practice", "coupling").doesNotContain("spof");
        assertThat(gateway.get(1)).contains("SPOF in practice only").doesNotContain("SPOF on paper");
        List<String> bedrock = domainInPicture("bedrock-eu-west-1");
        assertThat(bedrock.getFirst().split(" ")).contains("spof").doesNotContain("spof-in-practice");
        assertThat(bedrock.get(1)).contains("SPOF on paper");
        List<String> claude = domainInPicture("claude-api");
        assertThat(claude.getFirst()).isEmpty();
        assertThat(claude.get(1)).doesNotContain("SPOF");
        assertThat((Boolean) browser.js("""
                const p = document.querySelector('#dependency-tree g[data-path="llama-on-prem"]');
                return p.getAttribute('data-counts-in-practice') === 'false' && p.getAttribute('fill-opacity') !== null;"""))
                .as("the never-drilled on-premises fallback is dimmed").isTrue();

        String figures = browser.element("risk-figures").getText();
        assertThat(figures).contains("Single points of failure bedrock-eu-west-1 ai-gateway, bedrock-eu-west-1");
        JsonNode risk = api("/api/v1/services/help-chat/risk");
        assertThat(figures).contains(RiskFormat.unavailability(risk.get("unavailability").asDouble()),
                RiskFormat.unavailability(risk.get("inPractice").get("unavailability").asDouble()));
        assertThat(browser.element("service-risk-score").getText()).startsWith("Risk score " + risk.get("score").asInt());
        assertThat(browser.element("fallbacks-grid").getText()).contains("it has never been drilled");
    }

    @Test
    void theFaultTreeDownloadsAsOpenPsaMefOnPaperAndInPractice() {
        browser.open("/risk/help-chat");

        String onPaper = download("fault-tree-on-paper");
        String inPractice = download("fault-tree-in-practice");

        assertThat(onPaper).contains("<opsa-mef>", "gpu-rack-a");
        assertThat(inPractice).contains("<opsa-mef>").doesNotContain("gpu-rack-a");
        assertThat(onPaper).isEqualTo(Api.admin(port).get("/api/v1/services/help-chat/fault-tree").body());
        assertThat(inPractice).isEqualTo(
                Api.admin(port).get("/api/v1/services/help-chat/fault-tree?basis=in-practice").body());
    }

    @Test
    void aWhatIfWithTheClaudeApiDownForFourHoursShowsHelpChatDegradedOnGptViaGatewayInPractice() {
        browser.open("/what-if").choose("what-if-domains", "claude-api").type("what-if-duration", "240")
                .click("run-what-if");

        WebElement runsOn = inGrid("what-if-degraded", "runs-on-help-chat");
        assertThat(runsOn.getText()).isEqualTo("replies on gpt-via-gateway (1 min switchover, 100% capacity)");
        assertThat(browser.element("rto-help-chat").getText()).isEqualTo("Met (RTO 15 min)");
        assertThat(cellIds("what-if-down")).doesNotContain("risk-link-help-chat");

        JsonNode answer = whatIf("claude-api", 240, "in-practice");
        assertThat(keys(answer.get("degraded"))).containsExactly("help-chat");
        assertThat(cellIds("what-if-down")).containsExactlyInAnyOrderElementsOf(
                keys(answer.get("down")).stream().map(k -> "risk-link-" + k).toList());
        assertThat(browser.element("what-if-summary").getText())
                .contains("claude-api down for 240 min (in practice)", "1 runs degraded",
                        "loss " + RiskFormat.money(money(answer.get("totalLoss"))));
    }

    @Test
    void aWhatIfWithTheGatewayDownShowsHelpChatDownWithItsRtoBreached() {
        browser.open("/what-if").choose("what-if-domains", "ai-gateway").type("what-if-duration", "240")
                .click("run-what-if");

        inGrid("what-if-down", "risk-link-help-chat");
        assertThat(browser.element("rto-help-chat").getText()).isEqualTo("Breached (RTO 15 min)");
        assertThat(browser.element("mtpd-help-chat").getText()).as("240 min stopped is not beyond an MTPD of 240")
                .isEqualTo("Met (MTPD 240 min)");
        assertThat(cellIds("what-if-degraded")).doesNotContain("risk-link-help-chat");

        JsonNode helpChat = whatIf("ai-gateway", 240, "in-practice").get("down").valueStream()
                .filter(o -> o.get("service").get("service").asString().equals("help-chat")).findFirst().orElseThrow();
        assertThat(helpChat.get("rtoBreached").asBoolean()).isTrue();
    }

    @Test
    void onPaperTheSameGatewayOutageLeavesHelpChatRunningOnTheSlowOnPremisesModel() {
        browser.open("/what-if").choose("what-if-domains", "ai-gateway").type("what-if-duration", "240");
        browser.js("""
                Array.from(document.querySelectorAll('#what-if-basis vaadin-radio-button'))
                    .find(b => b.textContent.trim() === 'On paper').click();""");
        browser.settle();
        browser.click("run-what-if");

        assertThat(inGrid("what-if-degraded", "runs-on-help-chat").getText())
                .isEqualTo("replies on llama-on-prem (45 min switchover, 40% capacity)");
        assertThat(browser.element("rto-help-chat").getText()).isEqualTo("Breached (RTO 15 min)");
        assertThat(browser.element("what-if-summary").getText()).contains("(on paper)");
    }

    @Test
    void aWhatIfWithNoDomainAndNoDurationShowsEachErrorOnItsField() {
        browser.open("/what-if").type("what-if-duration", "0").click("run-what-if");

        browser.waitForText("choose at least one failure domain");
        assertThat(invalid("what-if-domains")).as("what-if-domains marked invalid").isTrue();
        assertThat(browser.element("what-if-domains").getText()).contains("choose at least one failure domain");
        assertThat(invalid("what-if-duration")).as("what-if-duration marked invalid").isTrue();
        assertThat(browser.element("what-if-duration").getText()).contains("must be between 1 and 525600 minutes");
        assertThat(browser.isDisplayed("what-if-summary")).as("no result for refused input").isFalse();

        // corrected input clears the marks and gives an answer
        browser.choose("what-if-domains", "gpu-rack-a").type("what-if-duration", "30").click("run-what-if");
        assertThat(browser.element("what-if-summary").getText())
                .isEqualTo("With gpu-rack-a down for 30 min (in practice): no service stops or runs degraded.");
        assertThat(invalid("what-if-domains")).as("what-if-domains marked invalid").isFalse();
        assertThat(invalid("what-if-duration")).as("what-if-duration marked invalid").isFalse();
    }

    @Test
    void theBlastRadiusShowsAwsTakingDownMoreCriticalServicesInPracticeThanOnPaper() {
        JsonNode aws = api("/api/v1/risk").get("concentration").valueStream()
                .filter(c -> c.get("provider").asString().equals("aws")).findFirst().orElseThrow();
        int critical = aws.get("criticalServices").asInt();
        int onPaper = aws.get("downOnPaper").asInt();
        int inPractice = aws.get("downInPractice").asInt();
        assertThat(inPractice).as("the partly drilled e-mail fallback does not count").isGreaterThan(onPaper);

        browser.open("/blast-radius");

        String bars = (String) browser.js("""
                return Array.from(document.querySelectorAll('#concentration-chart g[data-provider="aws"] text'))
                    .map(t => t.textContent).join(' | ');""");
        assertThat(bars).contains("on paper " + onPaper + " of " + critical, "in practice " + inPractice + " of " + critical);
        browser.waitForGridCell("provider-radius-grid", "Amazon Web Services (aws)");
        browser.waitForGridCell("domain-radius-grid", "Company AI gateway (ai-gateway)");
        browser.waitForGridCell("concentration-grid", "Amazon Web Services (aws)");
    }

    @Test
    void theRiskPagesAreInTheMenuAndAnUnknownServiceLeadsBackToTheOverviewWithAMessage() {
        browser.open("/risk/no-such-service");

        assertThat(browser.waitForText("'no-such-service' does not exist").getText()).contains("no-such-service");
        assertThat(browser.currentPath()).isEqualTo("/risk");
        browser.element("risk-grid");
        assertThat(browser.js("""
                return Array.from(document.querySelectorAll('vaadin-side-nav-item'))
                    .map(i => i.textContent.trim());""")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("Risk overview", "Blast radius", "What-if");
    }

    // ---- helpers

    /** The picture's group for a domain: its marks and its text. */
    @SuppressWarnings("unchecked")
    private List<String> domainInPicture(String domain) {
        List<Object> found = (List<Object>) browser.js("""
                const g = document.querySelector('#dependency-tree svg g[data-domain="' + arguments[0] + '"]');
                if (!g || !(g instanceof SVGElement) || g.getBBox().width <= 0) { return null; }
                return [g.getAttribute('data-mark') || '',
                        Array.from(g.querySelectorAll('text')).map(t => t.textContent).join(' ')];""", domain);
        assertThat(found).as(domain + " drawn as SVG in the page").isNotNull();
        return found.stream().map(String::valueOf).toList();
    }

    private boolean invalid(String fieldId) {
        return (Boolean) browser.js("return arguments[0].invalid === true", browser.element(fieldId));
    }

    /** Fetches a download link's target in the page's own session, as the user's click would. */
    private String download(String anchorId) {
        String href = browser.element(anchorId).getAttribute("href");
        assertThat(href).isNotBlank();
        return (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));""", href);
    }

    /** The element with this id inside a cell of the grid with that id. */
    private WebElement inGrid(String gridId, String id) {
        browser.element(id);
        List<WebElement> found = browser.driver().findElements(
                By.cssSelector("vaadin-grid#" + gridId + " vaadin-grid-cell-content #" + id));
        assertThat(found).as(id + " in " + gridId).hasSize(1);
        return found.getFirst();
    }

    /** The ids of the service links in a grid's cells. */
    private List<String> cellIds(String gridId) {
        List<String> ids = new ArrayList<>();
        for (WebElement e : browser.driver().findElements(
                By.cssSelector("vaadin-grid#" + gridId + " vaadin-grid-cell-content [id^='risk-link-']"))) {
            ids.add(e.getAttribute("id"));
        }
        return ids;
    }

    private JsonNode api(String path) {
        HttpResponse<String> r = Api.admin(port).get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode whatIf(String domain, int minutes, String basis) {
        HttpResponse<String> r = Api.admin(port).post("/api/v1/what-if", "application/json",
                "{\"domains\":[\"" + domain + "\"],\"durationMinutes\":" + minutes + ",\"basis\":\"" + basis + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static List<String> keys(JsonNode outcomes) {
        return outcomes.valueStream().map(o -> o.get("service").get("service").asString()).toList();
    }

    private static List<Money> money(JsonNode sums) {
        return sums.valueStream().map(m -> new Money(new BigDecimal(m.get("amount").asString()),
                m.get("currency").asString())).toList();
    }
}
