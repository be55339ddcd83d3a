package com.continuity.reports;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Provider;
import com.continuity.resilience.DomainAvailability;
import com.continuity.resilience.model.ServiceRisk;
import com.continuity.sla.model.ContractTerms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a runbook or a checklist of one service says, read once: the service, its analysis, the domains,
 * providers and contracts it touches, and for each of its domains the other services that need it too.
 */
public record ServiceFacts(BusinessService service, ServiceRisk risk, Map<String, DomainAvailability> availability,
                           Map<String, FailureDomain> domains, Map<String, Provider> providers,
                           List<ContractTerms> contracts, Map<String, List<String>> alsoNeededBy, LocalDate today) {

    public ServiceFacts {
        availability = Map.copyOf(availability);
        domains = Map.copyOf(domains);
        providers = Map.copyOf(providers);
        contracts = List.copyOf(contracts);
        alsoNeededBy = Map.copyOf(alsoNeededBy);
    }

    /** The providers whose domains the service needs, in the order first needed. */
    List<Provider> providersNeeded() {
        return service.dependencies().stream().flatMap(d -> d.paths().stream()).flatMap(p -> p.requires().stream())
                .map(domains::get).filter(d -> d != null && d.provider() != null).map(d -> providers.get(d.provider()))
                .filter(p -> p != null).distinct().toList();
    }

    /** The contracts that cover a domain of {@code paths}' requirements. */
    List<ContractTerms> contractsCovering(List<String> domainKeys) {
        return contracts.stream().filter(c -> c.covers().stream().anyMatch(domainKeys::contains)).toList();
    }
}
