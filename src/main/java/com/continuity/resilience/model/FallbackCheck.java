package com.continuity.resilience.model;

import java.util.List;

/** Whether one fallback counts in practice, and if not, why. */
public record FallbackCheck(String dependency, String path, List<PracticeRule.Gap> gaps) {

    public FallbackCheck {
        gaps = List.copyOf(gaps);
    }

    public boolean counts() {
        return gaps.isEmpty();
    }
}
