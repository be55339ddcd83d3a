package com.continuity.sla;

import com.continuity.shared.Money;
import com.continuity.sla.model.Evaluation;

import java.time.Instant;
import java.util.List;

/**
 * What one contract would owe for a simulated outage: the failed domains it covers, when the outage starts, the
 * months it falls in with their evaluations, and the total credit.
 */
public record ContractCredit(String contract, String contractName, String provider, List<String> coveredDomainsDown,
                             Instant start, List<Evaluation> months, Money credit) {
}
