package com.continuity.inventory.portfolio;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Contact;
import com.continuity.inventory.ContactRole;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Detection;
import com.continuity.inventory.Jitter;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.Protection;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.continuity.inventory.portfolio.PortfolioReaderTest.lineOf;
import static com.continuity.inventory.portfolio.PortfolioReaderTest.withoutLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** A service's contacts and a dependency's detection and protection in the portfolio file: read, checked, written. */
class RunbookSettingsFormatTest {

    /** {@link PortfolioReaderTest#VALID} with every runbook setting given. */
    static final String WITH_SETTINGS = PortfolioReaderTest.VALID
            .replace("    currency: USD\n", """
                        currency: USD
                        contacts:
                          - role: owner
                            name: Dana Whitfield
                            reach: dana@example.com
                          - role: on-call
                            name: Support on-call rota
                            reach: "+1 555 0100 (pager)"
                    """)
            .replace("        name: Answer generation\n", """
                            name: Answer generation
                            detection:
                              errorRatePercent: 0.10
                              latencyMs: 8000
                              windowMinutes: 5
                            protection:
                              timeoutMs: 30000
                              maxRetries: 3
                              backoffBaseMs: 200
                              backoffCapMs: 5000
                              jitter: full
                              retryBudgetPercent: 10
                              breakerFailureRatePercent: 50
                              breakerMinimumCalls: 20
                              breakerOpenSeconds: 60
                    """);

    private final PortfolioReader reader = new PortfolioReader();
    private final PortfolioWriter writer = new PortfolioWriter();

    @Test
    void contactsDetectionAndProtectionReadIntoTheRecords() {
        BusinessService service = read(WITH_SETTINGS).services().getFirst();

        assertThat(service.contacts()).containsExactly(
                new Contact(ContactRole.OWNER, "Dana Whitfield", "dana@example.com"),
                new Contact(ContactRole.ON_CALL, "Support on-call rota", "+1 555 0100 (pager)"));
        Dependency dependency = service.dependencies().getFirst();
        assertThat(dependency.detection()).isEqualTo(new Detection(new BigDecimal("0.10"), 8000, 5));
        assertThat(dependency.protection()).isEqualTo(new Protection(30000, 3, 200, 5000, Jitter.FULL, 10, 50, 20, 60));
    }

    @Test
    void withoutTheBlocksADependencyHasNoneAndAServiceNoContacts() {
        BusinessService service = read(PortfolioReaderTest.VALID).services().getFirst();

        assertThat(service.contacts()).isEmpty();
        assertThat(service.dependencies().getFirst().detection()).isSameAs(Detection.NONE);
        assertThat(service.dependencies().getFirst().protection()).isSameAs(Protection.NONE);
    }

    @Test
    void emptyBlocksAreReadAsNothingAndLeftOutOnWrite() {
        String doc = PortfolioReaderTest.VALID.replace("    currency: USD\n", "    currency: USD\n    contacts: []\n")
                .replace("        name: Answer generation\n",
                        "        name: Answer generation\n        detection: {}\n        protection: {}\n");
        Portfolio portfolio = read(doc);

        assertThat(portfolio).isEqualTo(read(PortfolioReaderTest.VALID));
        assertThat(writer.toYaml(portfolio)).doesNotContain("contacts", "detection", "protection");
    }

    @Test
    void aPartialBlockKeepsOnlyWhatIsGiven() {
        String doc = PortfolioReaderTest.VALID.replace("        name: Answer generation\n",
                "        name: Answer generation\n        protection:\n          maxRetries: 3\n");
        Portfolio portfolio = read(doc);

        assertThat(portfolio.services().getFirst().dependencies().getFirst().protection())
                .isEqualTo(new Protection(null, 3, null, null, null, null, null, null, null));
        assertThat(writer.toYaml(portfolio)).contains("        protection:\n          maxRetries: 3\n        paths:\n");
    }

    @Test
    void theSettingsAreWrittenInTheirPlaceKeepingThePercentAsWritten() {
        Portfolio portfolio = read(WITH_SETTINGS);
        String yaml = writer.toYaml(portfolio);
        String json = writer.toJson(portfolio);

        assertThat(yaml).contains("    currency: USD\n    contacts:\n      - role: owner\n        name: Dana Whitfield\n"
                        + "        reach: dana@example.com\n      - role: on-call\n")
                .contains("        detection:\n          errorRatePercent: 0.10\n          latencyMs: 8000\n")
                .contains("          jitter: full\n")
                .contains("          breakerOpenSeconds: 60\n        paths:\n");
        assertThat(json).contains("\"errorRatePercent\": 0.10,", "\"jitter\": \"full\",", "\"role\": \"on-call\",");
        // that they read back equal, in both formats, is PortfolioRoundTripTest's
    }

    @Test
    void unknownFieldsInTheNewBlocksAreRefusedWithTheAllowedOnes() {
        String doc = WITH_SETTINGS.replace("reach: dana@example.com", "reach: dana@example.com\n        phone: 1")
                .replace("windowMinutes: 5", "windowMinutes: 5\n          p99: 1")
                .replace("jitter: full", "jitter: full\n          retries: 2");

        assertThat(errors(doc)).extracting(FieldError::path, FieldError::line).containsExactly(
                tuple("services[0].contacts[0].phone", lineOf(doc, "phone: 1")),
                tuple("services[0].dependencies[0].detection.p99", lineOf(doc, "p99: 1")),
                tuple("services[0].dependencies[0].protection.retries", lineOf(doc, "retries: 2")));
        assertThat(errors(doc).get(2).message()).contains("unknown field 'retries' in a protection; the fields are timeoutMs");
    }

    @Test
    void aContactNeedsARoleFromTheListANameAndAReach() {
        String doc = withoutLine(withoutLine(WITH_SETTINGS, "name: Dana Whitfield"), "reach: \"+1 555")
                .replace("role: on-call", "role: pager");

        assertThat(errors(doc)).containsExactly(
                new FieldError("services[0].contacts[0].name", lineOf(doc, "- role: owner"),
                        "the required field 'name' is missing from this contact"),
                new FieldError("services[0].contacts[1].role", lineOf(doc, "role: pager"),
                        "role must be one of owner, on-call, vendor-support, escalation, other; got 'pager'"),
                new FieldError("services[0].contacts[1].reach", lineOf(doc, "role: pager"),
                        "the required field 'reach' is missing from this contact"));
    }

    @Test
    void aBlankContactNameIsReportedAsMissing() {
        String doc = WITH_SETTINGS.replace("name: Dana Whitfield", "name: \"  \"");

        assertThat(errors(doc)).extracting(FieldError::path, FieldError::message)
                .containsExactly(tuple("services[0].contacts[0].name", "the required field 'name' is missing"));
    }

    @Test
    void detectionThresholdsOutsideTheirRangesAreReportedAtTheirLines() {
        String doc = WITH_SETTINGS.replace("errorRatePercent: 0.10", "errorRatePercent: 0")
                .replace("latencyMs: 8000", "latencyMs: 0").replace("windowMinutes: 5", "windowMinutes: -5");

        assertThat(errors(doc)).containsExactly(
                new FieldError("services[0].dependencies[0].detection.errorRatePercent", lineOf(doc, "errorRatePercent: 0"),
                        "errorRatePercent must be above 0 and at most 100 (a percentage); got 0"),
                new FieldError("services[0].dependencies[0].detection.latencyMs", lineOf(doc, "latencyMs: 0"),
                        "latencyMs must be at least 1; got 0"),
                new FieldError("services[0].dependencies[0].detection.windowMinutes", lineOf(doc, "windowMinutes: -5"),
                        "windowMinutes must be at least 1; got -5"));
        assertThat(errors(WITH_SETTINGS.replace("errorRatePercent: 0.10", "errorRatePercent: 100.5")))
                .extracting(FieldError::message).containsExactly(
                        "errorRatePercent must be above 0 and at most 100 (a percentage); got 100.5");
        assertThat(errors(WITH_SETTINGS.replace("errorRatePercent: 0.10", "errorRatePercent: 0.00001")))
                .extracting(FieldError::message).containsExactly("errorRatePercent must have at most 4 decimal places; got 0.00001");
        assertThat(read(WITH_SETTINGS.replace("errorRatePercent: 0.10", "errorRatePercent: 100")).services().getFirst()
                .dependencies().getFirst().detection().errorRatePercent()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void protectionSettingsOutsideTheirRangesAreReportedAtTheirLines() {
        String doc = WITH_SETTINGS.replace("timeoutMs: 30000", "timeoutMs: 0").replace("maxRetries: 3", "maxRetries: -1")
                .replace("backoffCapMs: 5000", "backoffCapMs: 100").replace("jitter: full", "jitter: some")
                .replace("retryBudgetPercent: 10", "retryBudgetPercent: 101")
                .replace("breakerFailureRatePercent: 50", "breakerFailureRatePercent: 0")
                .replace("breakerMinimumCalls: 20", "breakerMinimumCalls: 0")
                .replace("breakerOpenSeconds: 60", "breakerOpenSeconds: 0");
        String at = "services[0].dependencies[0].protection.";

        assertThat(errors(doc)).containsExactly(
                new FieldError(at + "timeoutMs", lineOf(doc, "timeoutMs: 0"), "timeoutMs must be at least 1; got 0"),
                new FieldError(at + "maxRetries", lineOf(doc, "maxRetries: -1"), "maxRetries must not be negative; got -1"),
                new FieldError(at + "backoffCapMs", lineOf(doc, "backoffCapMs: 100"),
                        "backoffCapMs must be at least backoffBaseMs (200): the backoff doubles from the base up to the cap; got 100"),
                new FieldError(at + "jitter", lineOf(doc, "jitter: some"), "jitter must be one of full, equal, none; got 'some'"),
                new FieldError(at + "retryBudgetPercent", lineOf(doc, "retryBudgetPercent: 101"),
                        "retryBudgetPercent must be between 0 and 100; got 101"),
                new FieldError(at + "breakerFailureRatePercent", lineOf(doc, "breakerFailureRatePercent: 0"),
                        "breakerFailureRatePercent must be between 1 and 100; got 0"),
                new FieldError(at + "breakerMinimumCalls", lineOf(doc, "breakerMinimumCalls: 0"),
                        "breakerMinimumCalls must be at least 1; got 0"),
                new FieldError(at + "breakerOpenSeconds", lineOf(doc, "breakerOpenSeconds: 0"),
                        "breakerOpenSeconds must be at least 1; got 0"));
    }

    @Test
    void aBlockThatIsNotAMappingIsReportedOnce() {
        String doc = PortfolioReaderTest.VALID.replace("        name: Answer generation\n",
                "        name: Answer generation\n        protection: 30s\n");

        assertThat(errors(doc)).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("services[0].dependencies[0].protection");
            assertThat(e.message()).contains("a protection must be a mapping of fields; got '30s'");
        });
    }

    @Test
    void theValidatorChecksARecordWithBarePathsAsRestAndTheFormDo() {
        BusinessService service = read(WITH_SETTINGS).services().getFirst();
        Dependency d = service.dependencies().getFirst();
        BusinessService broken = new BusinessService(service.key(), service.name(), service.team(), service.tier(),
                service.rtoMinutes(), service.rpoMinutes(), service.mtpdMinutes(), service.downtimeCostPerHour(),
                service.currency(), service.owner(), List.of(new Contact(null, "", null)),
                List.of(new Dependency(d.key(), d.name(), d.paths(), new Detection(new BigDecimal("-1"), null, null),
                        new Protection(null, null, 500, 499, null, null, null, null, null))), 0);

        assertThat(PortfolioValidator.validateService(broken, "", java.util.Set.of("support"),
                java.util.Set.of("anthropic-api", "bedrock-us-east-1"))).extracting(FieldError::path).containsExactly(
                "contacts[0].role", "contacts[0].name", "contacts[0].reach",
                "dependencies[0].detection.errorRatePercent", "dependencies[0].protection.backoffCapMs");
    }

    private Portfolio read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<FieldError> errors(String document) {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> read(document));
        assertThat(refused).as("the document should have been refused").isNotNull();
        return refused.errors();
    }
}
