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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio page: a manager uploads a file and sees what was stored, or every error with its line. */
@AppTest
class PortfolioBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    Browser browser;

    @BeforeEach
    void startBrowser() {
        Api.ensureUser(jdbc, "upload-manager", Role.MANAGER);
        browser = browsers.start(port).login("upload-manager", Api.PASSWORD).open("/portfolio");
    }

    @AfterEach
    void restoreTheSample() {
        Api.restoreSample(port);
    }

    @Test
    void aManagerUploadsAPortfolioAndSeesWhatWasImported() throws IOException {
        String current = Api.admin(port).get("/api/v1/portfolio").body();
        upload(current.replace("name: Marketing\n", "name: Marketing by upload\n"), "portfolio.yaml");

        browser.waitForText("Imported: 3 teams");
        assertThat(Api.admin(port).get("/api/v1/teams/marketing").body()).contains("Marketing by upload");
    }

    @Test
    void aBadUploadListsEveryErrorWithItsLineAndChangesNothing() throws IOException {
        String before = Api.admin(port).get("/api/v1/portfolio").body();
        upload(before.replace("tier: 2", "tier: 9").replace("key: marketing", "key: customer-care"), "bad.yaml");

        browser.waitForText("Nothing was imported");
        browser.waitForGridCell("import-errors", "tier must be between 1 and 4; got 9");
        browser.waitForGridCell("import-errors", "duplicate team key 'customer-care': teams[0] already uses it");
        assertThat(Api.admin(port).get("/api/v1/portfolio").body()).isEqualTo(before);
    }

    @Test
    void aViewerCanDownloadButNotUpload() {
        Api.ensureUser(jdbc, "download-viewer", Role.VIEWER);
        browser = browsers.start(port).login("download-viewer", Api.PASSWORD).open("/portfolio");
        assertThat(browser.element("download-yaml").getAttribute("href")).isNotBlank();
        assertThat(browser.driver().findElements(By.id("portfolio-upload"))).isEmpty();
    }

    /** Hands a file to the upload's file input (inside its shadow root) as a user picking it would. */
    private void upload(String content, String fileName) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(fileName);
        Files.writeString(file, content);
        WebElement upload = browser.element("portfolio-upload");
        WebElement input = (WebElement) browser.js("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');""", upload);
        browser.js("arguments[0].removeAttribute('hidden'); arguments[0].style.display = 'block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
