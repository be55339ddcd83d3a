package com.continuity.inventory.portfolio;

import com.continuity.inventory.Portfolio;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioRoundTripTest {

    private final PortfolioReader reader = new PortfolioReader();
    private final PortfolioWriter writer = new PortfolioWriter();

    private Portfolio read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writingWhatWasReadAsYamlThenReadingItAgainGivesTheSameText() {
        String written = writer.toYaml(read(PortfolioReaderTest.VALID));

        assertThat(writer.toYaml(read(written))).isEqualTo(written);
    }

    @Test
    void writingWhatWasReadAsJsonThenReadingItAgainGivesTheSameText() {
        String written = writer.toJson(read(PortfolioReaderTest.VALID));

        assertThat(writer.toJson(read(written))).isEqualTo(written);
    }

    @Test
    void contactsDetectionAndProtectionSurviveTheRoundTripInYamlAndJson() {
        Portfolio portfolio = read(RunbookSettingsFormatTest.WITH_SETTINGS);
        String yaml = writer.toYaml(portfolio);
        String json = writer.toJson(portfolio);

        assertThat(portfolio.services().getFirst().contacts()).hasSize(2);
        assertThat(read(yaml)).isEqualTo(portfolio);
        assertThat(read(json)).isEqualTo(portfolio);
        assertThat(writer.toYaml(read(yaml))).isEqualTo(yaml);
        assertThat(writer.toJson(read(json))).isEqualTo(json);
    }

    @Test
    void plannedDrillsSurviveTheRoundTripInYamlAndJson() {
        Portfolio portfolio = read(PlannedDrillsFormatTest.WITH_PLANS);
        String yaml = writer.toYaml(portfolio);
        String json = writer.toJson(portfolio);

        assertThat(portfolio.services().getFirst().dependencies().getFirst().paths().get(1).plannedDrills()).hasSize(2);
        assertThat(read(yaml)).isEqualTo(portfolio);
        assertThat(read(json)).isEqualTo(portfolio);
        assertThat(writer.toYaml(read(yaml))).isEqualTo(yaml);
        assertThat(writer.toJson(read(json))).isEqualTo(json);
    }

    @Test
    void aPortfolioWrittenAsYamlReadsBackEqual() {
        Portfolio portfolio = read(PortfolioReaderTest.VALID);

        assertThat(read(writer.toYaml(portfolio))).isEqualTo(portfolio);
    }

    @Test
    void aPortfolioWrittenAsJsonReadsBackEqual() {
        Portfolio portfolio = read(PortfolioReaderTest.VALID);

        assertThat(read(writer.toJson(portfolio))).isEqualTo(portfolio);
    }

    @Test
    void yamlIsWrittenInTheExamplesShapeWithoutVersionsOrEmptyOptionalFields() {
        String yaml = writer.toYaml(read(PortfolioReaderTest.VALID));

        assertThat(yaml).startsWith("apiVersion: continuity/v1\nkind: Portfolio\nteams:\n  - key: support\n    name: Customer Support\n")
                .contains("    downtimeCostPerHour: 12000.50\n    currency: USD\n")
                .contains("              - date: 2026-10-02\n                result: passed\n")
                .contains("    availability: 0.995\n")
                .doesNotContain("version", "statusPage: null", "drills: []", "owner");
    }

    @Test
    void jsonIsPrettyPrintedWithTwoSpaces() {
        String json = writer.toJson(read(PortfolioReaderTest.VALID));

        assertThat(json).startsWith("{\n  \"apiVersion\": \"continuity/v1\",\n  \"kind\": \"Portfolio\",\n  \"teams\": [\n    {\n"
                + "      \"key\": \"support\",\n").contains("\"downtimeCostPerHour\": 12000.50,").endsWith("}\n");
    }

    @Test
    void randomPortfoliosReadBackEqualFromYamlAndFromJson() {
        RandomPortfolios portfolios = new RandomPortfolios(20260218);
        int plannedDrills = 0;
        for (int i = 0; i < 300; i++) {
            Portfolio portfolio = portfolios.next();
            plannedDrills += (int) portfolio.services().stream().flatMap(s -> s.dependencies().stream())
                    .flatMap(d -> d.paths().stream()).mapToLong(p -> p.plannedDrills().size()).sum();
            String yaml = writer.toYaml(portfolio);
            String json = writer.toJson(portfolio);

            assertThat(read(yaml)).as("portfolio %d from YAML:%n%s", i, yaml).isEqualTo(portfolio);
            assertThat(read(json)).as("portfolio %d from JSON:%n%s", i, json).isEqualTo(portfolio);
            assertThat(writer.toYaml(read(yaml))).isEqualTo(yaml);
            assertThat(writer.toJson(read(json))).isEqualTo(json);
        }
        assertThat(plannedDrills).as("planned drills drawn").isGreaterThan(100);
    }

    @Test
    void randomPortfoliosAreValid() {
        RandomPortfolios portfolios = new RandomPortfolios(7);
        for (int i = 0; i < 100; i++) {
            assertThat(PortfolioValidator.validate(portfolios.next())).isEmpty();
        }
    }
}
