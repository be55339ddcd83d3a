package com.continuity.inventory.portfolio;

import com.continuity.SharedFixtures;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Portfolio;
import com.continuity.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The example in ../shared is the format's reference: what it holds must read, and round-trip. */
class SharedExamplePortfolioTest {

    private final PortfolioReader reader = new PortfolioReader();
    private final PortfolioWriter writer = new PortfolioWriter();
    private String full;

    @BeforeEach
    void readTheSharedExample() throws IOException {
        full = Files.readString(SharedFixtures.require("portfolio-example.yaml"), StandardCharsets.UTF_8);
    }

    /** contracts and incidents are the last two sections; everything from "contracts:" on is cut. */
    private String inventoryOnly() {
        int contracts = full.indexOf("\ncontracts:\n");
        assertThat(contracts).as("a top-level contracts: line").isPositive();
        String rest = full.substring(contracts);
        assertThat(rest.lines().filter(line -> !line.isEmpty() && !Character.isWhitespace(line.charAt(0))
                && !line.startsWith("#") && !line.startsWith("-")))
                .as("only contracts and incidents follow").containsExactly("contracts:", "incidents:");
        return full.substring(0, contracts + 1);
    }

    private Portfolio read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theInventoryOfTheExampleReadsWithTheFactsItStates() {
        Portfolio portfolio = read(inventoryOnly());

        assertThat(portfolio.teams()).hasSize(2);
        assertThat(portfolio.providers()).hasSize(5);
        assertThat(portfolio.failureDomains()).hasSize(7);
        assertThat(portfolio.services()).extracting(BusinessService::key).containsExactly("support-chatbot", "campaign-copy");
        Dependency answers = portfolio.services().getFirst().dependencies().getFirst();
        assertThat(answers.key()).isEqualTo("answer-generation");
        assertThat(answers.paths()).hasSize(3);
        assertThat(answers.paths().get(1).key()).isEqualTo("gpt-via-gateway");
        assertThat(answers.paths().get(1).drills()).containsExactly(
                new Drill(LocalDate.of(2026, 10, 2), DrillResult.PASSED, 1, null));
    }

    @Test
    void theInventoryOfTheExampleRoundTripsInBothFormats() {
        Portfolio portfolio = read(inventoryOnly());

        String yaml = writer.toYaml(portfolio);
        assertThat(writer.toYaml(read(yaml))).isEqualTo(yaml);
        String json = writer.toJson(portfolio);
        assertThat(writer.toJson(read(json))).isEqualTo(json);
        assertThat(read(json)).isEqualTo(portfolio);
    }

    @Test
    void aReaderWithoutTheLaterModulesSectionsRefusesThemRatherThanDroppingThem() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> read(full));

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).anySatisfy(error -> {
            assertThat(error.path()).isEqualTo("contracts");
            assertThat(error.message()).isEqualTo("the contracts section is not supported by this reader: it is read by"
                    + " the sla module's section format; remove the section to import the rest");
        });
    }
}
