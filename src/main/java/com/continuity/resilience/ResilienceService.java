package com.continuity.resilience;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.resilience.model.MefWriter;
import com.continuity.resilience.model.PortfolioRisk;
import com.continuity.resilience.model.RiskModel;
import com.continuity.resilience.model.ServiceRisk;
import com.continuity.resilience.model.WhatIf;
import com.continuity.security.Permissions;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Feeds the resilience model from the inventory. Analyses are cached per service and reused while the
 * service itself (compared whole, not by version: a deleted and re-created service starts at version 1 again), the availabilities of the domains it uses and today's date are unchanged, so that after one
 * edit only that service is analysed again.
 */
@Service
public class ResilienceService {

    /** The longest what-if: a year. */
    public static final int MAX_WHAT_IF_MINUTES = 365 * 24 * 60;

    private final InventoryService inventory;
    private final List<AvailabilitySource> sources;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(BusinessService service, LocalDate today, Map<String, Double> availability, ServiceRisk risk) {
    }

    ResilienceService(InventoryService inventory, List<AvailabilitySource> sources, Clock clock) {
        this.inventory = inventory;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    @PreAuthorize(Permissions.READ)
    public ServiceRisk risk(String serviceKey) {
        BusinessService service = inventory.service(serviceKey);
        return analyse(service, availabilities(inventory.failureDomains()), today());
    }

    /** Every service's analysis, riskiest first. */
    @PreAuthorize(Permissions.READ)
    public List<ServiceRisk> ranking() {
        Map<String, DomainAvailability> availability = availabilities(inventory.failureDomains());
        LocalDate today = today();
        List<BusinessService> services = inventory.services();
        List<ServiceRisk> out = new ArrayList<>(services.parallelStream().map(s -> analyse(s, availability, today))
                .toList());
        forgetAllBut(services);
        out.sort(Comparator.comparingInt((ServiceRisk r) -> -r.score()).thenComparing(ServiceRisk::service));
        return out;
    }

    @PreAuthorize(Permissions.READ)
    public PortfolioRisk portfolio() {
        List<FailureDomain> domains = inventory.failureDomains();
        Map<String, DomainAvailability> availability = availabilities(domains);
        LocalDate today = today();
        List<BusinessService> services = inventory.services();
        Map<String, ServiceRisk> risks = services.parallelStream()
                .collect(Collectors.toMap(BusinessService::key, s -> analyse(s, availability, today)));
        forgetAllBut(services);
        return PortfolioRisk.of(services, risks, domains, inventory.providers());
    }

    @PreAuthorize(Permissions.READ)
    public WhatIf.Result whatIf(Set<String> failedDomains, int durationMinutes, WhatIf.Basis basis) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = Set.copyOf(inventory.failureDomains().stream().map(FailureDomain::key).toList());
        if (failedDomains == null || failedDomains.isEmpty() || failedDomains.stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("domains", "choose at least one failure domain, each by its key"));
        } else {
            failedDomains.stream().filter(d -> !known.contains(d)).sorted().forEach(d -> errors.add(
                    new FieldError("domains", "'" + d + "' is unknown: no failure domain has that key")));
        }
        if (durationMinutes < 1 || durationMinutes > MAX_WHAT_IF_MINUTES) {
            errors.add(new FieldError("durationMinutes",
                    "must be between 1 and " + MAX_WHAT_IF_MINUTES + " minutes (a year)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return WhatIf.run(inventory.services(), failedDomains, durationMinutes,
                basis == null ? WhatIf.Basis.IN_PRACTICE : basis, today());
    }

    /** The service's fault tree (on paper or in practice) as Open-PSA MEF XML, for SCRAM and its kin. */
    @PreAuthorize(Permissions.READ)
    public String faultTreeXml(String serviceKey, boolean inPractice) {
        ServiceRisk risk = risk(serviceKey);
        Map<String, DomainAvailability> availability = availabilities(inventory.failureDomains());
        return MefWriter.write(inPractice ? risk.practiceTree() : risk.paperTree(),
                d -> availability.get(d).unavailability());
    }

    /** Each domain's availability: from the portfolio, else the first source that knows, else the default. */
    @PreAuthorize(Permissions.READ)
    public Map<String, DomainAvailability> availabilities() {
        return availabilities(inventory.failureDomains());
    }

    private Map<String, DomainAvailability> availabilities(List<FailureDomain> domains) {
        Instant now = clock.instant();
        Map<String, DomainAvailability> out = new LinkedHashMap<>();
        for (FailureDomain d : domains) {
            out.put(d.key(), DomainAvailability.of(d, sources, now));
        }
        return out;
    }

    private ServiceRisk analyse(BusinessService service, Map<String, DomainAvailability> availability,
                                LocalDate today) {
        Map<String, Double> used = new HashMap<>();
        service.dependencies().forEach(d -> d.paths().forEach(p -> p.requires().forEach(
                domain -> used.put(domain, availability.get(domain).availability()))));
        Cached hit = cache.get(service.key());
        if (hit != null && hit.service().equals(service) && hit.today().equals(today)
                && hit.availability().equals(used)) {
            return hit.risk();
        }
        ServiceRisk risk = RiskModel.analyse(service, d -> 1 - used.get(d), today);
        cache.put(service.key(), new Cached(service, today, Map.copyOf(used), risk));
        return risk;
    }

    /** Drops the analyses of services that no longer exist. */
    private void forgetAllBut(List<BusinessService> services) {
        Set<String> keys = Set.copyOf(services.stream().map(BusinessService::key).toList());
        cache.keySet().retainAll(keys);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
