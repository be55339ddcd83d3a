package com.continuity.incidents;

import com.continuity.inventory.FailureDomain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which failure domains an incident impaired, and when. A domain named in {@code affects} is impaired for the
 * incident's whole window at the incident's impact. A domain whose {@code statusComponents} name one of the
 * incident's components, on the same provider's page, is impaired for that component's interval at the
 * component's impact; where a domain is matched both ways, the component intervals win, as the finer record.
 */
public final class IncidentWindows {

    private IncidentWindows() {
    }

    public static List<DomainWindow> of(Incident incident, Collection<FailureDomain> domains) {
        List<DomainWindow> out = new ArrayList<>();
        for (FailureDomain domain : domains) {
            out.addAll(of(incident, domain));
        }
        return out;
    }

    /**
     * The domains an incident can reach, found by key and by (provider, component) rather than by trying every
     * domain: thousands of incidents against thousands of domains stay linear.
     */
    public static final class Index {

        private final Map<String, FailureDomain> byKey = new HashMap<>();
        private final Map<List<String>, List<FailureDomain>> byComponent = new HashMap<>();

        public Index(Collection<FailureDomain> domains) {
            for (FailureDomain d : domains) {
                byKey.put(d.key(), d);
                if (d.provider() != null) {
                    d.statusComponents().forEach(c -> byComponent.computeIfAbsent(List.of(d.provider(), c),
                            k -> new ArrayList<>()).add(d));
                }
            }
        }

        /** The same windows as {@link IncidentWindows#of(Incident, Collection)} over all the indexed domains. */
        public List<DomainWindow> windows(Incident incident) {
            Set<FailureDomain> reached = new LinkedHashSet<>();
            incident.affects().stream().map(byKey::get).filter(Objects::nonNull).forEach(reached::add);
            if (incident.provider() != null) {
                incident.components().forEach(c -> reached.addAll(
                        byComponent.getOrDefault(List.of(incident.provider(), c.component()), List.of())));
            }
            return of(incident, reached);
        }
    }

    public static List<DomainWindow> of(Incident incident, FailureDomain domain) {
        List<DomainWindow> out = new ArrayList<>();
        boolean samePage = incident.provider() != null && Objects.equals(incident.provider(), domain.provider());
        if (samePage) {
            for (ComponentOutage c : incident.components()) {
                if (domain.statusComponents().contains(c.component())) {
                    Instant end = c.end() != null ? c.end() : incident.end();
                    out.add(new DomainWindow(domain.key(), incident.key(), c.impact(), c.start(), end));
                }
            }
        }
        if (out.isEmpty() && incident.affects().contains(domain.key())) {
            out.add(new DomainWindow(domain.key(), incident.key(), incident.impact(), incident.start(), incident.end()));
        }
        return out;
    }
}
