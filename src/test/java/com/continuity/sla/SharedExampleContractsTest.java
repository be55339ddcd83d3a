package com.continuity.sla;

import com.continuity.SharedFixtures;
import com.continuity.incidents.IncidentFormat;
import com.continuity.incidents.model.Impact;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.portfolio.PortfolioReader;
import com.continuity.inventory.portfolio.PortfolioWriter;
import com.continuity.inventory.portfolio.SectionFormat;
import com.continuity.shared.ValidationException;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.CreditMethod;
import com.continuity.sla.model.MeasurementMethod;
import com.continuity.sla.model.PartialMinutes;
import com.continuity.sla.model.TimeRounding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The whole example in ../shared, contracts and incidents included, reads with what it states and round-trips. */
class SharedExampleContractsTest {

    private final List<SectionFormat<?>> sections =
            List.of(new ContractFormat(), new IncidentFormat());
    private final PortfolioReader reader = new PortfolioReader(sections);
    private final PortfolioWriter writer = new PortfolioWriter(sections);
    private String full;

    @BeforeEach
    void readTheSharedExample() throws IOException {
        full = Files.readString(SharedFixtures.require("portfolio-example.yaml"), StandardCharsets.UTF_8);
    }

    private Portfolio read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<ContractTerms> contracts(Portfolio p) {
        return (List<ContractTerms>) p.section(ContractFormat.SECTION);
    }

    @Test
    void theThreeContractsReadWithTheTermsTheyState() {
        List<ContractTerms> contracts = contracts(read(full));

        assertThat(contracts).extracting(ContractTerms::key)
                .containsExactly("anthropic-enterprise", "bedrock-standard", "vertex-commerce");
        ContractTerms anthropic = contracts.getFirst();
        assertThat(anthropic.monthlyFee()).isEqualByComparingTo("10000");
        assertThat(anthropic.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(anthropic.credit().method()).isEqualTo(CreditMethod.PRORATED_MULTIPLIER);
        assertThat(anthropic.credit().multiplier()).isEqualByComparingTo("4.1");
        assertThat(anthropic.credit().affectedTimeRounding()).isEqualTo(TimeRounding.WHOLE_HOURS_UP);
        assertThat(anthropic.credit().minimumMonthlyFee()).isEqualByComparingTo("10000");
        assertThat(anthropic.claim().deadlineDaysAfterPeriod()).isEqualTo(30);
        ContractTerms bedrock = contracts.get(1);
        assertThat(bedrock.measurement().method()).isEqualTo(MeasurementMethod.ERROR_RATE_INTERVALS);
        assertThat(bedrock.measurement().intervalMinutes()).isEqualTo(5);
        assertThat(bedrock.credit().tiers()).hasSize(3);
        assertThat(bedrock.credit().tiers().get(2).atLeast()).isNull();
        assertThat(bedrock.credit().minimumCredit()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(bedrock.claim().endOfSecondBillingCycle()).isTrue();
        ContractTerms vertex = contracts.get(2);
        assertThat(vertex.measurement().errorRateThresholdPercent()).isEqualByComparingTo("10");
        assertThat(vertex.measurement().minimumConsecutiveMinutes()).isEqualTo(10);
        assertThat(vertex.measurement().partialMinutes()).isEqualTo(PartialMinutes.DROP);
        assertThat(vertex.measurement().qualifyingImpact()).isEqualTo(Impact.MAJOR);
        assertThat(vertex.credit().capPercent()).isEqualByComparingTo("50");
    }

    @Test
    void theWholeExampleRoundTripsInBothFormats() {
        Portfolio portfolio = read(full);
        assertThat(portfolio.section(IncidentFormat.SECTION)).hasSize(1);

        String yaml = writer.toYaml(portfolio);
        assertThat(read(yaml)).isEqualTo(portfolio);
        assertThat(writer.toYaml(read(yaml))).isEqualTo(yaml);
        String json = writer.toJson(portfolio);
        assertThat(read(json)).isEqualTo(portfolio);
    }

    @Test
    void aContractNamingAnUnknownDomainOrOverlappingTiersIsRefusedAtItsPathAndLine() {
        String broken = full.replace("covers: [bedrock-us-east-1]", "covers: [bedrock-us-east-9]")
                .replace("- { atLeast: 95.0, below: 99.0, percent: 25 }", "- { atLeast: 95.0, below: 99.5, percent: 25 }");

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> read(broken));

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).anySatisfy(e -> {
            assertThat(e.path()).isEqualTo("contracts[1].covers[0]");
            assertThat(e.message()).contains("bedrock-us-east-9");
            assertThat(e.line()).isEqualTo(lineOf(broken, "bedrock-us-east-9"));
        });
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e.path()).startsWith("contracts[1].credit.tiers"));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).lines().count();
    }
}
