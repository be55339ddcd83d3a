package com.continuity.sla.api;

import com.continuity.sla.SlaService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** The credit calculator, stateless: a contract, a month and outages in, the credit and its explanation out. */
@RestController
class CreditsController {

    private final SlaService sla;

    CreditsController(SlaService sla) {
        this.sla = sla;
    }

    /**
     * Body: {@code {"contract": {...}, "period": "YYYY-MM", "outages": [{"start", "end", "impact"}], "errorSamples":
     * [{"start", "end", "total", "failed"}], "transactions": {"total", "failed"}}}, where {@code contract} has the
     * fields of a contract in the portfolio file.
     */
    @PostMapping(path = "/api/v1/credits/calculate", consumes = {"application/json", "application/yaml"})
    EvaluationResource calculate(HttpServletRequest request) throws IOException {
        return EvaluationResource.of(sla.calculate(request.getInputStream()));
    }
}
