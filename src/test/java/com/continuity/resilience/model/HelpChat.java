package com.continuity.resilience.model;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The sample portfolio's support chatbot (src/main/resources/sample/portfolio.yaml), built by hand: a Claude
 * primary behind the company gateway, a drilled automatic GPT fallback through the same gateway, a slow, manual,
 * never-drilled on-premises Llama, and case summaries on Bedrock alone.
 */
final class HelpChat {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static final Map<String, Double> AVAILABILITY = Map.of(
            "claude-api", 0.995,
            "claude-token-path", 0.9995,
            "openai-api", 0.996,
            "bedrock-eu-west-1", 0.999,
            "ai-gateway", 0.9995,
            "gpu-rack-a", 0.99);

    static final ToDoubleFunction<String> Q = d -> 1 - AVAILABILITY.get(d);

    private HelpChat() {
    }

    static BusinessService service() {
        Path claude = new Path("claude-direct", PathRole.PRIMARY, null, null, null,
                List.of("claude-api", "claude-token-path", "ai-gateway"), List.of());
        Path gpt = new Path("gpt-via-gateway", PathRole.FALLBACK, Activation.AUTOMATIC, 1, 100,
                List.of("openai-api", "ai-gateway"),
                List.of(new Drill(LocalDate.of(2026, 11, 4), DrillResult.PASSED, 1, "Forced breaker open")));
        Path llama = new Path("llama-on-prem", PathRole.FALLBACK, Activation.MANUAL, 45, 40, List.of("gpu-rack-a"),
                List.of());
        Path bedrock = new Path("claude-on-bedrock", PathRole.PRIMARY, null, null, null,
                List.of("bedrock-eu-west-1"), List.of());
        return new BusinessService("help-chat", "Customer help chat", "customer-care", 1, 15, 0, 240,
                new BigDecimal("15000"), "USD", "Dana Whitfield", List.of(
                new Dependency("replies", "Reply generation", List.of(claude, gpt, llama)),
                new Dependency("case-summaries", "Case summaries for agents", List.of(bedrock))), 0);
    }

    static ServiceRisk analyse() {
        return RiskModel.analyse(service(), Q, TODAY);
    }
}
