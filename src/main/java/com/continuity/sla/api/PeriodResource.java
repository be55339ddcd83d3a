package com.continuity.sla.api;

import com.continuity.sla.Claim;
import com.continuity.sla.SlaPeriod;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An SLA period: the evaluation, whether the month is still running, and the claim that followed a credit. */
record PeriodResource(String contractName, boolean inProgress, @JsonUnwrapped EvaluationResource evaluation,
                      Claim claim) {

    static PeriodResource of(SlaPeriod p) {
        return new PeriodResource(p.contractName(), p.inProgress(), EvaluationResource.of(p.evaluation()), p.claim());
    }
}
