package com.continuity.sla;

import com.continuity.shared.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * Concentration of spend: what the contracts with one provider cost a month, and its share of all contract fees
 * in that currency (percent, 1 decimal).
 */
public record ProviderSpend(String provider, String providerName, Money monthlyFees, BigDecimal sharePercent,
                            List<String> contracts) {
}
