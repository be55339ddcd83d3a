package com.continuity.inventory;

import com.continuity.security.Team;

import java.util.List;

/** The whole inventory as one document (apiVersion continuity/v1), as imported and exported. */
public record Portfolio(List<Team> teams, List<Provider> providers, List<FailureDomain> failureDomains,
                       List<BusinessService> services) {

    public static final String API_VERSION = "continuity/v1";

    public Portfolio {
        teams = List.copyOf(teams);
        providers = List.copyOf(providers);
        failureDomains = List.copyOf(failureDomains);
        services = List.copyOf(services);
    }
}
