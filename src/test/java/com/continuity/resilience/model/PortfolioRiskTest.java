package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.DomainKind;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Provider;
import com.continuity.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.continuity.resilience.model.Build.TODAY;
import static com.continuity.resilience.model.Build.dependency;
import static com.continuity.resilience.model.Build.drill;
import static com.continuity.resilience.model.Build.fallback;
import static com.continuity.resilience.model.Build.primary;
import static com.continuity.resilience.model.Build.service;
import static com.continuity.resilience.model.Build.undrilled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Blast radius and concentration on a portfolio like the sample's: the help chat, a tier-3 campaign tool on
 * Claude alone (in EUR), a tier-2 e-mail triage on Bedrock with a partly drilled GPT fallback, and a tier-4 code
 * review on Claude or GPT, both through the gateway, the GPT path never drilled.
 */
class PortfolioRiskTest {

    private static final List<Provider> PROVIDERS = List.of(
            new Provider("anthropic", "Anthropic", null, null),
            new Provider("openai", "OpenAI", null, null),
            new Provider("aws", "Amazon Web Services", null, null),
            new Provider("platform", "Internal AI platform", null, null),
            new Provider("idle", "A provider with no domains", null, null));

    private static final List<FailureDomain> DOMAINS = List.of(
            domain("claude-api", "anthropic"), domain("claude-token-path", "anthropic"),
            domain("openai-api", "openai"), domain("bedrock-eu-west-1", "aws"),
            domain("ai-gateway", "platform"), domain("gpu-rack-a", "platform"));

    private static final List<BusinessService> SERVICES = List.of(
            HelpChat.service(),
            service("campaign-copy", 3, 1440, 4320, "300", "EUR",
                    dependency("copywriting", primary("claude-api", "claude-token-path"))),
            service("email-triage", 2, 60, 480, "2500", "USD",
                    dependency("classification", primary("bedrock-eu-west-1"), fallback("gpt-direct", 30, 100,
                            List.of(drill(10, DrillResult.PARTIAL, 50)), "openai-api"))),
            service("code-review", 4, 2880, 10080, "120", "USD",
                    dependency("comments", primary("claude-api", "ai-gateway"),
                            undrilled("gpt-via-gateway", 0, 100, "openai-api", "ai-gateway"))));

    private static FailureDomain domain(String key, String provider) {
        return new FailureDomain(key, key, DomainKind.OTHER, provider, HelpChat.AVAILABILITY.get(key), List.of());
    }

    private static PortfolioRisk portfolio() {
        Map<String, ServiceRisk> risks = new HashMap<>();
        for (BusinessService s : SERVICES) {
            risks.put(s.key(), RiskModel.analyse(s, HelpChat.Q, TODAY));
        }
        return PortfolioRisk.of(SERVICES, risks, DOMAINS, PROVIDERS);
    }

    private static BlastRadius domain(PortfolioRisk risk, String key) {
        return risk.domains().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static BlastRadius provider(PortfolioRisk risk, String key) {
        return risk.providers().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> keys(List<Exposure> exposures) {
        return exposures.stream().map(Exposure::service).toList();
    }

    @Test
    void theBlastRadiusOfADomainIsTheServicesItAloneTakesDownOnPaperAndInPractice() {
        PortfolioRisk risk = portfolio();
        BlastRadius bedrock = domain(risk, "bedrock-eu-west-1");
        assertThat(bedrock.scope()).isEqualTo(BlastRadius.Scope.DOMAIN);
        assertThat(keys(bedrock.onPaper())).containsExactlyInAnyOrder("help-chat");
        assertThat(keys(bedrock.inPractice())).containsExactlyInAnyOrder("help-chat", "email-triage");
        BlastRadius gateway = domain(risk, "ai-gateway");
        assertThat(keys(gateway.onPaper())).containsExactlyInAnyOrder("code-review");
        assertThat(keys(gateway.inPractice())).containsExactlyInAnyOrder("help-chat", "code-review");
        BlastRadius claude = domain(risk, "claude-api");
        assertThat(keys(claude.onPaper())).containsExactlyInAnyOrder("campaign-copy");
        assertThat(keys(claude.inPractice())).containsExactlyInAnyOrder("campaign-copy", "code-review");
        assertThat(domain(risk, "gpu-rack-a").inPractice()).isEmpty();
    }

    @Test
    void theBlastRadiusOfAProviderIsWhatFailsWhenAllItsDomainsFailTogether() {
        PortfolioRisk risk = portfolio();
        BlastRadius platform = provider(risk, "platform");
        assertThat(platform.scope()).isEqualTo(BlastRadius.Scope.PROVIDER);
        // the gateway alone leaves the help chat its on-premises Llama; with the GPU rack too, nothing is left
        assertThat(keys(platform.onPaper())).containsExactlyInAnyOrder("help-chat", "code-review");
        assertThat(keys(provider(risk, "anthropic").onPaper())).containsExactlyInAnyOrder("campaign-copy");
        assertThat(keys(provider(risk, "anthropic").inPractice()))
                .containsExactlyInAnyOrder("campaign-copy", "code-review");
        assertThat(provider(risk, "idle").onPaper()).isEmpty();
        assertThat(provider(risk, "idle").inPractice()).isEmpty();
    }

    @Test
    void aBlastRadiusCountsItsServicesByTierAndSumsTheirCostPerHourPerCurrency() {
        PortfolioRisk risk = portfolio();
        BlastRadius platform = provider(risk, "platform");
        assertThat(platform.tiersOnPaper()).isEqualTo(Map.of(1, 1, 2, 0, 3, 0, 4, 1));
        assertThat(platform.tiersOnPaper().keySet()).containsExactly(1, 2, 3, 4);
        assertThat(platform.costPerHourOnPaper()).containsExactly(new Money(new BigDecimal("15120"), "USD"));
        BlastRadius anthropic = provider(risk, "anthropic");
        assertThat(anthropic.tiersInPractice()).isEqualTo(Map.of(1, 0, 2, 0, 3, 1, 4, 1));
        assertThat(anthropic.costPerHourInPractice()).containsExactly(new Money(new BigDecimal("300"), "EUR"),
                new Money(new BigDecimal("120"), "USD"));
    }

    @Test
    void concentrationIsTheShareOfTierOneAndTwoServicesThatOneProviderAloneTakesDown() {
        PortfolioRisk risk = portfolio();
        Concentration aws = risk.concentration().stream().filter(c -> c.provider().equals("aws")).findFirst()
                .orElseThrow();
        assertThat(aws.criticalServices()).isEqualTo(2);
        assertThat(aws.downOnPaper()).isEqualTo(1);
        assertThat(aws.downInPractice()).isEqualTo(2);
        assertThat(aws.shareOnPaper()).isCloseTo(0.5, within(1e-12));
        assertThat(aws.shareInPractice()).isCloseTo(1.0, within(1e-12));
        Concentration anthropic = risk.concentration().stream().filter(c -> c.provider().equals("anthropic"))
                .findFirst().orElseThrow();
        assertThat(anthropic.shareInPractice()).isZero();
    }

    @Test
    void concentrationIsZeroRatherThanUndefinedWithoutCriticalServices() {
        assertThat(new Concentration("p", "P", 0, 0, 0).shareOnPaper()).isZero();
        assertThat(new Concentration("p", "P", 0, 0, 0).shareInPractice()).isZero();
    }

    @Test
    void theWidestBlastRadiiInPracticeComeFirst() {
        PortfolioRisk risk = portfolio();
        assertThat(risk.concentration()).extracting(Concentration::provider)
                .containsExactly("aws", "platform", "anthropic", "idle", "openai");
        assertThat(risk.domains()).extracting(r -> r.inPractice().size()).isSortedAccordingTo((a, b) -> b - a);
        assertThat(risk.domains()).hasSize(DOMAINS.size());
        assertThat(risk.providers()).hasSize(PROVIDERS.size());
    }
}
