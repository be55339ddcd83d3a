package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.DrillResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static com.continuity.resilience.model.Build.TODAY;
import static com.continuity.resilience.model.Build.dependency;
import static com.continuity.resilience.model.Build.drill;
import static com.continuity.resilience.model.Build.drilled;
import static com.continuity.resilience.model.Build.fallback;
import static com.continuity.resilience.model.Build.primary;
import static com.continuity.resilience.model.Build.service;
import static com.continuity.resilience.model.Build.undrilled;
import static com.continuity.resilience.model.Finding.Kind.BELOW_TARGET;
import static com.continuity.resilience.model.Finding.Kind.COUPLING;
import static com.continuity.resilience.model.Finding.Kind.FAILED_DRILL;
import static com.continuity.resilience.model.Finding.Kind.PARTIAL_CAPACITY;
import static com.continuity.resilience.model.Finding.Kind.SLOW_SWITCHOVER;
import static com.continuity.resilience.model.Finding.Kind.SPOF;
import static com.continuity.resilience.model.Finding.Kind.SPOF_IN_PRACTICE;
import static com.continuity.resilience.model.Finding.Kind.UNTESTED_FALLBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** The risk score's findings, weights and sentences, on the sample's help chat and on small hand-built services. */
class RiskScoreTest {

    /** Availability in practice of the help chat, by hand: Bedrock, or the gateway, or both providers' paths. */
    private static final double HELP_CHAT_IN_PRACTICE = 1 - 0.999 * (1 - (0.0005
            + 0.9995 * (1 - 0.995 * 0.9995) * 0.004));

    private static Finding only(ServiceRisk risk, Finding.Kind kind) {
        List<Finding> found = risk.findings().stream().filter(f -> f.kind() == kind).toList();
        assertThat(found).as("one %s finding", kind).hasSize(1);
        return found.getFirst();
    }

    @Test
    void onPaperTheHelpChatsOnlySinglePointOfFailureIsTheBedrockRegion() {
        ServiceRisk risk = HelpChat.analyse();
        assertThat(risk.onPaper().singlePointsOfFailure()).containsExactly("bedrock-eu-west-1");
        assertThat(risk.onPaper().minimalCutSets()).containsExactly(
                List.of("bedrock-eu-west-1"),
                List.of("ai-gateway", "gpu-rack-a"),
                List.of("claude-api", "gpu-rack-a", "openai-api"),
                List.of("claude-token-path", "gpu-rack-a", "openai-api"));
    }

    @Test
    void inPracticeTheLlmGatewayIsASinglePointOfFailureTooBecauseTheOnPremisesFallbackDoesNotCount() {
        ServiceRisk risk = HelpChat.analyse();
        assertThat(risk.inPractice().singlePointsOfFailure()).containsExactly("ai-gateway", "bedrock-eu-west-1");
        assertThat(risk.fallbacks()).extracting(FallbackCheck::path, FallbackCheck::counts)
                .containsExactly(tuple("gpt-via-gateway", true), tuple("llama-on-prem", false));
        assertThat(risk.inPractice().unavailability()).isCloseTo(HELP_CHAT_IN_PRACTICE, within(1e-15));
    }

    @Test
    void theHelpChatsFindingsNameTheirDomainsAndWeighWhatTheFormulaSays() {
        ServiceRisk risk = HelpChat.analyse();
        // 10 plus one point per tenth of a decade of unavailability beyond the tier-1 target's 0.05%
        int belowTarget = 10 + (int) Math.floor(10 * Math.log10(HELP_CHAT_IN_PRACTICE / 0.0005));
        assertThat(belowTarget).isEqualTo(14);
        assertThat(risk.findings()).extracting(Finding::kind, Finding::weight, Finding::domains)
                .containsExactlyInAnyOrder(
                        tuple(SPOF, 20, List.of("bedrock-eu-west-1")),
                        tuple(SPOF_IN_PRACTICE, 15, List.of("ai-gateway")),
                        tuple(COUPLING, 10, List.of("ai-gateway")),
                        tuple(UNTESTED_FALLBACK, 8, List.of("gpu-rack-a")),
                        tuple(SLOW_SWITCHOVER, 10, List.of("gpu-rack-a")),
                        tuple(PARTIAL_CAPACITY, 5, List.of("gpu-rack-a")),
                        tuple(BELOW_TARGET, 14, List.of("bedrock-eu-west-1", "ai-gateway", "claude-api",
                                "openai-api")));
        assertThat(risk.score()).isEqualTo(20 + 15 + 10 + 8 + 10 + 5 + 14);
    }

    @Test
    void theHelpChatsFindingsSaySentencesThatNameTheDomainsAndFigures() {
        ServiceRisk risk = HelpChat.analyse();
        assertThat(only(risk, SPOF).message()).contains("bedrock-eu-west-1", "Customer help chat");
        assertThat(only(risk, SPOF_IN_PRACTICE).message()).contains("ai-gateway");
        assertThat(only(risk, COUPLING).message()).contains("gpt-via-gateway", "replies", "ai-gateway",
                "claude-direct");
        assertThat(only(risk, UNTESTED_FALLBACK).message()).contains("llama-on-prem", "gpu-rack-a", "never");
        assertThat(only(risk, SLOW_SWITCHOVER).message()).contains("llama-on-prem", "45 min", "15 min");
        assertThat(only(risk, PARTIAL_CAPACITY).message()).contains("llama-on-prem", "40%");
        assertThat(only(risk, BELOW_TARGET).message()).contains("99.848%", "tier 1", "99.95%",
                "bedrock-eu-west-1", "ai-gateway");
    }

    @Test
    void theHelpChatsExpectedDowntimeAndLossFollowFromItsUnavailability() {
        ServiceRisk risk = HelpChat.analyse();
        assertThat(risk.inPractice().expectedDowntimeMinutesPerYear())
                .isCloseTo(HELP_CHAT_IN_PRACTICE * 365 * 24 * 60, within(1e-9));
        BigDecimal loss = new BigDecimal("15000").multiply(new BigDecimal(8760))
                .multiply(new BigDecimal(HELP_CHAT_IN_PRACTICE)).setScale(2, RoundingMode.HALF_UP);
        assertThat(risk.inPractice().expectedAnnualLoss()).isEqualByComparingTo(loss);
        assertThat(risk.inPractice().expectedAnnualLoss().scale()).isEqualTo(2);
        assertThat(risk.inPractice().currency()).isEqualTo("USD");
        assertThat(risk.onPaper().expectedAnnualLoss()).isLessThan(risk.inPractice().expectedAnnualLoss());
    }

    @Test
    void theScoreIsCappedAtAHundred() {
        BusinessService many = service("many", 1, 15, 240, null, "USD",
                dependency("a", primary("d1")), dependency("b", primary("d2")), dependency("c", primary("d3")),
                dependency("d", primary("d4")), dependency("e", primary("d5")), dependency("f", primary("d6")));
        ServiceRisk risk = RiskModel.analyse(many, d -> 0.01, TODAY);
        assertThat(risk.findings().stream().mapToInt(Finding::weight).sum()).isGreaterThan(100);
        assertThat(risk.score()).isEqualTo(100);
    }

    @Test
    void aServiceWithIndependentCountingFallbacksAboveItsTargetHasNoFindingsAndScoresZero() {
        BusinessService safe = service("safe", dependency("a", primary("d1"), drilled("f", 5, 100, "d2")));
        ServiceRisk risk = RiskModel.analyse(safe, d -> 0.01, TODAY);
        assertThat(risk.findings()).isEmpty();
        assertThat(risk.score()).isZero();
    }

    @Test
    void couplingNamesEverySharedDomainSorted() {
        BusinessService s = service("s", dependency("a", primary("gw", "auth", "api1"),
                drilled("f", 5, 100, "gw", "api2", "auth")));
        Finding coupling = only(RiskModel.analyse(s, d -> 0.0001, TODAY), COUPLING);
        assertThat(coupling.domains()).containsExactly("auth", "gw");
        assertThat(coupling.weight()).isEqualTo(RiskScore.COUPLING);
    }

    @Test
    void aFailedDrillIsAFindingAndSoIsAPartialOne() {
        BusinessService s = service("s",
                dependency("a", primary("p1"), fallback("failed", 5, 100, List.of(drill(3, DrillResult.FAILED, null)),
                        "f1")),
                dependency("b", primary("p2"), fallback("partial", 5, 100,
                        List.of(drill(3, DrillResult.PARTIAL, null)), "f2")));
        ServiceRisk risk = RiskModel.analyse(s, d -> 0.0001, TODAY);
        List<Finding> failed = risk.findings().stream().filter(f -> f.kind() == FAILED_DRILL).toList();
        assertThat(failed).extracting(Finding::weight, Finding::domains)
                .containsExactlyInAnyOrder(tuple(10, List.of("f1")), tuple(10, List.of("f2")));
        assertThat(failed).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("'failed'", "failed"))
                .anySatisfy(m -> assertThat(m).contains("'partial'", "partly"));
    }

    @Test
    void aDrillOlderThanNinetyDaysMakesTheFallbackUntested() {
        BusinessService s = service("s", dependency("a", primary("p"),
                fallback("old", 5, 100, List.of(drill(91, DrillResult.PASSED, 5)), "f")));
        Finding untested = only(RiskModel.analyse(s, d -> 0.0001, TODAY), UNTESTED_FALLBACK);
        assertThat(untested.message()).contains("90 days");
        assertThat(untested.weight()).isEqualTo(RiskScore.UNTESTED_FALLBACK);
    }

    @Test
    void aSwitchoverBothDeclaredAndDrilledOverTheRtoIsOneFinding() {
        BusinessService s = service("s", 1, 15, 240, null, "USD", dependency("a", primary("p"),
                fallback("slow", 20, 100, List.of(drill(5, DrillResult.PASSED, 30)), "f")));
        Finding slow = only(RiskModel.analyse(s, d -> 0.0001, TODAY), SLOW_SWITCHOVER);
        assertThat(slow.weight()).isEqualTo(10);
        assertThat(slow.message()).contains("30 min", "RTO of 15 min");
    }

    @Test
    void theSlowSwitchoverSentenceQuotesTheDeclaredTimeOrTheLastDrillNotAnOlderOrFutureDrill() {
        // declared 20 min over an RTO of 15; the last drill measured 10; an old drill measured 120 and a drill
        // dated after today 500: the first is superseded and the second ignored by the practice rule
        BusinessService s = service("s", 1, 15, 240, null, "USD", dependency("a", primary("p"),
                fallback("slow", 20, 100, List.of(drill(60, DrillResult.PASSED, 120), drill(5, DrillResult.PASSED, 10),
                        drill(-2, DrillResult.PASSED, 500)), "f")));
        Finding slow = only(RiskModel.analyse(s, d -> 0.0001, TODAY), SLOW_SWITCHOVER);
        assertThat(slow.message()).contains("needs 20 min");
    }

    @Test
    void aFallbackThatDoesNotCountBecauseItDeclaresNoSwitchoverIsExplainedByAFinding() {
        BusinessService s = service("s", 1, 15, 240, null, "USD", dependency("a", primary("p"),
                fallback("silent", null, 100, List.of(drill(5, DrillResult.PASSED, 2)), "f")));
        ServiceRisk risk = RiskModel.analyse(s, d -> 0.0001, TODAY);
        assertThat(risk.fallbacks().getFirst().gaps()).containsExactly(PracticeRule.Gap.NO_DECLARED_SWITCHOVER);
        assertThat(risk.inPractice().singlePointsOfFailure()).containsExactly("p");
        assertThat(risk.findings()).filteredOn(f -> f.kind() != SPOF_IN_PRACTICE)
                .anySatisfy(f -> assertThat(f.message()).contains("'silent'"));
    }

    @Test
    void partialCapacityIsAFindingAndFullOrUnstatedCapacityIsNot() {
        BusinessService s = service("s",
                dependency("a", primary("p1"), drilled("half", 5, 50, "f1")),
                dependency("b", primary("p2"), drilled("full", 5, 100, "f2")),
                dependency("c", primary("p3"), fallback("unstated", 5, null,
                        List.of(drill(5, DrillResult.PASSED, null)), "f3")));
        ServiceRisk risk = RiskModel.analyse(s, d -> 0.0001, TODAY);
        Finding partial = only(risk, PARTIAL_CAPACITY);
        assertThat(partial.domains()).containsExactly("f1");
        assertThat(partial.message()).contains("50%");
        assertThat(partial.weight()).isEqualTo(5);
    }

    @Test
    void theTiersTargetsAreThoseOfTheDesign() {
        assertThat(List.of(1, 2, 3, 4)).extracting(RiskScore::tierTarget)
                .containsExactly(0.9995, 0.999, 0.995, 0.99);
    }

    @Test
    void aServiceOnOneDomainWhoseAvailabilityIsTheTiersTargetIsNotBelowIt() {
        for (int tier = 1; tier <= 4; tier++) {
            double availability = RiskScore.tierTarget(tier);
            BusinessService s = service("s", tier, 60, 240, null, "USD", dependency("a", primary("d")));
            // as the application derives it from the domain's availability
            assertThat(RiskModel.analyse(s, d -> 1 - availability, TODAY).findings()).as("tier %d", tier)
                    .extracting(Finding::kind).containsExactly(SPOF);
        }
    }

    @Test
    void anUnavailabilityOfExactlyTheTiersAllowanceWrittenAsADecimalIsNotBelowTheTarget() {
        Map<Integer, Double> atTarget = Map.of(1, 0.0005, 2, 0.001, 3, 0.005, 4, 0.01);
        atTarget.forEach((tier, q) -> {
            BusinessService s = service("s", tier, 60, 240, null, "USD", dependency("a", primary("d")));
            assertThat(RiskModel.analyse(s, d -> q, TODAY).findings()).as("tier %d at %s", tier, q)
                    .extracting(Finding::kind).containsExactly(SPOF);
        });
    }

    @Test
    void justBelowTheTargetWeighsTen() {
        BusinessService s = service("s", 4, 60, 240, null, "USD", dependency("a", primary("d")));
        assertThat(only(RiskModel.analyse(s, d -> 0.0101, TODAY), BELOW_TARGET).weight()).isEqualTo(10);
    }

    @Test
    void tenTimesTheTargetsUnavailabilityWeighsTwenty() {
        // tier 4: target 99%, so 1% allowed; 10% down is one tenfold beyond it
        BusinessService s = service("s", 4, 60, 240, null, "USD", dependency("a", primary("d")));
        assertThat(only(RiskModel.analyse(s, d -> 0.1, TODAY), BELOW_TARGET).weight()).isEqualTo(20);
    }

    @Test
    void theShortfallWeighsAtMostThirty() {
        BusinessService s = service("s", 1, 60, 240, null, "USD", dependency("a", primary("d")));
        assertThat(only(RiskModel.analyse(s, d -> 0.29, TODAY), BELOW_TARGET).weight()).isEqualTo(30);
    }

    @Test
    void theShortfallNamesTheDomainsOfTheLikeliestCutSetsInPractice() {
        ToDoubleFunction<String> q = Map.of("big", 0.2, "mid", 0.1, "small", 0.001, "f", 0.3, "g", 0.3)::get;
        BusinessService s = service("s", 1, 60, 240, null, "USD",
                dependency("a", primary("small")), dependency("b", primary("big"), drilled("fb", 5, 100, "f")),
                dependency("c", primary("mid"), drilled("fc", 5, 100, "g")));
        // cut sets in practice: {small} 0.001, {big, f} 0.06, {mid, g} 0.03
        assertThat(only(RiskModel.analyse(s, q, TODAY), BELOW_TARGET).domains())
                .containsExactly("big", "f", "g", "mid", "small");
    }
}
