package com.continuity.sla;

import com.continuity.resilience.model.WhatIf;
import com.continuity.shared.Money;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.util.List;

/**
 * The resilience what-if (which services stop, which run degraded, the loss), with the credits the contracts
 * would owe for the same outage, starting at {@code start} (null: each contract's current month start): the loss and
 * what the provider pays back side by side.
 */
public record WhatIfWithCredits(@JsonUnwrapped WhatIf.Result result, Instant start, List<ContractCredit> credits,
                                List<Money> totalCredits) {
}
