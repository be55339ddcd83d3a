package com.continuity.inventory;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something the business does that needs AI, with its impact analysis, and the dependencies it has. Edited as
 * one aggregate: {@code version} guards the whole of it, dependencies, paths and drills included.
 */
public record BusinessService(String key, String name, String team, int tier, Integer rtoMinutes, Integer rpoMinutes,
                              Integer mtpdMinutes, BigDecimal downtimeCostPerHour, String currency, String owner,
                              List<Contact> contacts, List<Dependency> dependencies, long version) {

    public BusinessService {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    /** A service without contacts. */
    public BusinessService(String key, String name, String team, int tier, Integer rtoMinutes, Integer rpoMinutes,
                           Integer mtpdMinutes, BigDecimal downtimeCostPerHour, String currency, String owner,
                           List<Dependency> dependencies, long version) {
        this(key, name, team, tier, rtoMinutes, rpoMinutes, mtpdMinutes, downtimeCostPerHour, currency, owner,
                List.of(), dependencies, version);
    }

    public BusinessService withVersion(long newVersion) {
        return new BusinessService(key, name, team, tier, rtoMinutes, rpoMinutes, mtpdMinutes, downtimeCostPerHour,
                currency, owner, contacts, dependencies, newVersion);
    }
}
