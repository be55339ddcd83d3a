package com.continuity.resilience.model;

import java.util.List;

/**
 * Everything the resilience model says about one business service: both readings of its tree, the score with
 * its findings, and each fallback's standing. The trees are kept for blast radius and what-if.
 */
public record ServiceRisk(String service, long version, Analysis onPaper, Analysis inPractice, int score,
                          List<Finding> findings, List<FallbackCheck> fallbacks, FaultTree paperTree,
                          FaultTree practiceTree) {

    public ServiceRisk {
        findings = List.copyOf(findings);
        fallbacks = List.copyOf(fallbacks);
    }
}
