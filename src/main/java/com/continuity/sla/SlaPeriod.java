package com.continuity.sla;

import com.continuity.sla.model.Evaluation;

/**
 * One contract's SLA period: the evaluation with its explanation, the claim that followed a credit owed (null when
 * none), and whether the period is still running (its figures can still change).
 */
public record SlaPeriod(String contract, String contractName, Evaluation evaluation, Claim claim, boolean inProgress) {
}
