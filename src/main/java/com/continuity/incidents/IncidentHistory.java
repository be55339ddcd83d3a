package com.continuity.incidents;

import com.continuity.incidents.model.Impact;
import com.continuity.inventory.FailureDomain;
import com.continuity.resilience.AvailabilitySource;
import com.continuity.resilience.model.RiskModel;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A failure domain's availability learnt from incident history (DESIGN §3): 1 − (time impaired at impact major or
 * worse) / 90 days, over the 90 days before the current hour (whole hours, so the figure and the resilience cache
 * built on it stay put within an hour). Overlapping incidents count once; an open one counts up to that hour.
 * <ul>
 * <li>A domain linked to status-page components (a provider and {@code statusComponents}) takes the figure as it
 *   is, 1.0 when its page reported nothing: DESIGN §3's rule, and the page's silence is evidence.</li>
 * <li>A domain known only from incidents naming it directly takes the figure only below the default, so that
 *   recording an outage can never make a domain look more available than knowing nothing.</li>
 * <li>Otherwise there is no answer and the documented default applies.</li>
 * </ul>
 * Incidents are read once per hour and whenever the table changes (a cheap fingerprint is checked at most every few
 * seconds, so other instances' writes show too).
 */
@Component
class IncidentHistory implements AvailabilitySource {

    static final Duration WINDOW = Duration.ofDays(90);
    private static final Duration RECHECK = Duration.ofSeconds(5);

    private final IncidentRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot;

    /** Incidents of one window, indexed by what they can affect. */
    private record Snapshot(Instant end, String fingerprint, Instant checkedAt,
                            Map<String, List<Incident>> byDomain, Map<String, List<Incident>> byProvider) {
    }

    IncidentHistory(IncidentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public OptionalDouble availability(FailureDomain domain, Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.HOURS);
        Instant start = end.minus(WINDOW);
        Snapshot s = snapshot(end);
        Set<Incident> candidates = new LinkedHashSet<>(s.byDomain().getOrDefault(domain.key(), List.of()));
        if (domain.provider() != null) {
            candidates.addAll(s.byProvider().getOrDefault(domain.provider(), List.of()));
        }
        List<Instant[]> down = new ArrayList<>();
        for (Incident incident : candidates) {
            for (DomainWindow w : IncidentWindows.of(incident, domain)) {
                Instant from = max(w.start(), start);
                Instant to = min(w.endOr(end), end);
                if (w.impact().atLeast(Impact.MAJOR) && from.isBefore(to)) {
                    down.add(new Instant[]{from, to});
                }
            }
        }
        double history = 1.0 - (double) (down.isEmpty() ? 0 : unionSeconds(down)) / WINDOW.toSeconds();
        if (domain.provider() != null && !domain.statusComponents().isEmpty()) {
            return OptionalDouble.of(history); // a watched status page: its silence is evidence too
        }
        // known only from incidents naming it: they can lower the estimate, never raise it above the default
        return down.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(Math.min(history, RiskModel.DEFAULT_AVAILABILITY));
    }

    /** Forgets the snapshot after a local write, so the next question reads the table again. */
    void forget() {
        snapshot = null;
    }

    private Snapshot snapshot(Instant end) {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && s.end().equals(end) && now.isBefore(s.checkedAt().plus(RECHECK))) {
            return s;
        }
        String fingerprint = repository.fingerprint();
        if (s != null && s.end().equals(end) && s.fingerprint().equals(fingerprint)) {
            s = new Snapshot(end, fingerprint, now, s.byDomain(), s.byProvider());
        } else {
            s = load(end, fingerprint, now);
        }
        snapshot = s;
        return s;
    }

    private Snapshot load(Instant end, String fingerprint, Instant now) {
        Map<String, List<Incident>> byDomain = new HashMap<>();
        Map<String, List<Incident>> byProvider = new HashMap<>();
        for (Incident i : repository.findTouching(end.minus(WINDOW), end)) {
            i.affects().forEach(d -> byDomain.computeIfAbsent(d, k -> new ArrayList<>()).add(i));
            if (i.provider() != null && !i.components().isEmpty()) {
                byProvider.computeIfAbsent(i.provider(), k -> new ArrayList<>()).add(i);
            }
        }
        return new Snapshot(end, fingerprint, now, byDomain, byProvider);
    }

    static long unionSeconds(List<Instant[]> windows) {
        windows.sort(Comparator.comparing((Instant[] w) -> w[0]));
        long total = 0;
        Instant from = null;
        Instant to = null;
        for (Instant[] w : windows) {
            if (to == null || w[0].isAfter(to)) {
                total += to == null ? 0 : Duration.between(from, to).toSeconds();
                from = w[0];
                to = w[1];
            } else if (w[1].isAfter(to)) {
                to = w[1];
            }
        }
        return total + Duration.between(from, to).toSeconds();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
