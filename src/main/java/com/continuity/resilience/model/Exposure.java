package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.shared.Money;

/** A service that goes down in some scenario, with what that costs per hour. */
public record Exposure(String service, String name, int tier, Money costPerHour) {

    static Exposure of(BusinessService s) {
        return new Exposure(s.key(), s.name(), s.tier(), Money.ofNullable(s.downtimeCostPerHour(), s.currency()));
    }
}
