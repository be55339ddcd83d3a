package com.continuity.sla.api;

import com.continuity.resilience.model.WhatIf;
import com.continuity.shared.FileNames;
import com.continuity.sla.SlaInsights;
import com.continuity.sla.WhatIfWithCredits;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The what-if of the resilience model, with the credits the contracts would owe for the same outage. */
@RestController
@RequestMapping("/api/v1")
class WhatIfController {

    private final SlaInsights insights;

    WhatIfController(SlaInsights insights) {
        this.insights = insights;
    }

    /**
     * {@code basis} is {@code in-practice} (the default) or {@code on-paper}; {@code start} (a UTC time) places the
     * outage for the credits, by default at the start of the current month.
     */
    record WhatIfRequest(List<String> domains, Integer durationMinutes, String basis, Instant start) {
    }

    @PostMapping("/what-if")
    WhatIfWithCredits whatIf(@RequestBody WhatIfRequest request) {
        WhatIf.Basis basis = request.basis() == null ? WhatIf.Basis.IN_PRACTICE
                : FileNames.parse(WhatIf.Basis.class, request.basis());
        // a HashSet, not Set.copyOf: a null entry must reach the service's validation, not throw here
        Set<String> domains = request.domains() == null ? Set.of() : new HashSet<>(request.domains());
        return insights.whatIf(domains, request.durationMinutes() == null ? 0 : request.durationMinutes(), basis,
                request.start());
    }
}
