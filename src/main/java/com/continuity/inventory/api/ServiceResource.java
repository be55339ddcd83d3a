package com.continuity.inventory.api;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Contact;
import com.continuity.inventory.Dependency;
import com.continuity.shared.Money;

import java.util.List;

/**
 * A business service as the REST API shows it: the stored aggregate, with the cost of downtime as money
 * ({@code {"amount": "15000", "currency": "USD"}}, DESIGN §7) instead of the file's two fields. Contacts, and
 * each dependency's detection and protection, have the field names of the portfolio file.
 */
record ServiceResource(String key, String name, String team, int tier, Integer rtoMinutes, Integer rpoMinutes,
                       Integer mtpdMinutes, Money downtimeCostPerHour, String owner, List<Contact> contacts,
                       List<Dependency> dependencies, long version) {

    static ServiceResource of(BusinessService s) {
        return new ServiceResource(s.key(), s.name(), s.team(), s.tier(), s.rtoMinutes(), s.rpoMinutes(),
                s.mtpdMinutes(), Money.ofNullable(s.downtimeCostPerHour(), s.currency()), s.owner(), s.contacts(),
                s.dependencies(), s.version());
    }

    BusinessService toService() {
        return new BusinessService(key, name, team, tier, rtoMinutes, rpoMinutes, mtpdMinutes,
                downtimeCostPerHour == null ? null : downtimeCostPerHour.amount(),
                downtimeCostPerHour == null ? null : downtimeCostPerHour.currency(), owner, contacts, dependencies,
                version);
    }
}
