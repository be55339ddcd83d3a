package com.continuity.inventory;

import com.continuity.security.Team;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole inventory as one document (apiVersion continuity/v1), as imported and exported. {@code sections} holds
 * the entries of the sections later modules own, by section name (contracts, incidents): the inventory carries
 * them without knowing their type.
 */
public record Portfolio(List<Team> teams, List<Provider> providers, List<FailureDomain> failureDomains,
                       List<BusinessService> services, Map<String, List<?>> sections) {

    public static final String API_VERSION = "continuity/v1";

    public Portfolio {
        teams = List.copyOf(teams);
        providers = List.copyOf(providers);
        failureDomains = List.copyOf(failureDomains);
        services = List.copyOf(services);
        Map<String, List<?>> copy = new LinkedHashMap<>();
        sections.forEach((name, entries) -> copy.put(name, List.copyOf(entries)));
        sections = Collections.unmodifiableMap(copy);
    }

    /** The inventory alone, with no later module's sections. */
    public Portfolio(List<Team> teams, List<Provider> providers, List<FailureDomain> failureDomains,
                     List<BusinessService> services) {
        this(teams, providers, failureDomains, services, Map.of());
    }

    /** The entries of a section, empty when the document has none. */
    public List<?> section(String name) {
        return sections.getOrDefault(name, List.of());
    }

    /** The same inventory with these sections. */
    public Portfolio withSections(Map<String, List<?>> sections) {
        return new Portfolio(teams, providers, failureDomains, services, sections);
    }
}
