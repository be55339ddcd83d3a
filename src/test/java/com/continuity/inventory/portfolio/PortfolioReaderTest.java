package com.continuity.inventory.portfolio;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.DomainKind;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.Provider;
import com.continuity.security.Team;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class PortfolioReaderTest {

    /** A small valid portfolio; each test breaks one thing in it. */
    static final String VALID = """
            apiVersion: continuity/v1
            kind: Portfolio
            teams:
              - key: support
                name: Customer Support
            providers:
              - key: anthropic
                name: Anthropic
                statusPage: https://status.claude.com
              - key: aws
                name: Amazon Web Services
            failureDomains:
              - key: anthropic-api
                name: Claude API
                kind: provider-api
                provider: anthropic
                availability: 0.995
                statusComponents: ["Claude API"]
              - key: bedrock-us-east-1
                name: Amazon Bedrock in us-east-1
                kind: region
                provider: aws
            services:
              - key: support-chatbot
                name: Support chatbot
                team: support
                tier: 1
                rtoMinutes: 15
                downtimeCostPerHour: 12000.50
                currency: USD
                dependencies:
                  - key: answer-generation
                    name: Answer generation
                    paths:
                      - key: claude-direct
                        role: primary
                        requires: [anthropic-api]
                      - key: claude-via-bedrock
                        role: fallback
                        activation: manual
                        switchoverMinutes: 30
                        capacityPercent: 100
                        requires: [bedrock-us-east-1]
                        drills:
                          - date: 2026-10-02
                            result: passed
                            switchoverMinutes: 20
            """;

    private final PortfolioReader reader = new PortfolioReader();

    @Test
    void aValidSmallDocumentReadsIntoTheExpectedRecords() {
        Portfolio portfolio = read(VALID);

        assertThat(portfolio.teams()).containsExactly(new Team("support", "Customer Support"));
        assertThat(portfolio.providers()).containsExactly(
                new Provider("anthropic", "Anthropic", "https://status.claude.com", null),
                new Provider("aws", "Amazon Web Services", null, null));
        assertThat(portfolio.failureDomains()).containsExactly(
                new FailureDomain("anthropic-api", "Claude API", DomainKind.PROVIDER_API, "anthropic", 0.995, List.of("Claude API")),
                new FailureDomain("bedrock-us-east-1", "Amazon Bedrock in us-east-1", DomainKind.REGION, "aws", null, List.of()));
        assertThat(portfolio.services()).containsExactly(new BusinessService("support-chatbot", "Support chatbot", "support",
                1, 15, null, null, new BigDecimal("12000.50"), "USD", null, List.of(new Dependency("answer-generation",
                "Answer generation", List.of(
                new Path("claude-direct", PathRole.PRIMARY, null, null, null, List.of("anthropic-api"), List.of()),
                new Path("claude-via-bedrock", PathRole.FALLBACK, Activation.MANUAL, 30, 100, List.of("bedrock-us-east-1"),
                        List.of(new Drill(LocalDate.of(2026, 10, 2), DrillResult.PASSED, 20, null)))))), 0));
    }

    @Test
    void moneyKeepsItsScaleAndNeverPassesThroughADouble() {
        BusinessService service = read(VALID.replace("12000.50", "999999999999999.9999")).services().getFirst();

        assertThat(service.downtimeCostPerHour()).isEqualTo(new BigDecimal("999999999999999.9999"));
        assertThat(new BigDecimal(Double.toString(new BigDecimal("999999999999999.9999").doubleValue())))
                .as("a double could not have carried it").isNotEqualTo(service.downtimeCostPerHour());
    }

    @Test
    void wordsThatYamlWouldTakeForBooleansOrNumbersStayText() {
        Portfolio portfolio = read(VALID.replace("name: Customer Support", "name: yes").replace("name: Anthropic", "name: 2026"));

        assertThat(portfolio.teams().getFirst().name()).isEqualTo("yes");
        assertThat(portfolio.providers().getFirst().name()).isEqualTo("2026");
    }

    @Test
    void malformedYamlIsReportedWithTheLineOfTheProblem() {
        String broken = VALID.replace("requires: [anthropic-api]", "requires: [anthropic-api");

        assertSingleError(broken, "$", lineOf(broken, "- key: claude-via-bedrock"), "not valid YAML or JSON");
    }

    @Test
    void malformedJsonIsReportedWithTheLineOfTheProblem() {
        String broken = """
                {
                  "apiVersion": "continuity/v1",
                  "kind": "Portfolio",
                  "teams": [ {"key": "a" "name": "A"} ]
                }
                """;

        assertSingleError(broken, "$", 4, "not valid YAML or JSON");
    }

    @Test
    void aDocumentThatIsNotAMappingIsRefused() {
        assertSingleError("- apiVersion: continuity/v1\n", "$", 1, "must be a mapping of fields; got a list");
    }

    @Test
    void anEmptyDocumentIsRefused() {
        assertSingleError("# nothing here\n", "$", null, "the document is empty");
    }

    @Test
    void aWrongApiVersionIsReported() {
        assertSingleError(VALID.replace("continuity/v1", "continuity/v2"), "apiVersion", 1, "got 'continuity/v2'");
    }

    @Test
    void aWrongKindIsReported() {
        assertSingleError(VALID.replace("kind: Portfolio", "kind: Inventory"), "kind", 2, "kind must be Portfolio; got 'Inventory'");
    }

    @Test
    void aMissingApiVersionIsReported() {
        assertSingleError(VALID.replace("apiVersion: continuity/v1\n", ""), "apiVersion", 1, "'apiVersion' is missing");
    }

    @Test
    void anUnknownTopLevelFieldIsReportedByName() {
        String doc = VALID + "owners: []\n";

        assertSingleError(doc, "owners", lineOf(doc, "owners:"), "unknown field 'owners'");
    }

    @Test
    void anUnknownNestedFieldIsReportedByNameWithTheAllowedOnes() {
        String doc = VALID.replace("capacityPercent: 100", "capacityPercent: 100\n            colour: red");

        assertSingleError(doc, "services[0].dependencies[0].paths[1].colour", lineOf(doc, "colour: red"),
                "unknown field 'colour' in a path; the fields are key, role, activation");
    }

    @Test
    void aFieldWrittenTwiceIsReported() {
        String doc = VALID.replace("tier: 1", "tier: 1\n    tier: 2");

        assertSingleError(doc, "services[0].tier", lineOf(doc, "tier: 2"), "appears twice");
    }

    @Test
    void aMissingRequiredFieldIsReportedOnTheLineOfItsObject() {
        String doc = withoutLine(VALID, "name: Support chatbot");

        assertSingleError(doc, "services[0].name", lineOf(doc, "- key: support-chatbot"), "'name' is missing from this service");
    }

    @Test
    void aFailureDomainWithoutKindIsReportedButOneWithoutProviderIsFine() {
        String doc = withoutLine(withoutLine(VALID, "kind: region"), "provider: aws");

        assertSingleError(doc, "failureDomains[1].kind", lineOf(doc, "- key: bedrock-us-east-1"), "'kind' is missing");
    }

    @Test
    void aPathWithoutRoleIsReported() {
        String doc = withoutLine(VALID, "role: fallback");

        assertSingleError(doc, "services[0].dependencies[0].paths[1].role", lineOf(doc, "- key: claude-via-bedrock"),
                "'role' is missing from this path");
    }

    @Test
    void aPathWithoutRequiresIsReported() {
        String doc = withoutLine(VALID, "requires: [bedrock-us-east-1]");

        assertSingleError(doc, "services[0].dependencies[0].paths[1].requires", lineOf(doc, "- key: claude-via-bedrock"),
                "'requires' is missing");
    }

    @Test
    void aPathWithEmptyRequiresIsReported() {
        String doc = VALID.replace("requires: [bedrock-us-east-1]", "requires: []");

        assertSingleError(doc, "services[0].dependencies[0].paths[1].requires", lineOf(doc, "requires: []"),
                "must require at least one failure domain");
    }

    @Test
    void aDrillWithoutDateAndResultIsReportedTwice() {
        String doc = withoutLine(withoutLine(VALID, "result: passed"), "switchoverMinutes: 20")
                .replace("- date: 2026-10-02", "- switchoverMinutes: 20");

        List<FieldError> errors = errors(doc);

        int line = lineOf(doc, "- switchoverMinutes: 20");
        assertThat(errors).containsExactly(
                new FieldError("services[0].dependencies[0].paths[1].drills[0].date", line,
                        "the required field 'date' is missing from this drill"),
                new FieldError("services[0].dependencies[0].paths[1].drills[0].result", line,
                        "the required field 'result' is missing from this drill"));
    }

    @Test
    void aWrongTypeIsReportedWithTheValue() {
        String doc = VALID.replace("tier: 1", "tier: abc");

        assertSingleError(doc, "services[0].tier", lineOf(doc, "tier: abc"), "tier must be a whole number; got 'abc'");
    }

    @Test
    void aListWhereTextIsExpectedIsReported() {
        String doc = VALID.replace("name: Customer Support", "name: [Customer, Support]");

        assertSingleError(doc, "teams[0].name", lineOf(doc, "name: [Customer"), "name must be text; got a list");
    }

    @Test
    void anImpossibleDateIsReported() {
        String doc = VALID.replace("2026-10-02", "2026-02-30");

        assertSingleError(doc, "services[0].dependencies[0].paths[1].drills[0].date", lineOf(doc, "2026-02-30"),
                "must be a date such as 2026-10-02; got '2026-02-30'");
    }

    @Test
    void aKeyInTheWrongFormatIsReported() {
        String doc = VALID.replace("key: support-chatbot", "key: Support_Chatbot");

        assertSingleError(doc, "services[0].key", lineOf(doc, "Support_Chatbot"), "key 'Support_Chatbot' must be 1-80 lower-case");
    }

    @Test
    void aDuplicateServiceKeyIsReportedWithItsLine() {
        String second = """
                  - key: support-chatbot
                    name: Second chatbot
                    team: support
                    tier: 2
                """;
        String doc = VALID + second;

        assertSingleError(doc, "services[1].key", lineOf(doc, "name: Second chatbot") - 1,
                "duplicate service key 'support-chatbot': services[0] already uses it");
    }

    @Test
    void duplicateTeamProviderAndFailureDomainKeysAreReported() {
        String doc = VALID
                .replace("    name: Customer Support\n", "    name: Customer Support\n  - key: support\n    name: Again\n")
                .replace("key: aws", "key: anthropic").replace("provider: aws", "provider: anthropic")
                .replace("key: bedrock-us-east-1", "key: anthropic-api").replace("[bedrock-us-east-1]", "[anthropic-api]");

        assertThat(errors(doc)).extracting(FieldError::path, FieldError::message).containsExactly(
                tuple("teams[1].key", "duplicate team key 'support': teams[0] already uses it"),
                tuple("providers[1].key", "duplicate provider key 'anthropic': providers[0] already uses it"),
                tuple("failureDomains[1].key",
                        "duplicate failure domain key 'anthropic-api': failureDomains[0] already uses it"));
    }

    @Test
    void aDuplicateDependencyKeyIsReportedWithinItsServiceOnly() {
        String dependency = """
                      - key: answer-generation
                        name: Again
                        paths:
                          - key: p
                            role: primary
                            requires: [anthropic-api]
                """;
        String otherService = """
                  - key: other
                    name: Other
                    team: support
                    tier: 4
                    dependencies:
                """;
        String doc = VALID + dependency + otherService + dependency;

        assertThat(errors(doc)).containsExactly(new FieldError("services[0].dependencies[1].key",
                lineOf(doc, "name: Again") - 1, "duplicate dependency key 'answer-generation': services[0].dependencies[0] already uses it"));
    }

    @Test
    void aDuplicatePathKeyIsReportedWithinItsDependency() {
        String doc = VALID.replace("key: claude-via-bedrock", "key: claude-direct");

        assertSingleError(doc, "services[0].dependencies[0].paths[1].key", lineOf(doc, "role: fallback") - 1,
                "duplicate path key 'claude-direct'");
    }

    @Test
    void anUnknownTeamIsReportedByItsKey() {
        String doc = VALID.replace("team: support", "team: sales");

        assertSingleError(doc, "services[0].team", lineOf(doc, "team: sales"), "team 'sales' is unknown: no team has that key");
    }

    @Test
    void anUnknownProviderOfAFailureDomainIsReportedByItsKey() {
        String doc = VALID.replace("provider: aws", "provider: amazon");

        assertSingleError(doc, "failureDomains[1].provider", lineOf(doc, "provider: amazon"), "provider 'amazon' is unknown");
    }

    @Test
    void anUnknownParentProviderIsReportedByItsKey() {
        String doc = VALID.replace("name: Amazon Web Services", "name: Amazon Web Services\n    parent: amazon");

        assertSingleError(doc, "providers[1].parent", lineOf(doc, "parent: amazon"), "parent 'amazon' is unknown");
    }

    @Test
    void aKnownParentProviderIsAccepted() {
        Portfolio portfolio = read(VALID.replace("name: Amazon Web Services", "name: Amazon Web Services\n    parent: anthropic"));

        assertThat(portfolio.providers().get(1).parent()).isEqualTo("anthropic");
    }

    @Test
    void anUnknownRequiredFailureDomainIsReportedByItsKey() {
        String doc = VALID.replace("requires: [bedrock-us-east-1]", "requires: [bedrock-us-east-1, bedrock-eu]");

        assertSingleError(doc, "services[0].dependencies[0].paths[1].requires[1]", lineOf(doc, "bedrock-eu"),
                "requires 'bedrock-eu', which is unknown");
    }

    @Test
    void aTierOutsideOneToFourIsReported() {
        String doc = VALID.replace("tier: 1", "tier: 5");

        assertSingleError(doc, "services[0].tier", lineOf(doc, "tier: 5"), "tier must be between 1 and 4; got 5");
    }

    @Test
    void anAvailabilityOfZeroOrAboveOneIsReportedButOneIsAccepted() {
        assertSingleError(VALID.replace("0.995", "0"), "failureDomains[0].availability", lineOf(VALID, "0.995"),
                "above 0 and at most 1");
        assertSingleError(VALID.replace("0.995", "1.5"), "failureDomains[0].availability", lineOf(VALID, "0.995"), "got 1.5");
        assertThat(read(VALID.replace("0.995", "1")).failureDomains().getFirst().availability()).isEqualTo(1.0);
    }

    @Test
    void negativeMinutesAreReportedWherever() {
        String doc = VALID.replace("rtoMinutes: 15", "rtoMinutes: -15\n    rpoMinutes: -1\n    mtpdMinutes: -2")
                .replace("switchoverMinutes: 30", "switchoverMinutes: -30")
                .replace("switchoverMinutes: 20", "switchoverMinutes: -20");

        assertThat(errors(doc)).extracting(FieldError::path, FieldError::line).containsExactly(
                tuple("services[0].rtoMinutes", lineOf(doc, "rtoMinutes: -15")),
                tuple("services[0].rpoMinutes", lineOf(doc, "rpoMinutes: -1")),
                tuple("services[0].mtpdMinutes", lineOf(doc, "mtpdMinutes: -2")),
                tuple("services[0].dependencies[0].paths[1].switchoverMinutes", lineOf(doc, "-30")),
                tuple("services[0].dependencies[0].paths[1].drills[0].switchoverMinutes", lineOf(doc, "-20")));
        assertThat(errors(doc).getFirst().message()).isEqualTo("rtoMinutes must not be negative; got -15");
    }

    @Test
    void aCapacityOutsideZeroToHundredIsReported() {
        String doc = VALID.replace("capacityPercent: 100", "capacityPercent: 101");

        assertSingleError(doc, "services[0].dependencies[0].paths[1].capacityPercent", lineOf(doc, "capacityPercent: 101"),
                "capacityPercent must be between 0 and 100; got 101");
    }

    @Test
    void aNegativeDowntimeCostIsReported() {
        String doc = VALID.replace("12000.50", "-1");

        assertSingleError(doc, "services[0].downtimeCostPerHour", lineOf(doc, "downtimeCostPerHour"), "must not be negative; got -1");
    }

    @Test
    void aDowntimeCostInScientificNotationIsRefused() {
        String doc = VALID.replace("12000.50", "1.2e4");

        assertSingleError(doc, "services[0].downtimeCostPerHour", lineOf(doc, "downtimeCostPerHour"), "plain decimal number");
    }

    @Test
    void aCurrencyThatIsNotAnIso4217CodeIsReported() {
        String doc = VALID.replace("currency: USD", "currency: usd");

        assertSingleError(doc, "services[0].currency", lineOf(doc, "currency: usd"), "ISO 4217 currency code such as USD or EUR; got 'usd'");
    }

    @Test
    void aDowntimeCostWithoutCurrencyIsReported() {
        String doc = withoutLine(VALID, "currency: USD");

        assertSingleError(doc, "services[0].currency", lineOf(doc, "- key: support-chatbot"), "currency is required");
    }

    @Test
    void enumValuesOutsideTheirListNameTheAllowedOnes() {
        String doc = VALID.replace("kind: region", "kind: zone").replace("role: fallback", "role: backup")
                .replace("activation: manual", "activation: sometimes").replace("result: passed", "result: ok");

        assertThat(errors(doc)).containsExactly(
                new FieldError("failureDomains[1].kind", lineOf(doc, "kind: zone"),
                        "kind must be one of provider-api, model, region, gateway, auth, network, account, host, other; got 'zone'"),
                new FieldError("services[0].dependencies[0].paths[1].role", lineOf(doc, "role: backup"),
                        "role must be one of primary, fallback; got 'backup'"),
                new FieldError("services[0].dependencies[0].paths[1].activation", lineOf(doc, "activation: sometimes"),
                        "activation must be one of automatic, manual; got 'sometimes'"),
                new FieldError("services[0].dependencies[0].paths[1].drills[0].result", lineOf(doc, "result: ok"),
                        "result must be one of passed, partial, failed; got 'ok'"));
    }

    @Test
    void aDependencyWithoutPrimaryPathIsReported() {
        String doc = VALID.replace("role: primary", "role: fallback");

        assertSingleError(doc, "services[0].dependencies[0].paths", lineOf(doc, "paths:"),
                "dependency 'answer-generation' has no primary path");
    }

    @Test
    void aDependencyWithTwoPrimaryPathsIsReportedAtTheSecond() {
        String doc = VALID.replace("role: fallback", "role: primary");

        assertSingleError(doc, "services[0].dependencies[0].paths[1].role", lineOf(doc, "activation: manual") - 1,
                "more than one primary path: 'claude-direct' is already primary");
    }

    @Test
    void aReaderNotGivenTheContractsAndIncidentsFormatsRefusesThoseSections() {
        String doc = VALID + "contracts:\n  - key: c\nincidents: []\n";

        assertThat(errors(doc)).containsExactly(
                new FieldError("contracts", lineOf(doc, "contracts:"), "the contracts section is not supported by this "
                        + "reader: it is read by the sla module's section format; remove the section to import the rest"),
                new FieldError("incidents", lineOf(doc, "incidents:"), "the incidents section is not supported by this "
                        + "reader: it is read by the incidents module's section format; remove the section to import the rest"));
    }

    @Test
    void everyErrorIsReportedAtOnceInDocumentOrder() {
        String doc = VALID.replace("kind: Portfolio", "kind: Other").replace("team: support", "team: sales")
                .replace("tier: 1", "tier: abc").replace("capacityPercent: 100", "capacityPercent: 200")
                .replace("result: passed", "result: ok");

        assertThat(errors(doc)).extracting(FieldError::path).containsExactly("kind", "services[0].team", "services[0].tier",
                "services[0].dependencies[0].paths[1].capacityPercent", "services[0].dependencies[0].paths[1].drills[0].result");
    }

    @Test
    void anEntryThatIsNotAMappingIsReportedOnceAndLaterEntriesKeepTheirPositions() {
        String doc = VALID.replace("teams:\n", "teams:\n  - just-a-word\n").replace("team: support", "team: sales");

        assertThat(errors(doc)).containsExactly(
                new FieldError("teams[0]", 4, "a team must be a mapping of fields; got 'just-a-word'"),
                new FieldError("services[0].team", lineOf(doc, "team: sales"), "team 'sales' is unknown: no team has that key"));
    }

    @Test
    void jsonIsReadTooEvenIndentedWithTabs() {
        String json = "{\n\t\"apiVersion\": \"continuity/v1\",\n\t\"kind\": \"Portfolio\",\n\t\"teams\": [{\"key\": \"a\", \"name\": \"A\\tB\"}]\n}";

        assertThat(read(json).teams()).containsExactly(new Team("a", "A\tB"));
    }

    @Test
    void tooManyAliasesAreRefusedAsABillionLaughsGuard() {
        StringBuilder doc = new StringBuilder("apiVersion: continuity/v1\nkind: Portfolio\nx0: &a0 [a, a]\n");
        for (int i = 1; i < 60; i++) {
            doc.append("x").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }

        assertThat(errors(doc.toString())).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$");
            assertThat(e.message()).contains("aliases");
        });
    }

    @Test
    void aFloodOfErrorsStopsAtTheLimitAndSaysSo() {
        StringBuilder doc = new StringBuilder(VALID.replace("teams:\n", "teams:\n" + "  - {}\n".repeat(Problems.MAX_ERRORS)));

        List<FieldError> errors = errors(doc.toString());

        assertThat(errors).hasSize(Problems.MAX_ERRORS + 1);
        assertThat(errors.getLast().message()).startsWith("stopped after 1000 errors");
    }

    private Portfolio read(String document) {
        return reader.read(document.getBytes(StandardCharsets.UTF_8));
    }

    private List<FieldError> errors(String document) {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> read(document));
        assertThat(refused).as("the document should have been refused").isNotNull();
        return refused.errors();
    }

    private void assertSingleError(String document, String path, Integer line, String messageFragment) {
        assertThat(errors(document)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo(path);
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.message()).contains(messageFragment);
        });
    }

    /** The document without the (first) line containing {@code fragment}. */
    static String withoutLine(String document, String fragment) {
        int at = document.indexOf(fragment);
        assertThat(at).as("fragment %s in the document", fragment).isNotNegative();
        int start = document.lastIndexOf('\n', at) + 1;
        return document.substring(0, start) + document.substring(document.indexOf('\n', at) + 1);
    }

    /** The 1-based line of the first occurrence of {@code fragment}. */
    static int lineOf(String document, String fragment) {
        int at = document.indexOf(fragment);
        assertThat(at).as("fragment %s in the document", fragment).isNotNegative();
        return (int) document.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void lineOfCountsFromOne() {
        assertThatThrownBy(() -> lineOf("a", "b")).isInstanceOf(AssertionError.class);
        assertThat(lineOf("a\nb", "b")).isEqualTo(2);
    }
}
