package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The portfolio's view: blast radius of each failure domain and provider, and concentration per provider. */
public record PortfolioRisk(List<BlastRadius> domains, List<BlastRadius> providers,
                            List<Concentration> concentration) {

    public PortfolioRisk {
        domains = List.copyOf(domains);
        providers = List.copyOf(providers);
        concentration = List.copyOf(concentration);
    }

    /** @param risks each service's analysis, by service key, holding its two trees */
    public static PortfolioRisk of(List<BusinessService> services, Map<String, ServiceRisk> risks,
                                   List<FailureDomain> domains, List<Provider> providers) {
        List<BlastRadius> byDomain = new ArrayList<>();
        for (FailureDomain d : domains) {
            byDomain.add(radius(BlastRadius.Scope.DOMAIN, d.key(), d.name(), Set.of(d.key()), services, risks));
        }
        List<BlastRadius> byProvider = new ArrayList<>();
        List<Concentration> concentration = new ArrayList<>();
        long critical = services.stream().filter(s -> s.tier() <= 2).count();
        for (Provider p : providers) {
            Set<String> own = Set.copyOf(domains.stream().filter(d -> p.key().equals(d.provider()))
                    .map(FailureDomain::key).toList());
            BlastRadius r = radius(BlastRadius.Scope.PROVIDER, p.key(), p.name(), own, services, risks);
            byProvider.add(r);
            concentration.add(new Concentration(p.key(), p.name(), (int) critical,
                    (int) r.onPaper().stream().filter(e -> e.tier() <= 2).count(),
                    (int) r.inPractice().stream().filter(e -> e.tier() <= 2).count()));
        }
        Comparator<BlastRadius> widest = Comparator.comparingInt((BlastRadius r) -> -r.inPractice().size())
                .thenComparingInt(r -> -r.onPaper().size()).thenComparing(BlastRadius::key);
        byDomain.sort(widest);
        byProvider.sort(widest);
        concentration.sort(Comparator.comparingInt((Concentration c) -> -c.downInPractice())
                .thenComparing(Concentration::provider));
        return new PortfolioRisk(byDomain, byProvider, concentration);
    }

    private static BlastRadius radius(BlastRadius.Scope scope, String key, String name, Set<String> failed,
                                      List<BusinessService> services, Map<String, ServiceRisk> risks) {
        List<Exposure> onPaper = new ArrayList<>();
        List<Exposure> inPractice = new ArrayList<>();
        if (!failed.isEmpty()) {
            for (BusinessService s : services) {
                ServiceRisk risk = risks.get(s.key());
                if (risk.paperTree().failsWith(failed)) {
                    onPaper.add(Exposure.of(s));
                }
                if (risk.practiceTree().failsWith(failed)) {
                    inPractice.add(Exposure.of(s));
                }
            }
        }
        return new BlastRadius(scope, key, name, onPaper, inPractice);
    }
}
