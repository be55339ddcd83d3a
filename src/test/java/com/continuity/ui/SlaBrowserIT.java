package com.continuity.ui;

import com.continuity.resilience.picture.RiskFormat;
import com.continuity.security.Role;
import com.continuity.shared.Money;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import com.continuity.support.Browser;
import com.continuity.support.BrowserSession;
import org.junit.jupiter.api.AfterEach;
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

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA pages in a real browser against the running app with the sample contracts: Anthropic's February 2026
 * incident (a credit of 244.05 USD left unclaimed past its deadline) and Bedrock's October 2026 one (a credit owed,
 * to claim by the end of December). What the pages show is checked against the REST API where it has the answer.
 */
@AppTest
class SlaBrowserIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ANTHROPIC = "Anthropic enterprise agreement (anthropic-enterprise)";
    static final String OCTOBER = "bedrock-eu-2026-10";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    Browser browser;

    /**
     * Claims are not reset with the sample, so the October claim is put back to owed before and after each test:
     * deleted, it is recorded afresh (owed) on the next read, as the engine computes it.
     */
    @BeforeEach
    @AfterEach
    void octoberClaimIsOwedAgain() {
        jdbc.sql("delete from credit_claim where contract_key = 'bedrock-eu' and period = '2026-10'").update();
    }

    // ---- (a) the credit calculator

    @Test
    void theCalculatorGivesTheFebruaryCreditForAnthropicAndExactMinutesWhenTheRoundingLineIsRemoved() {
        managerOrViewer("sla-viewer", Role.VIEWER);
        browser.open("/credit-calculator").choose("calc-contract", ANTHROPIC);
        String yaml = yaml();
        assertThat(yaml).contains("key: anthropic-enterprise", "affectedTimeRounding: whole-hours-up");
        browser.type("calc-month", "2026-02").type("outage-start-0", "2026-02-18 14:22")
                .type("outage-end-0", "2026-02-18 18:17").click("run-calculator");

        assertThat(text("calc-credit")).isEqualTo("244.05 USD");
        assertThat(text("calc-deadline")).isEqualTo("2026-03-30");
        assertThat(text("calc-minutes")).isEqualTo("40,320 min");
        assertThat(text("calc-slo-met")).isEqualTo("No");
        assertThat(text("calc-eligible")).isEqualTo("Yes");
        JsonNode api = calculate(yaml);
        assertThat(api.get("creditAmount").asString()).isEqualTo("244.05");
        assertThat(text("calc-uptime")).isEqualTo(percent6(api.get("uptimePercent").asString()));
        assertThat(explanation()).isNotEmpty().containsExactlyElementsOf(strings(api.get("explanation")));

        // the same outage counted in exact minutes: 235 of them rather than 4 started hours
        String exact = Arrays.stream(yaml.split("\n")).filter(l -> !l.contains("affectedTimeRounding"))
                .collect(Collectors.joining("\n"));
        setYaml(exact);
        browser.click("run-calculator");

        browser.waitForText("238.96 USD");
        assertThat(text("calc-credit")).isEqualTo("238.96 USD");
        assertThat(text("calc-uptime")).isEqualTo("99.417163%");
        assertThat(text("calc-downtime")).isEqualTo("235 min");
        assertThat(calculate(exact).get("creditAmount").asString()).isEqualTo("238.96");
    }

    @Test
    void theCalculatorShowsAnErrorInTheYamlWithItsLineAndABadMonthOnItsField() {
        managerOrViewer("sla-viewer", Role.VIEWER);
        browser.open("/credit-calculator").choose("calc-contract", ANTHROPIC);
        List<String> lines = List.of(yaml().split("\n"));
        int feeLine = lines.indexOf(lines.stream().filter(l -> l.startsWith("monthlyFee:")).findFirst().orElseThrow()) + 1;
        setYaml(lines.stream().map(l -> l.startsWith("monthlyFee:") ? "monthlyFee: lots" : l)
                .collect(Collectors.joining("\n")));
        browser.type("calc-month", "February").click("run-calculator");

        browser.waitForGridCell("calc-errors", Integer.toString(feeLine));
        browser.waitForGridCell("calc-errors", "monthlyFee");
        assertThat(invalid("calc-yaml")).as("the YAML marked invalid").isTrue();
        assertThat(browser.element("calc-yaml").getText()).contains("line " + feeLine + ", monthlyFee");
        assertThat(invalid("calc-month")).as("the month marked invalid").isTrue();
        assertThat(browser.element("calc-month").getText()).contains("YYYY-MM");
        assertThat(browser.isDisplayed("calc-result")).as("no result for refused input").isFalse();
    }

    // ---- (b), (c), (d) claims

    @Test
    void aManagerClaimsTheOctoberBedrockCreditAndRecordsItsReceipt() {
        JsonNode claim = claim("bedrock-eu", "2026-10");
        assertThat(claim.get("status").asString()).isEqualTo("owed");
        assertThat(claim.get("deadline").asString()).isEqualTo("2026-12-31");
        String amount = money(claim.get("amount"));
        managerOrViewer("sla-manager", Role.MANAGER);
        browser.open("/claims");

        assertThat(text("claim-status-" + OCTOBER)).isEqualTo("Owed, not yet claimed");
        assertThat(text("claim-amount-" + OCTOBER)).isEqualTo(amount);
        assertThat(text("days-left-" + OCTOBER)).isEqualTo("34 days");
        browser.waitForGridCell("upcoming-grid", "2026-12-31");
        assertThat(text("summary-owed")).contains(amount);

        // claimed: the reference is required, and the error shows on its field
        browser.click("mark-claimed-" + OCTOBER).type("claimed-on", "2026-11-25").click("confirm-claim");
        browser.waitForText("the provider's case or ticket reference is required");
        assertThat(invalid("claim-reference")).isTrue();
        browser.type("claim-reference", "AWS-CASE-1234").click("confirm-claim");
        browser.waitForText("Claimed, awaiting the credit (claimed 2026-11-25, reference AWS-CASE-1234)");
        assertThat(text("summary-awaited")).isEqualTo(amount);
        assertThat(browser.isDisplayed("days-left-" + OCTOBER)).as("no longer a deadline to meet").isFalse();
        assertThat(claim("bedrock-eu", "2026-10").get("reference").asString()).isEqualTo("AWS-CASE-1234");

        // received: an amount with too many decimals is refused on its field, then the real one is recorded
        browser.click("mark-received-" + OCTOBER).type("received-amount", "12.345").click("confirm-claim");
        browser.waitForText("at most 2 decimals");
        assertThat(invalid("received-amount")).isTrue();
        browser.type("received-amount", "2000.00").click("confirm-claim");
        browser.waitForText("Received 2,000.00 USD");
        assertThat(text("claim-status-" + OCTOBER)).isEqualTo("Received 2,000.00 USD");
        assertThat(browser.isDisplayed("mark-received-" + OCTOBER)).isFalse();
        JsonNode received = claim("bedrock-eu", "2026-10");
        assertThat(received.get("status").asString()).isEqualTo("received");
        assertThat(received.get("received").get("amount").asString()).isEqualTo("2000.00");
    }

    @Test
    void aStaleClaimActionShowsTheConflictAndChangesNothing() {
        managerOrViewer("sla-manager", Role.MANAGER);
        browser.open("/claims");
        browser.click("mark-claimed-" + OCTOBER);
        // someone else claims it meanwhile
        JsonNode claim = claim("bedrock-eu", "2026-10");
        HttpResponse<String> r = Api.admin(port).post("/api/v1/claims/" + claim.get("id").asLong() + "/claimed",
                "application/json", "{\"version\":" + claim.get("version").asLong()
                        + ",\"claimedOn\":\"2026-11-26\",\"reference\":\"THEIRS-1\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);

        browser.type("claim-reference", "MINE-1").click("confirm-claim");

        browser.waitForText("was changed by someone else");
        assertThat(claim("bedrock-eu", "2026-10").get("reference").asString()).isEqualTo("THEIRS-1");
        browser.click("close-error");
        assertThat(text("claim-status-" + OCTOBER)).contains("reference THEIRS-1");
    }

    @Test
    void aViewerSeesTheClaimsButNoActions() {
        managerOrViewer("sla-viewer", Role.VIEWER);
        browser.open("/claims");

        assertThat(text("claim-status-" + OCTOBER)).isEqualTo("Owed, not yet claimed");
        assertThat(text("claim-status-anthropic-enterprise-2026-02")).isEqualTo("Expired unclaimed: money lost");
        assertThat(browser.isButtonDisplayed("Mark claimed")).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("[id^='mark-']"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("new-contract"))).isEmpty();
    }

    @Test
    void theUnclaimedFebruaryAnthropicCreditShowsAsMoneyLost() {
        JsonNode claim = claim("anthropic-enterprise", "2026-02");
        assertThat(claim.get("status").asString()).isEqualTo("expired");
        assertThat(claim.get("deadline").asString()).isEqualTo("2026-03-30");
        managerOrViewer("sla-viewer", Role.VIEWER);
        browser.open("/claims");

        assertThat(text("claim-amount-anthropic-enterprise-2026-02")).isEqualTo("244.05 USD");
        assertThat(text("claim-status-anthropic-enterprise-2026-02")).isEqualTo("Expired unclaimed: money lost");
        JsonNode summary = api("/api/v1/claims/summary");
        assertThat(text("summary-expired")).contains("244.05 USD")
                .isEqualTo(RiskFormat.money(sums(summary.get("expired"))));
    }

    // ---- contracts, what-if and spend

    @Test
    void aManagerAddsAContractAsYamlSeesAnErrorWithItsLineAndAStaleSaveKeepsTheOtherEdit() {
        managerOrViewer("sla-manager", Role.MANAGER);
        try {
            browser.open("/contracts").click("new-contract");
            setArea("contract-yaml", area("contract-yaml").replace("key: new-contract", "key: browser-made")
                    .replace("name: New provider contract", "name: Made in the browser"));
            browser.click("save-contract");
            browser.waitForText("Made in the browser (browser-made)");
            assertThat(browser.currentPath()).isEqualTo("/contracts/browser-made");

            // a fee that is no number: listed with its line, the text kept as typed
            List<String> lines = List.of(area("contract-yaml").split("\n"));
            int feeLine = lines.indexOf(lines.stream().filter(l -> l.startsWith("monthlyFee:")).findFirst()
                    .orElseThrow()) + 1;
            setArea("contract-yaml", replaceLine(lines, "monthlyFee:", "monthlyFee: lots"));
            browser.click("save-contract");
            browser.waitForGridCell("contract-errors", Integer.toString(feeLine));
            assertThat(invalid("contract-yaml")).isTrue();
            assertThat(area("contract-yaml")).contains("monthlyFee: lots");

            // someone else saves first: this save is refused and their fee stays
            long version = api("/api/v1/contracts/browser-made").get("version").asLong();
            HttpResponse<String> theirs = Api.admin(port).put("/api/v1/contracts/browser-made?version=" + version,
                    "application/yaml", replaceLine(lines, "monthlyFee:", "monthlyFee: 2000.00"));
            assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
            setArea("contract-yaml", replaceLine(lines, "monthlyFee:", "monthlyFee: 3000.00"));
            browser.click("save-contract");
            browser.waitForText("was changed by someone else");
            assertThat(api("/api/v1/contracts/browser-made").get("monthlyFee").asString()).startsWith("2000");
            assertThat(area("contract-yaml")).as("my edit kept to apply again").contains("monthlyFee: 3000.00");
        } finally {
            HttpResponse<String> stored = Api.admin(port).get("/api/v1/contracts/browser-made");
            if (stored.statusCode() == 200) {
                Api.admin(port).delete("/api/v1/contracts/browser-made?version="
                        + JSON.readTree(stored.body()).get("version").asLong());
            }
        }
    }

    @Test
    void theBedrockContractPageExplainsOctoberAndShowsItsClaim() {
        managerOrViewer("sla-viewer", Role.VIEWER);
        browser.open("/contracts").click("contract-link-bedrock-eu");

        assertThat(text("contract-title")).isEqualTo("Amazon Bedrock service terms (eu-west-1) (bedrock-eu)");
        assertThat(text("contract-terms")).contains("monthly uptime at least 99.9%", "end of the second billing cycle");
        assertThat(text("period-claim-2026-10")).isEqualTo("Owed, not yet claimed");
        assertThat(text("period-slos-2026-10")).startsWith("Missed: monthly uptime at least 99.9%");
        JsonNode october = api("/api/v1/contracts/bedrock-eu/periods/2026-10");
        browser.click("period-credit-2026-10");
        assertThat(explanationOf("period-explanation")).isNotEmpty()
                .containsExactlyElementsOf(strings(october.get("explanation")));
        browser.waitForGridCell("period-counted", "2026-10-21 08:05 UTC");
        assertThat(browser.isDisplayed("contract-yaml")).as("a viewer gets no editor").isFalse();
    }

    @Test
    void aSamplesFileWithBadLinesListsEachLineAndImportsNothing() throws IOException {
        long before = sampleCount("bedrock-eu");
        managerOrViewer("sla-manager", Role.MANAGER);
        browser.open("/contracts/bedrock-eu");
        assertThat(text("sample-count")).isEqualTo(before + " error-rate samples stored.");

        upload("samples-upload", "samples.csv", """
                start,end,total,failed
                2026-10-01T00:00:00Z,2026-10-01T00:05:00Z,100,2
                2026-10-01T00:05:00Z,2026-10-01T00:00:00Z,100,2
                2026-10-01T00:10:00Z,2026-10-01T00:15:00Z,100,200
                """);

        browser.waitForText("Nothing was imported: the file has 2 error(s).");
        browser.waitForGridCell("samples-errors", "the end 2026-10-01T00:00:00Z must be after the start 2026-10-01T00:05:00Z");
        browser.waitForGridCell("samples-errors", "failed must be between 0 and total (100); got 200");
        browser.waitForGridCell("samples-errors", "3");
        browser.waitForGridCell("samples-errors", "4");
        assertThat(sampleCount("bedrock-eu")).isEqualTo(before);
    }

    @Test
    void aWhatIfWithTheBedrockRegionDownShowsTheCreditTheContractWouldOwe() {
        managerOrViewer("sla-viewer", Role.VIEWER);
        browser.open("/what-if").choose("what-if-domains", "bedrock-eu-west-1").type("what-if-duration", "240")
                .click("run-what-if");

        HttpResponse<String> r = Api.admin(port).post("/api/v1/what-if", "application/json",
                "{\"domains\":[\"bedrock-eu-west-1\"],\"durationMinutes\":240,\"basis\":\"in-practice\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(r.body());
        JsonNode bedrock = answer.get("credits").valueStream()
                .filter(c -> c.get("contract").asString().equals("bedrock-eu")).findFirst().orElseThrow();
        assertThat(text("what-if-credit-bedrock-eu")).isEqualTo(money(bedrock.get("credit")));
        assertThat(text("what-if-total-credits")).isEqualTo(RiskFormat.money(sums(answer.get("totalCredits"))));
        assertThat(browser.isDisplayed("what-if-credit-anthropic-enterprise")).as("claude-api is not down").isFalse();
    }

    @Test
    void theRiskOverviewShowsTheSpendPerProviderWithItsShare() {
        managerOrViewer("sla-viewer", Role.VIEWER);
        browser.open("/risk");

        for (JsonNode spend : api("/api/v1/spend")) {
            String currency = spend.get("monthlyFees").get("currency").asString();
            assertThat(text("spend-share-" + spend.get("provider").asString() + "-" + currency))
                    .isEqualTo(new BigDecimal(spend.get("sharePercent").asString()).stripTrailingZeros().toPlainString()
                            + "% of " + currency + " spend");
        }
        browser.waitForGridCell("spend-grid", "20,000.00 USD");
    }

    // ---- helpers

    private void managerOrViewer(String username, Role role) {
        Api.ensureUser(jdbc, username, role);
        browser = browsers.start(port).login(username, Api.PASSWORD);
    }

    private long sampleCount(String contract) {
        return jdbc.sql("select count(*) from error_sample s join contract c on c.id = s.contract_id where c.key = ?")
                .param(contract).query(Long.class).single();
    }

    /** Hands a file to an upload's file input (inside its shadow root) as a user picking it would. */
    private void upload(String id, String fileName, String content) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(fileName);
        Files.writeString(file, content);
        WebElement input = (WebElement) browser.js("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');""",
                browser.element(id));
        browser.js("arguments[0].removeAttribute('hidden'); arguments[0].style.display = 'block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private String text(String id) {
        return browser.element(id).getText();
    }

    private boolean invalid(String fieldId) {
        return (Boolean) browser.js("return arguments[0].invalid === true", browser.element(fieldId));
    }

    private String yaml() {
        return area("calc-yaml");
    }

    private void setYaml(String text) {
        setArea("calc-yaml", text);
    }

    private String area(String id) {
        return (String) browser.js("return arguments[0].value", browser.element(id));
    }

    /** Sets a text area's value as typing and leaving it would. */
    private void setArea(String id, String text) {
        browser.js("""
                const area = arguments[0];
                area.value = arguments[1];
                area.dispatchEvent(new CustomEvent('change', {bubbles: true}));""", browser.element(id), text);
        browser.settle();
    }

    private static String replaceLine(List<String> lines, String start, String with) {
        return lines.stream().map(l -> l.startsWith(start) ? with : l).collect(Collectors.joining("\n"));
    }

    private List<String> explanation() {
        return explanationOf("calc-explanation");
    }

    @SuppressWarnings("unchecked")
    private List<String> explanationOf(String id) {
        browser.element(id);
        return (List<String>) browser.js("return Array.from(arguments[0].querySelectorAll('li'))"
                + ".map(li => li.textContent)", browser.element(id));
    }

    private JsonNode calculate(String contractYaml) {
        String body = "contract:\n" + Arrays.stream(contractYaml.split("\n")).map(l -> "  " + l)
                .collect(Collectors.joining("\n")) + "\nperiod: 2026-02\noutages:\n"
                + "  - {start: 2026-02-18T14:22:00Z, end: 2026-02-18T18:17:00Z}\n";
        HttpResponse<String> r = Api.admin(port).post("/api/v1/credits/calculate", "application/yaml", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode claim(String contract, String period) {
        return api("/api/v1/claims").valueStream().filter(c -> c.get("contract").asString().equals(contract)
                && c.get("period").asString().equals(period)).findFirst().orElseThrow();
    }

    private JsonNode api(String path) {
        HttpResponse<String> r = Api.admin(port).get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String percent6(String value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String money(JsonNode m) {
        return RiskFormat.money(new Money(new BigDecimal(m.get("amount").asString()), m.get("currency").asString()));
    }

    private static List<Money> sums(JsonNode sums) {
        return sums.valueStream().map(m -> new Money(new BigDecimal(m.get("amount").asString()),
                m.get("currency").asString())).toList();
    }
}
