package com.continuity.resilience.api;

import com.continuity.resilience.ResilienceService;
import com.continuity.resilience.model.WhatIf;
import com.continuity.shared.FileNames;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Risk of one service, of the portfolio, and fault trees in Open-PSA MEF for other tools. The what-if is served by
 * the SLA module, which adds the credits contracts would owe.
 */
@RestController
@RequestMapping("/api/v1")
class RiskController {

    private final ResilienceService resilience;

    RiskController(ResilienceService resilience) {
        this.resilience = resilience;
    }

    @GetMapping("/services/{key}/risk")
    ServiceRiskResource serviceRisk(@PathVariable String key) {
        return ServiceRiskResource.of(resilience.risk(key));
    }

    /** {@code basis=in-practice} exports the tree with only the fallbacks that count in practice. */
    @GetMapping(value = "/services/{key}/fault-tree", produces = MediaType.APPLICATION_XML_VALUE)
    String faultTree(@PathVariable String key, @RequestParam(defaultValue = "on-paper") String basis) {
        return resilience.faultTreeXml(key, FileNames.parse(WhatIf.Basis.class, basis) == WhatIf.Basis.IN_PRACTICE);
    }

    @GetMapping("/risk")
    PortfolioRiskResource portfolio() {
        return PortfolioRiskResource.of(resilience.ranking(), resilience.portfolio());
    }
}
