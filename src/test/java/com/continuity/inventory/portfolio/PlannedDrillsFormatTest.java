package com.continuity.inventory.portfolio;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Path;
import com.continuity.inventory.PlannedDrill;
import com.continuity.inventory.Portfolio;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.continuity.inventory.portfolio.PortfolioReaderTest.lineOf;
import static com.continuity.inventory.portfolio.PortfolioReaderTest.withoutLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Planned drills of a fallback in the portfolio file: read, checked, written. */
class PlannedDrillsFormatTest {

    /** {@link PortfolioReaderTest#VALID} with two drills planned on its fallback, one without a scenario. */
    static final String WITH_PLANS = PortfolioReaderTest.VALID
            + "            plannedDrills:\n"
            + "              - date: 2026-12-10\n"
            + "                owner: \"Dana (SRE)\"\n"
            + "                scenario: block anthropic-api at the gateway for 15 min\n"
            + "              - {date: 2027-03-04, owner: Support on-call rota}\n";

    private static final String PATH = "services[0].dependencies[0].paths[1].";

    private final PortfolioReader reader = new PortfolioReader();
    private final PortfolioWriter writer = new PortfolioWriter();

    @Test
    void plannedDrillsReadIntoTheFallbackNextToItsLoggedDrills() {
        Path fallback = read(WITH_PLANS).services().getFirst().dependencies().getFirst().paths().get(1);

        assertThat(fallback.drills()).hasSize(1);
        assertThat(fallback.plannedDrills()).containsExactly(
                new PlannedDrill(LocalDate.of(2026, 12, 10), "Dana (SRE)", "block anthropic-api at the gateway for 15 min"),
                new PlannedDrill(LocalDate.of(2027, 3, 4), "Support on-call rota", null));
    }

    @Test
    void withoutPlannedDrillsAPathHasNoneAndNoneAreWritten() {
        Portfolio portfolio = read(PortfolioReaderTest.VALID + "            plannedDrills: []\n");

        assertThat(portfolio).isEqualTo(read(PortfolioReaderTest.VALID));
        assertThat(writer.toYaml(portfolio)).doesNotContain("plannedDrills");
        assertThat(writer.toJson(portfolio)).doesNotContain("plannedDrills");
    }

    @Test
    void plannedDrillsAreWrittenAfterTheLoggedOnesInYamlAndJson() {
        Portfolio portfolio = read(WITH_PLANS);

        assertThat(writer.toYaml(portfolio)).endsWith("                switchoverMinutes: 20\n"
                + "            plannedDrills:\n"
                + "              - date: 2026-12-10\n"
                + "                owner: Dana (SRE)\n"
                + "                scenario: block anthropic-api at the gateway for 15 min\n"
                + "              - date: 2027-03-04\n"
                + "                owner: Support on-call rota\n");
        String json = writer.toJson(portfolio);
        assertThat(json).contains("\"plannedDrills\": [", "\"date\": \"2026-12-10\",", "\"owner\": \"Dana (SRE)\",",
                "\"scenario\": \"block anthropic-api at the gateway for 15 min\"");
        assertThat(json.indexOf("\"plannedDrills\"")).isGreaterThan(json.indexOf("\"drills\""));
        // that they read back equal, in both formats, is PortfolioRoundTripTest's
    }

    @Test
    void aPlannedDrillNeedsADateAndAnOwnerAndTakesNoOtherField() {
        String doc = withoutLine(WITH_PLANS, "owner: \"Dana (SRE)\"")
                .replace("{date: 2027-03-04, owner: Support on-call rota}", "{date: next week, owner: Rota, room: 4}");

        assertThat(errors(doc)).containsExactly(
                new FieldError(PATH + "plannedDrills[0].owner", lineOf(doc, "- date: 2026-12-10"),
                        "the required field 'owner' is missing from this planned drill"),
                new FieldError(PATH + "plannedDrills[1].room", lineOf(doc, "room: 4"),
                        "unknown field 'room' in a planned drill; the fields are date, owner, scenario"),
                new FieldError(PATH + "plannedDrills[1].date", lineOf(doc, "date: next week"),
                        "date must be a date such as 2026-10-02; got 'next week'"));
    }

    @Test
    void aBlankOwnerIsReportedAsMissing() {
        String doc = WITH_PLANS.replace("owner: \"Dana (SRE)\"", "owner: \"  \"");

        assertThat(errors(doc)).containsExactly(new FieldError(PATH + "plannedDrills[0].owner",
                lineOf(doc, "owner: \"  \""), "the required field 'owner' is missing"));
    }

    @Test
    void drillsPlannedOnThePrimaryAreRefusedNamingThePathAtItsLine() {
        String doc = PortfolioReaderTest.VALID.replace("            requires: [anthropic-api]\n",
                "            requires: [anthropic-api]\n            plannedDrills: [{date: 2026-12-10, owner: Dana}]\n");

        assertThat(errors(doc)).containsExactly(new FieldError("services[0].dependencies[0].paths[0].plannedDrills",
                lineOf(doc, "plannedDrills:"), "path 'claude-direct' is the primary, and only a fallback is drilled: "
                        + "plan the drills on a fallback, or make this path one"));
    }

    @Test
    void thePlannedDayMayHavePassed() {
        Path fallback = read(WITH_PLANS.replace("2026-12-10", "2020-01-02")).services().getFirst().dependencies()
                .getFirst().paths().get(1);

        assertThat(fallback.plannedDrills().getFirst().date()).isEqualTo(LocalDate.of(2020, 1, 2));
    }

    @Test
    void theValidatorChecksAServiceWithBarePathsAsRestAndTheFormDo() {
        BusinessService service = read(WITH_PLANS).services().getFirst();
        Dependency d = service.dependencies().getFirst();
        Path primary = d.paths().getFirst();
        Path fallback = d.paths().get(1);
        List<PlannedDrill> broken = List.of(new PlannedDrill(null, " ", "nul\0byte"));
        BusinessService withBrokenPlans = new BusinessService(service.key(), service.name(), service.team(),
                service.tier(), service.rtoMinutes(), null, null, service.downtimeCostPerHour(), service.currency(),
                null, List.of(new Dependency(d.key(), d.name(), List.of(
                withPlans(primary, fallback.plannedDrills()), withPlans(fallback, broken)))), 0);

        assertThat(PortfolioValidator.validateService(withBrokenPlans, "", Set.of("support"),
                Set.of("anthropic-api", "bedrock-us-east-1"))).extracting(FieldError::path, FieldError::message)
                .containsExactly(
                        tuple("dependencies[0].paths[0].plannedDrills", "path 'claude-direct' is the primary, and only "
                                + "a fallback is drilled: plan the drills on a fallback, or make this path one"),
                        tuple("dependencies[0].paths[1].plannedDrills[0].date", "the required field 'date' is missing"),
                        tuple("dependencies[0].paths[1].plannedDrills[0].owner", "the required field 'owner' is missing"),
                        tuple("dependencies[0].paths[1].plannedDrills[0].scenario",
                                "scenario must not contain the NUL character"));
    }

    private static Path withPlans(Path p, List<PlannedDrill> plans) {
        return new Path(p.key(), p.role(), p.activation(), p.switchoverMinutes(), p.capacityPercent(), p.requires(),
                p.drills(), plans);
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
