package com.continuity.ui;

import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import com.continuity.support.Browser;
import com.continuity.support.BrowserSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inventory views in a real browser against the running app. Every outcome the UI shows is checked in the
 * database too, so no test can pass on what the page merely displays.
 */
@AppTest
class InventoryBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = browsers.start(port);
    }

    @Test
    void anEditorAddsAServiceWithADependencyOfTwoPathsAndFindsItInTheGrid() {
        Api.ensureUser(jdbc, "editor-cc", Role.EDITOR, "customer-care");
        browser.login("editor-cc", Api.PASSWORD).open("/services").click("new-service");

        browser.type("service-key", "refund-bot")
                .type("service-name", "Refund bot")
                .type("service-tier", "2")
                .type("service-rto", "30")
                .click("add-dependency")
                .type("dep-0-key", "llm")
                .type("dep-0-name", "Language model")
                .click("dep-0-add-path")
                .click("dep-0-add-path")
                .type("dep-0-path-0-key", "claude")
                .choose("dep-0-path-0-requires", "claude-api")
                .choose("dep-0-path-0-requires", "ai-gateway")
                .type("dep-0-path-1-key", "openai")
                .type("dep-0-path-1-switchover", "5")
                .choose("dep-0-path-1-requires", "openai-api")
                .click("save-service");
        browser.waitForText("Saved refund-bot");

        browser.open("/services").typeWithoutLeaving("services-filter", "refund-bot");
        browser.waitForGridCell("services-grid", "refund-bot");
        browser.waitForGridCell("services-grid", "Refund bot");

        Map<String, Object> service = jdbc.sql("""
                        select s.name, t.key as team, s.tier, s.rto_minutes from business_service s
                        join team t on t.id = s.team_id where s.key = 'refund-bot'""").query().singleRow();
        assertThat(service).containsEntry("name", "Refund bot").containsEntry("team", "customer-care")
                .containsEntry("tier", 2).containsEntry("rto_minutes", 30);
        assertThat(jdbc.sql("""
                        select d.key from dependency d join business_service s on s.id = d.service_id
                        where s.key = 'refund-bot'""").query(String.class).list()).containsExactly("llm");
        List<String> paths = jdbc.sql("""
                        select p.key || ' ' || p.role || ' ' || coalesce(p.switchover_minutes::text, '-') || ' '
                               || (select string_agg(fd.key, ',' order by r.position) from path_requirement r
                                   join failure_domain fd on fd.id = r.domain_id where r.path_id = p.id)
                        from path p join dependency d on d.id = p.dependency_id
                        join business_service s on s.id = d.service_id
                        where s.key = 'refund-bot' order by p.position""").query(String.class).list();
        assertThat(paths).containsExactly("claude PRIMARY - claude-api,ai-gateway", "openai FALLBACK 5 openai-api");
    }

    @Test
    void anEditorSetsAContactAndAClientTimeoutAndJitterAndRestReturnsThem() {
        Api.ensureUser(jdbc, "editor-cc", Role.EDITOR, "customer-care");
        jdbc.sql("delete from business_service where key = 'runbook-probe'").update();
        jdbc.sql("""
                insert into business_service (key, name, team_id, tier)
                select 'runbook-probe', 'Runbook probe', id, 2 from team where key = 'customer-care'""").update();
        browser.login("editor-cc", Api.PASSWORD).open("/services/runbook-probe");

        browser.click("add-contact")
                .choose("contact-0-role", "on-call")
                .type("contact-0-name", "Care on-call rota")
                .type("contact-0-reach", "pager +1 555 0142")
                .click("add-dependency")
                .type("dep-0-key", "llm")
                .type("dep-0-name", "Language model")
                .type("dep-0-error-rate", "0.1")
                .type("dep-0-timeout", "2500")
                .type("dep-0-max-retries", "3")
                .choose("dep-0-jitter", "full")
                .click("dep-0-add-path")
                .type("dep-0-path-0-key", "claude")
                .choose("dep-0-path-0-requires", "claude-api")
                .click("save-service");
        browser.waitForText("Saved runbook-probe");

        String json = Api.admin(port).get("/api/v1/services/runbook-probe").body();
        assertThat(json).contains(
                "\"contacts\":[{\"role\":\"on-call\",\"name\":\"Care on-call rota\",\"reach\":\"pager +1 555 0142\"}]",
                "\"errorRatePercent\":0.1,", "\"timeoutMs\":2500,", "\"maxRetries\":3,", "\"jitter\":\"full\"",
                "\"version\":2");
        assertThat(jdbc.sql("""
                        select d.timeout_ms || ' ' || d.jitter from dependency d join business_service s on s.id = d.service_id
                        where s.key = 'runbook-probe'""").query(String.class).single()).isEqualTo("2500 FULL");

        // the page shown after the save holds what was stored, and an invalid setting is shown on its field
        assertThat(browser.input("contact-0-name").getDomProperty("value")).isEqualTo("Care on-call rota");
        browser.type("dep-0-backoff-base", "500").type("dep-0-backoff-cap", "100").click("save-service");
        browser.waitForText("backoffCapMs must be at least backoffBaseMs");
        assertThat(browser.element("dep-0-backoff-cap").getAttribute("invalid")).isNotNull();
        jdbc.sql("delete from business_service where key = 'runbook-probe'").update();
    }

    @Test
    void aViewerSeesTheSampleChatbotsContactsAndProtectionReadOnly() {
        Api.ensureUser(jdbc, "viewer-browser", Role.VIEWER);
        browser.login("viewer-browser", Api.PASSWORD).open("/services/help-chat");

        assertThat(browser.input("contact-1-name").getDomProperty("value")).isEqualTo("Customer Care AI on-call rota");
        assertThat(browser.input("dep-0-timeout").getDomProperty("value")).isEqualTo("20000");
        for (String field : List.of("contact-0-role", "contact-0-name", "contact-0-reach", "dep-0-error-rate",
                "dep-0-timeout", "dep-0-jitter", "dep-0-breaker-open")) {
            assertThat(browser.isReadOnly(field)).as(field).isTrue();
        }
        assertThat(browser.isDisplayed("add-contact")).as("the Add contact button").isFalse();
        assertThat(browser.isButtonDisplayed("Remove contact")).as("the Remove contact button").isFalse();
        assertThat(browser.input("dep-0-path-2-plan-0-owner").getDomProperty("value")).isEqualTo("Dana Whitfield");
        assertThat(browser.input("dep-0-path-2-plan-0-date").getDomProperty("value")).isEqualTo("2026-12-08");
        for (String field : List.of("dep-0-path-2-plan-0-date", "dep-0-path-2-plan-0-owner", "dep-0-path-2-plan-0-scenario")) {
            assertThat(browser.isReadOnly(field)).as(field).isTrue();
        }
        assertThat(browser.isButtonDisplayed("Remove planned drill")).as("the Remove planned drill button").isFalse();
    }

    @Test
    void anEditorPlansADrillOnAFallbackThenRemovesItAndCannotPlanOneOnThePrimary() {
        Api.ensureUser(jdbc, "editor-cc", Role.EDITOR, "customer-care");
        browser.login("editor-cc", Api.PASSWORD).open("/services/email-triage");

        browser.click("dep-0-path-1-plan-drill")
                .type("dep-0-path-1-plan-0-date", "2026-12-10")
                .type("dep-0-path-1-plan-0-owner", "Marcus (SRE)")
                .type("dep-0-path-1-plan-0-scenario", "block openai-api at the gateway for 15 min")
                .click("save-service");
        browser.waitForText("Saved email-triage");
        assertThat(plannedDrills("email-triage"))
                .containsExactly("gpt-direct 2026-12-10 Marcus (SRE): block openai-api at the gateway for 15 min");
        assertThat(browser.input("dep-0-path-1-plan-0-owner").getDomProperty("value")).isEqualTo("Marcus (SRE)");

        browser.click("dep-0-path-1-plan-0-remove").click("save-service");
        await().atMost(Duration.ofSeconds(10)).until(() -> plannedDrills("email-triage").isEmpty());
        assertThat(browser.isDisplayed("dep-0-path-1-plan-0-owner")).as("the removed plan's owner").isFalse();

        browser.click("dep-0-path-0-plan-drill")
                .type("dep-0-path-0-plan-0-date", "2026-12-11")
                .type("dep-0-path-0-plan-0-owner", "Marcus (SRE)")
                .click("save-service");
        browser.waitForText("is the primary, and only a fallback is drilled");
        assertThat(browser.element("dep-0-path-0-role").getAttribute("invalid")).isNotNull();
        assertThat(plannedDrills("email-triage")).isEmpty();
    }

    private List<String> plannedDrills(String service) {
        return jdbc.sql("""
                        select p.key || ' ' || pd.date || ' ' || pd.owner || coalesce(': ' || pd.scenario, '')
                        from planned_drill pd join path p on p.id = pd.path_id join dependency d on d.id = p.dependency_id
                        join business_service s on s.id = d.service_id where s.key = ? order by p.position, pd.position""")
                .param(service).query(String.class).list();
    }

    @Test
    void aViewerCannotAddAService() {
        Api.ensureUser(jdbc, "viewer-browser", Role.VIEWER);
        long services = countServices();
        browser.login("viewer-browser", Api.PASSWORD).open("/services");
        browser.element("services-grid");
        assertThat(browser.isDisplayed("new-service")).as("the New service button").isFalse();

        browser.open("/services/new");
        assertThat(browser.element("read-only-note").getText()).startsWith("Read-only");
        assertThat(browser.isDisplayed("save-service")).as("the Save button").isFalse();
        assertThat(browser.isDisplayed("add-dependency")).as("the Add dependency button").isFalse();
        for (String field : List.of("service-key", "service-name", "service-team", "service-tier", "service-rto",
                "service-cost", "service-currency", "service-owner")) {
            assertThat(browser.isReadOnly(field)).as(field).isTrue();
        }
        assertThat(countServices()).isEqualTo(services);
    }

    @Test
    void aViewerSeesTheDependenciesAndPathsOfAServiceReadOnly() {
        Api.ensureUser(jdbc, "viewer-browser", Role.VIEWER);
        browser.login("viewer-browser", Api.PASSWORD).open("/services/email-triage");

        assertThat(browser.element("read-only-note").getText()).contains("customer-care");
        assertThat(browser.input("dep-0-key").getDomProperty("value")).isEqualTo("classification");
        assertThat(browser.input("dep-0-path-0-key").getDomProperty("value")).isEqualTo("claude-on-bedrock");
        assertThat(browser.input("dep-0-path-1-key").getDomProperty("value")).isEqualTo("gpt-direct");
        assertThat(browser.input("dep-0-path-1-switchover").getDomProperty("value")).isEqualTo("30");
        assertThat(browser.js("return arguments[0].selectedItems.map(i => i.label !== undefined ? i.label : i)",
                browser.element("dep-0-path-1-requires"))).isEqualTo(List.of("openai-api"));
        assertThat(browser.isDisplayed("save-service")).as("the Save button").isFalse();
        assertReadOnlyEditor();
    }

    @Test
    void anEditorSeesAnotherTeamsServiceReadOnly() {
        Api.ensureUser(jdbc, "editor-cc", Role.EDITOR, "customer-care");
        browser.login("editor-cc", Api.PASSWORD).open("/services/campaign-copy");

        assertThat(browser.element("read-only-note").getText()).contains("marketing");
        assertThat(browser.input("service-name").getDomProperty("value")).isEqualTo("Campaign copy generation");
        assertThat(browser.isDisplayed("save-service")).as("the Save button").isFalse();
        assertReadOnlyEditor();

        // the same checks see an editable editor on the editor's own team: they can tell the two apart
        browser.open("/services/email-triage");
        assertThat(browser.input("service-name").getDomProperty("value")).isEqualTo("Inbound e-mail triage");
        assertThat(browser.isDisplayed("read-only-note")).as("the read-only note").isFalse();
        assertThat(browser.isDisplayed("save-service")).as("the Save button").isTrue();
        for (String field : List.of("service-name", "dep-0-key", "dep-0-path-0-key", "dep-0-path-0-requires")) {
            assertThat(browser.isReadOnly(field)).as(field).isFalse();
        }
        for (String button : List.of("Add path", "Remove path", "Log drill", "Remove drill", "Plan drill",
                "Remove dependency")) {
            assertThat(browser.isButtonDisplayed(button)).as("the " + button + " button").isTrue();
        }
    }

    /** The open service (with a dependency and paths) shows its values in read-only fields and offers no change. */
    private void assertReadOnlyEditor() {
        for (String field : List.of("service-key", "service-name", "service-team", "service-tier", "service-rto",
                "service-cost", "service-currency", "dep-0-key", "dep-0-name", "dep-0-path-0-key",
                "dep-0-path-0-role", "dep-0-path-0-activation", "dep-0-path-0-switchover", "dep-0-path-0-capacity",
                "dep-0-path-0-requires")) {
            assertThat(browser.isReadOnly(field)).as(field).isTrue();
        }
        assertThat(browser.isDisplayed("add-dependency")).as("the Add dependency button").isFalse();
        for (String button : List.of("Add path", "Remove path", "Log drill", "Remove drill", "Plan drill",
                "Remove dependency")) {
            assertThat(browser.isButtonDisplayed(button)).as("the " + button + " button").isFalse();
        }
    }

    @Test
    void aStaleSaveShowsTheConflictMessageAndKeepsTheOtherEdit() {
        Api.ensureUser(jdbc, "manager-browser", Role.MANAGER);
        jdbc.sql("""
                insert into business_service (key, name, team_id, tier)
                select 'stale-probe', 'Stale probe', id, 3 from team where key = 'customer-care'""").update();
        browser.login("manager-browser", Api.PASSWORD).open("/services/stale-probe");
        assertThat(browser.input("service-name").getDomProperty("value")).isEqualTo("Stale probe");

        jdbc.sql("update business_service set name = 'Changed elsewhere', version = version + 1 where key = 'stale-probe'")
                .update();
        browser.type("service-name", "Changed here").click("save-service");

        assertThat(browser.waitForText("was changed by someone else").getText()).contains("stale-probe");
        assertThat(jdbc.sql("select name from business_service where key = 'stale-probe'").query(String.class).single())
                .isEqualTo("Changed elsewhere");
    }

    @Test
    void aFieldAtFaultShowsItsMessage() {
        Api.ensureUser(jdbc, "manager-browser", Role.MANAGER);
        browser.login("manager-browser", Api.PASSWORD).open("/services/new");
        browser.type("service-key", "tier-nine")
                .type("service-name", "Tier nine")
                .type("service-tier", "9")
                .click("save-service");

        browser.waitForText("tier must be between 1 and 4");
        assertThat(browser.element("service-tier").getAttribute("invalid")).isNotNull();
        assertThat(browser.element("service-tier").getText()).contains("tier");
        assertThat(jdbc.sql("select count(*) from business_service where key = 'tier-nine'").query(Long.class).single())
                .isZero();
    }

    private long countServices() {
        return jdbc.sql("select count(*) from business_service").query(Long.class).single();
    }
}
