package com.continuity.ui;

import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import com.continuity.support.Browser;
import com.continuity.support.BrowserSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incidents pages in a real browser against the running app with the sample portfolio, whose incident is the
 * Claude API outage of 18 February 2026. What a page shows is checked against the REST API, and what a form does
 * against what the API then reads back. Every test removes the incidents it added.
 */
@AppTest
class IncidentsBrowserIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SAMPLE = "claude-2026-02-18";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    Browser browser;
    Set<String> incidentsBefore;

    @BeforeEach
    void createUsersAndRememberTheIncidents() {
        Api.ensureUser(jdbc, "incident-viewer", Role.VIEWER);
        Api.ensureUser(jdbc, "incident-manager", Role.MANAGER);
        incidentsBefore = new HashSet<>(incidentKeys());
    }

    @AfterEach
    void removeTheIncidentsTheTestAdded() {
        for (JsonNode incident : api("/api/v1/incidents")) {
            if (!incidentsBefore.contains(incident.get("key").asString())) {
                Api.admin(port).delete("/api/v1/incidents/" + incident.get("key").asString() + "?version="
                        + incident.get("version").asLong());
            }
        }
    }

    @Test
    void theListShowsTheSampleIncidentResolvedWithItsDurationAndLinksToItsPage() {
        browser = browsers.start(port).login("incident-viewer", Api.PASSWORD).open("/incidents");

        WebElement link = browser.element("incident-link-" + SAMPLE);
        assertThat(link.getText()).isEqualTo("Elevated errors across Claude models");
        assertThat(browser.element("state-" + SAMPLE).getText()).isEqualTo("Resolved");
        browser.waitForGridCell("incidents-grid", "2026-02-18 14:22 UTC");
        browser.waitForGridCell("incidents-grid", "3 h 55 min");
        browser.waitForGridCell("incidents-grid", "Critical");

        browser.click("incident-link-" + SAMPLE);
        assertThat(browser.currentPath()).isEqualTo("/incidents/" + SAMPLE);
        assertThat(browser.element("incident-title").getText()).isEqualTo("Elevated errors across Claude models");
    }

    @Test
    void theSampleIncidentsPageShowsTheServicesItStoppedTheChatOnItsFallbackAndTheTimelineOldestFirst() {
        browser = browsers.start(port).login("incident-viewer", Api.PASSWORD).open("/incidents/" + SAMPLE);

        assertThat(browser.element("incident-provider").getText()).isEqualTo("anthropic");
        assertThat(browser.element("incident-impact").getText()).isEqualTo("Critical");
        assertThat(browser.element("incident-window").getText())
                .isEqualTo("2026-02-18 14:22 UTC – 2026-02-18 18:17 UTC");
        assertThat(browser.element("incident-state").getText()).isEqualTo("Resolved");
        browser.waitForGridCell("impact-windows", "claude-api");

        JsonNode services = api("/api/v1/incidents/" + SAMPLE).get("services");
        assertThat(browser.element("impact-summary").getText())
                .startsWith("With claude-api down for 235 min (in practice): "
                        + services.get("down").size() + " services stop, 1 runs degraded; loss ");
        assertThat(inGrid("impact-degraded", "runs-on-help-chat").getText())
                .isEqualTo("replies on gpt-via-gateway (1 min switchover, 100% capacity)");
        assertThat(serviceLinks("impact-degraded")).containsExactly("risk-link-help-chat");
        assertThat(serviceLinks("impact-down")).containsExactlyInAnyOrderElementsOf(services.get("down").valueStream()
                .map(o -> "risk-link-" + o.get("service").get("service").asString()).toList());
        assertThat(serviceLinks("impact-down")).contains("risk-link-campaign-copy").doesNotContain("risk-link-help-chat");

        String timeline = browser.element("timeline").getText();
        assertThat(timeline).contains("2026-02-18 14:31 UTC · investigating: We are investigating elevated error rates");
        List<Integer> order = List.of("investigating", "identified", "monitoring", "resolved").stream()
                .map(timeline::indexOf).toList();
        assertThat(order).doesNotContain(-1).isSorted();
        assertThat(browser.element("update-3").getText()).isEqualTo("2026-02-18 18:17 UTC · resolved: This incident has been resolved.");
    }

    @Test
    void aManagerAddsAnUpdateThatResolvesAnOpenIncident() {
        HttpResponse<String> created = Api.admin(port).post("/api/v1/incidents", "application/json", """
                {"key": "openai-browser-open", "provider": "openai", "title": "API errors seen from our side",
                 "impact": "major", "start": "2026-11-26T09:00:00Z", "affects": ["openai-api"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        browser = browsers.start(port).login("incident-manager", Api.PASSWORD).open("/incidents/openai-browser-open");
        assertThat(browser.element("incident-state").getText()).isEqualTo("Open");
        assertThat(browser.element("incident-duration").getText()).isEqualTo("ongoing");

        dateTime("update-at", "2026-11-26T10:30:00");
        browser.type("update-status", "resolved");
        typeText("update-body", "The provider fixed its API.");
        browser.click("update-resolves");
        browser.click("add-update");

        browser.waitForText("The provider fixed its API.");
        assertThat(browser.element("incident-state").getText()).isEqualTo("Resolved");
        assertThat(browser.element("incident-duration").getText()).isEqualTo("1 h 30 min");
        JsonNode incident = api("/api/v1/incidents/openai-browser-open").get("incident");
        assertThat(incident.get("end").asString()).isEqualTo("2026-11-26T10:30:00Z");
        assertThat(incident.get("updates").get(0).get("status").asString()).isEqualTo("resolved");
        assertThat(incident.get("updates").get(0).get("body").asString()).isEqualTo("The provider fixed its API.");
    }

    @Test
    void anUpdateOverSomeoneElsesChangeShowsTheConflictAndIsNotAdded() {
        HttpResponse<String> created = Api.admin(port).post("/api/v1/incidents", "application/json", """
                {"key": "openai-browser-stale", "provider": "openai", "title": "Stale page test",
                 "impact": "minor", "start": "2026-11-26T09:00:00Z", "affects": ["openai-api"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        browser = browsers.start(port).login("incident-manager", Api.PASSWORD).open("/incidents/openai-browser-stale");
        // someone else adds an update after the page was read
        long version = JSON.readTree(created.body()).get("version").asLong();
        assertThat(Api.admin(port).post("/api/v1/incidents/openai-browser-stale/updates?version=" + version,
                "application/json", "{\"at\": \"2026-11-26T09:10:00Z\", \"status\": \"investigating\"}")
                .statusCode()).isEqualTo(200);

        dateTime("update-at", "2026-11-26T09:30:00");
        browser.type("update-status", "identified").click("add-update");

        assertThat(browser.element("close-error").isDisplayed()).isTrue();
        assertThat(api("/api/v1/incidents/openai-browser-stale").get("incident").get("updates").size()).isEqualTo(1);
    }

    @Test
    void aManagerImportsAStatusPageFileAndOpensTheIncidentItCreated() throws URISyntaxException {
        browser = browsers.start(port).login("incident-manager", Api.PASSWORD).open("/incidents");

        browser.choose("import-provider", "OpenAI (openai)");
        upload(resource("/statuspage/openai-incidents-small.json"));

        assertThat(browser.waitForText("Imported for openai").getText())
                .isEqualTo("Imported for openai: 1 created, 0 updated.");
        assertThat(browser.element("status-import-unmapped").getText()).endsWith(": ChatGPT");
        assertThat(browser.driver().findElements(By.id("incident-link-openai-handmade-openai-01")))
                .as("the list shows the new incident").hasSize(1);
        assertThat(incidentKeys()).contains("openai-handmade-openai-01");

        browser.click("imported-openai-handmade-openai-01");
        // the list page has a form field with the same id: wait for the incident's page before reading it
        browser.waitForText("Elevated error rates on the API");
        assertThat(browser.element("incident-title").getText()).isEqualTo("Elevated error rates on the API");
        assertThat(browser.element("incident-source").getText()).isEqualTo("Status page");
        assertThat(browser.element("impact-summary").getText())
                .contains("openai-api down for 85 min", "nothing of ours was taken down");
        browser.waitForGridCell("component-intervals", "ChatGPT");
        browser.waitForGridCell("impact-windows", "2026-06-10 09:20:00 UTC");
    }

    @Test
    void aRefusedPayloadNamesTheFieldAtFaultAndNothingIsImported() throws URISyntaxException {
        int before = incidentKeys().size();
        browser = browsers.start(port).login("incident-manager", Api.PASSWORD).open("/incidents");

        browser.choose("import-provider", "OpenAI (openai)");
        upload(resource("/statuspage/malformed-unknown-impact.json"));

        assertThat(browser.waitForText("Nothing was imported").getText()).contains("incidents[0].impact");
        browser.waitForGridCell("status-import-errors", "incidents[0].impact");
        assertThat(incidentKeys()).hasSize(before);
    }

    @Test
    void aNewIncidentWithoutImpactOrStartShowsEachErrorOnItsFieldAndIsNotCreated() {
        int before = incidentKeys().size();
        browser = browsers.start(port).login("incident-manager", Api.PASSWORD).open("/incidents");

        browser.type("incident-key", "openai-browser-new").type("incident-title", "Half-filled form")
                .click("create-incident");

        browser.waitForText("the impact is required");
        assertThat(invalid("incident-impact")).as("impact marked invalid").isTrue();
        assertThat(invalid("incident-start")).as("start marked invalid").isTrue();
        assertThat(invalid("incident-key")).as("the key is fine").isFalse();
        assertThat(browser.element("incident-start").getText()).contains("the start is required");
        assertThat(incidentKeys()).hasSize(before).doesNotContain("openai-browser-new");
    }

    @Test
    void aViewerSeesTheIncidentsButNoFormToChangeThem() {
        browser = browsers.start(port).login("incident-viewer", Api.PASSWORD).open("/incidents");
        browser.element("incident-link-" + SAMPLE);
        assertThat(browser.driver().findElements(By.id("new-incident"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("status-upload"))).isEmpty();

        browser.open("/incidents/" + SAMPLE);
        browser.element("timeline");
        assertThat(browser.driver().findElements(By.id("add-update-form"))).isEmpty();
        assertThat(browser.isButtonDisplayed("Add update")).isFalse();
    }

    @Test
    void anUnknownIncidentLeadsBackToTheListWithAMessage() {
        browser = browsers.start(port).login("incident-viewer", Api.PASSWORD).open("/incidents/no-such-incident");

        browser.waitForText("no-such-incident");
        assertThat(browser.currentPath()).isEqualTo("/incidents");
        browser.element("incidents-grid");
    }

    // ---- helpers

    /**
     * Sets a date-time picker as picking a date and a time would: the value, then the change event on which Vaadin
     * sends it to the server (typing depends on the browser's locale).
     */
    private void dateTime(String id, String isoLocal) {
        browser.js("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));""",
                browser.element(id), isoLocal);
        browser.settle();
    }

    /** Types into a text area (whose native element is a textarea, not an input) and leaves it. */
    private void typeText(String id, String text) {
        WebElement area = browser.driver().findElement(By.cssSelector("#" + id + " textarea"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", area);
        area.sendKeys(text, Keys.TAB);
        browser.settle();
    }

    private boolean invalid(String fieldId) {
        return (Boolean) browser.js("return arguments[0].invalid === true",
                browser.driver().findElement(By.id(fieldId)));
    }

    /** Hands a file to the upload's file input (inside its shadow root) as a user picking it would. */
    private void upload(Path file) {
        WebElement upload = browser.element("status-upload");
        WebElement input = (WebElement) browser.js("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');""", upload);
        browser.js("arguments[0].removeAttribute('hidden'); arguments[0].style.display = 'block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static Path resource(String path) throws URISyntaxException {
        return Path.of(IncidentsBrowserIT.class.getResource(path).toURI());
    }

    /** The element with this id inside a cell of the grid with that id. */
    private WebElement inGrid(String gridId, String id) {
        browser.element(id);
        List<WebElement> found = browser.driver().findElements(
                By.cssSelector("vaadin-grid#" + gridId + " vaadin-grid-cell-content #" + id));
        assertThat(found).as(id + " in " + gridId).hasSize(1);
        return found.getFirst();
    }

    private List<String> serviceLinks(String gridId) {
        browser.element(gridId);
        List<String> ids = new ArrayList<>();
        for (WebElement e : browser.driver().findElements(
                By.cssSelector("vaadin-grid#" + gridId + " vaadin-grid-cell-content [id^='risk-link-']"))) {
            ids.add(e.getAttribute("id"));
        }
        return ids;
    }

    private List<String> incidentKeys() {
        return api("/api/v1/incidents").valueStream().map(i -> i.get("key").asString()).toList();
    }

    private JsonNode api(String path) {
        HttpResponse<String> r = Api.admin(port).get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
