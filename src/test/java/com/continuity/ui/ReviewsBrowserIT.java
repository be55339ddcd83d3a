package com.continuity.ui;

import com.continuity.reviews.AttestationInput;
import com.continuity.reviews.Review;
import com.continuity.reviews.ReviewService;
import com.continuity.security.Role;
import com.continuity.reviews.model.Snapshot;
import com.continuity.support.ActingUser;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import com.continuity.support.Browser;
import com.continuity.support.BrowserSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A quarterly review run whole in real browsers: a manager opens it and raises an action item from a finding, an
 * editor of the team attests its services and signs for the team, the manager signs last, and the review then
 * refuses changes with its reason. Each test has a quarter of its own: other test classes share the database.
 */
@AppTest
class ReviewsBrowserIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewService reviews;

    @Autowired
    SecurityContextHolderStrategy security;

    /** The manager's browser and the editor's: both stay open, so the editor's page can be older than a sign-off. */
    @RegisterExtension
    final BrowserSession managers = new BrowserSession();

    @RegisterExtension
    final BrowserSession editors = new BrowserSession();

    @AfterEach
    void restoreTheSample() {
        Api.restoreSample(port); // an attestation's correction is written to the inventory
    }

    @Test
    void aWholeReviewIsOpenedAttestedSignedByTheTeamAndTheManagerAndThenRefusesChangesWithItsReason() {
        Api.ensureUser(jdbc, "review-manager", Role.MANAGER);
        Api.ensureUser(jdbc, "review-editor", Role.EDITOR, "customer-care");

        // the manager opens the review of 2026-Q3 for Customer Care
        Browser manager = managers.start(port).login("review-manager", Api.PASSWORD).open("/reviews");
        manager.choose("review-quarter", "2026-Q3").choose("review-team", "Customer Care").click("open-review");
        assertThat(manager.element("review-title").getText()).isEqualTo("Review of 2026-Q3, team customer-care");
        String path = manager.currentPath();
        assertThat(path).matches("/reviews/\\d+");
        long id = Long.parseLong(path.substring("/reviews/".length()));
        assertThat(manager.element("review-status").getText()).startsWith("Open since");

        // one click on a finding (a single point of failure of help-chat) and Save raise an action item
        manager.click("tab-findings");
        String addSpof = firstId(manager, "vaadin-button[id^='add-action-spof-help-chat-']");
        manager.click(addSpof);
        String title = manager.input("item-title").getDomProperty("value");
        assertThat(title).endsWith("is a single point of failure of Customer help chat.");
        assertThat(manager.input("item-owner").getDomProperty("value")).isEqualTo("Dana Whitfield");
        assertThat(manager.input("item-due").getDomProperty("value")).isEqualTo("2026-12-27");
        assertThat(manager.element("item-about").getText()).isEqualTo("About service help-chat");
        manager.click("save-action-item");
        manager.click("tab-items").waitForGridCell("items-grid", title);
        manager.waitForGridCell("items-grid", "raised in this review");
        long item = jdbc.sql("select id from action_item where review_id = ?").param(id).query(Long.class).single();
        pick(manager, "item-status-" + item, "In progress");
        await().until(() -> jdbc.sql("select status from action_item where id = ?").param(item).query(String.class)
                .single().equals("in-progress"));
        manager.saveEvidence("review-1-action-item-raised");

        // an editor of Customer Care confirms help-chat, corrects email-triage's RTO and signs for the team
        Browser editor = editors.start(port).login("review-editor", Api.PASSWORD).open(path);
        editor.click("confirm-help-chat");
        await().until(() -> editor.element("attestation-help-chat").getText()
                .startsWith("Confirmed by review-editor"));
        editor.click("correct-email-triage").type("correct-rto", "30").click("save-correction");
        await().until(() -> editor.element("attestation-email-triage").getText()
                .startsWith("Corrected by review-editor"));
        assertThat(editor.element("attestation-email-triage").getText())
                .endsWith("to RTO 30 min · RPO 15 min · MTPD 480 min");
        assertThat(JSON.readTree(Api.admin(port).get("/api/v1/services/email-triage").body())
                .get("rtoMinutes").asInt()).as("the correction reaches the inventory").isEqualTo(30);
        // services other tests added to the team (the database is shared) are attested behind the scenes
        int services = attestTheRest(id, List.of("help-chat", "email-triage"));
        editor.open(path).click("tab-signoff");
        assertThat(editor.isButtonDisplayed("Sign as manager")).isFalse();
        editor.click("sign-team-customer-care");
        // the app's clock starts at 2026-11-27 12:00 UTC and runs
        await().until(() -> editor.element("team-progress-customer-care").getText()
                .matches("Team customer-care: " + services + " of " + services
                        + " attested, signed by review-editor on 2026-11-27 12:\\d\\d UTC\\."));
        editor.saveEvidence("review-2-team-signed");

        // the manager signs last: the review is read-only
        manager.open(path).click("tab-signoff").click("sign-manager");
        await().until(() -> manager.element("review-status").getText().startsWith("Signed by review-manager"));
        assertThat(manager.element("review-status").getText()).contains("read-only");
        assertThat(manager.isButtonDisplayed("Sign as manager")).isFalse();
        manager.saveEvidence("review-3-signed");

        // the editor's page was read before the sign-off: raising another item is refused with the reason
        editor.click("tab-findings").click(addSpof).click("save-action-item");
        await().until(() -> errorMessages(editor).stream().anyMatch(m -> m.contains("read-only")));
        assertThat(errorMessages(editor)).anySatisfy(m -> assertThat(m)
                .matches("(?s)The review 2026-Q3, team customer-care was signed off on 2026-11-27 12:\\d\\d UTC and is"
                        + " read-only.*"));
        editor.saveEvidence("review-4-change-refused");
        editor.click("close-error");
        // the page now shows the review as signed, with nothing left to click, and the item as signed
        assertThat(editor.element("review-status").getText()).startsWith("Signed by review-manager");
        assertThat(editor.isButtonDisplayed("Add action")).isFalse();
        editor.click("tab-items").waitForGridCell("items-grid", title);
        editor.waitForGridCell("items-grid", "In progress");
        assertThat(editor.isDisplayed("item-status-" + item)).isTrue();
        assertThat(editor.element("item-status-" + item).getTagName()).as("a text, not a select").isEqualTo("span");
        assertThat(jdbc.sql("select count(*) from action_item where review_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aViewerSeesTheReviewButNoButtonToAttestRaiseAnItemOrSign() {
        Api.ensureUser(jdbc, "review-viewer", Role.VIEWER, "customer-care");
        long id = openedAndAttested("2026-Q2", "customer-care");

        Browser viewer = editors.start(port).login("review-viewer", Api.PASSWORD).open("/reviews/" + id);
        assertThat(viewer.element("review-title").getText()).isEqualTo("Review of 2026-Q2, team customer-care");
        assertThat(viewer.element("attestation-help-chat").getText()).startsWith("Confirmed by review-setup");
        assertThat(viewer.isButtonDisplayed("Confirm")).isFalse();
        assertThat(viewer.isButtonDisplayed("Correct…")).isFalse();

        viewer.click("tab-findings");
        viewer.waitForText("is a single point of failure of Customer help chat.");
        assertThat(viewer.isButtonDisplayed("Add action")).isFalse();

        viewer.click("tab-items");
        assertThat(viewer.isButtonDisplayed("New action item")).isFalse();

        viewer.click("tab-signoff");
        // every service is attested: an editor of the team would be offered to sign here
        int services = jdbc.sql("select jsonb_array_length(snapshot -> 'services') from review where id = ?")
                .param(id).query(Integer.class).single();
        assertThat(viewer.element("team-progress-customer-care").getText())
                .isEqualTo("Team customer-care: " + services + " of " + services + " attested, not signed yet.");
        assertThat(viewer.isButtonDisplayed("Sign for customer-care")).isFalse();
        assertThat(viewer.isButtonDisplayed("Sign as manager")).isFalse();
        viewer.saveEvidence("review-viewer-sign-off");
    }

    /** The review of the quarter for the team, opened once, with every service confirmed by a manager. */
    private long openedAndAttested(String quarter, String team) {
        long id;
        try (var setup = ActingUser.as(security, "review-setup", Role.MANAGER)) {
            Review review = reviews.reviews().stream()
                    .filter(r -> r.quarter().toString().equals(quarter) && team.equals(r.team())).findFirst()
                    .orElseGet(() -> reviews.open(quarter, team).review());
            id = review.id();
        }
        attestTheRest(id, List.of());
        return id;
    }

    /** Confirms every service of the review but {@code except}, as a manager; answers how many services it has. */
    private int attestTheRest(long id, List<String> except) {
        try (var setup = ActingUser.as(security, "review-setup", Role.MANAGER)) {
            List<String> services = reviews.review(id).review().snapshot().services().stream()
                    .map(Snapshot.ServiceEntry::key).toList();
            services.stream().filter(k -> !except.contains(k)).forEach(k -> reviews.attest(id, k,
                    new AttestationInput(true, null, null, null, null)));
            return services.size();
        }
    }

    /**
     * Picks an item of a Vaadin Select by its label: opens it with a click, then clicks the item of its list (through
     * JavaScript: Selenium does not count the items of the select's popover as displayed).
     */
    private static void pick(Browser browser, String id, String label) {
        browser.click(id);
        By item = By.xpath("//vaadin-select[@id='" + id + "']//vaadin-select-item[@label='" + label + "']");
        await().until(() -> !browser.driver().findElements(item).isEmpty());
        browser.js("arguments[0].click()", browser.driver().findElement(item));
        browser.settle();
    }

    private static String firstId(Browser browser, String css) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
        assertThat(found).as(css).isNotEmpty();
        return found.getFirst().getAttribute("id");
    }

    private static List<String> errorMessages(Browser browser) {
        return browser.driver().findElements(By.className("error-message")).stream().map(WebElement::getText)
                .toList();
    }
}
