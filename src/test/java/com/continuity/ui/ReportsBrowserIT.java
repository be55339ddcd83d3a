package com.continuity.ui;

import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import com.continuity.support.Browser;
import com.continuity.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printing from the pages in a real browser: the links fetch real PDFs in the user's session, and a team's book is
 * printed in the background with a progress bar, then offered for download.
 */
@AppTest
class ReportsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    /** Follows a link's href with the browser's own session and answers "content type, size, first bytes". */
    private static String fetch(Browser browser, String linkId) {
        String href = browser.element(linkId).getAttribute("href");
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '
                    + b.byteLength + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))
                    .catch(e => done('failed ' + e));""", href);
    }

    @Test
    void aManagerPrintsATeamsBookInTheBackgroundAndDownloadsIt() {
        Api.ensureUser(jdbc, "book-manager", Role.MANAGER);
        Browser browser = browsers.start(port).login("book-manager", Api.PASSWORD).open("/runbooks");
        browser.choose("book-team", "Customer Care");
        assertThat(browser.element("book-services").getText()).contains("Customer help chat", "Inbound e-mail triage");
        assertThat(fetch(browser, "checklist-help-chat")).startsWith("application/pdf").endsWith("%PDF-");

        browser.click("book-print");
        browser.waitForText("is ready: 4 documents");

        assertThat(browser.isDisplayed("book-progress")).isTrue();
        assertThat(fetch(browser, "book-download")).startsWith("application/pdf").endsWith("%PDF-");
        browser.saveEvidence("reports-team-book");
        // the app stays usable: another page opens, and the finished book is still there on the way back
        browser.open("/risk/help-chat");
        assertThat(fetch(browser, "runbook-pdf")).startsWith("application/pdf").endsWith("%PDF-");
        browser.open("/runbooks").waitForText("is ready: 4 documents");
    }

    @Test
    void aViewerOfAnotherTeamIsOfferedNeitherTheRunbookNorTheTeamsBook() {
        Api.ensureUser(jdbc, "marketing-viewer", Role.VIEWER, "marketing");
        Browser browser = browsers.start(port).login("marketing-viewer", Api.PASSWORD).open("/risk/help-chat");
        browser.waitForText("Risk of Customer help chat");
        assertThat(browser.driver().findElements(By.id("runbook-pdf"))).isEmpty();

        browser.open("/runbooks");
        browser.choose("book-team", "Marketing");
        assertThat(browser.element("book-services").getText()).contains("Campaign copy generation")
                .doesNotContain("Customer help chat");
        browser.input("book-team").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        browser.settle();
        assertThat(browser.js("""
                const c = arguments[0]; c.opened = true;
                return (c.filteredItems || []).map(i => i.label).join(',');""", browser.element("book-team")))
                .isEqualTo("Marketing");
    }

    @Test
    void theContractPageShowsTheAttainmentChartAndOffersTheComplianceReport() {
        Api.ensureUser(jdbc, "book-manager", Role.MANAGER);
        Browser browser = browsers.start(port).login("book-manager", Api.PASSWORD).open("/contracts/bedrock-eu");

        assertThat(browser.element("compliance-pdf").getText()).isEqualTo("SLA compliance, 2025-12 to 2026-11 (PDF)");
        assertThat(fetch(browser, "compliance-pdf")).startsWith("application/pdf").endsWith("%PDF-");
        assertThat(fetch(browser, "compliance-pdf-letter")).startsWith("application/pdf");
        // the picture the report prints: twelve bars, October (its outage) red
        assertThat(browser.js("return arguments[0].querySelectorAll('rect[data-month]').length",
                browser.element("attainment-chart"))).isEqualTo(12L);
        assertThat(browser.js("return arguments[0].querySelector('rect[data-month=\\'2026-10\\']').getAttribute('fill')",
                browser.element("attainment-chart"))).isEqualTo("#c62828");
    }
}
