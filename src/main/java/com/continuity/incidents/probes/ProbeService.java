package com.continuity.incidents.probes;

import com.continuity.incidents.IncidentService;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import com.continuity.security.CurrentUser;
import com.continuity.security.Permissions;
import com.continuity.security.TeamAccess;
import com.continuity.shared.FieldError;
import com.continuity.shared.HttpUrls;
import com.continuity.shared.Keys;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Synthetic probes: anyone reads them; a team's editors (and managers, admins) register and remove its probes.
 * Removing a probe resolves its open incident.
 */
@Service
public class ProbeService {

    /** What a team asks for; null thresholds take the defaults (every minute, 10 s, 2,000 ms, 20 %, 5 checks). */
    public record ProbeRequest(String key, String name, String team, String url, String provider, List<String> domains,
                               Duration interval, Duration timeout, Long latencyThresholdMillis, Double errorRatePercent,
                               Integer window) {
    }

    private final ProbeRepository repository;
    private final InventoryService inventory;
    private final TeamAccess teams;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final IncidentService incidents;

    ProbeService(ProbeRepository repository, InventoryService inventory, TeamAccess teams, CurrentUser currentUser,
                 Clock clock, IncidentService incidents) {
        this.repository = repository;
        this.incidents = incidents;
        this.inventory = inventory;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<Probe> probes() {
        return repository.findAll();
    }

    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public Probe create(ProbeRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.key() == null || !Keys.isValid(r.key())) {
            errors.add(new FieldError("key", "the key " + Keys.RULE));
        }
        if (r.team() == null) {
            errors.add(new FieldError("team", "the team whose probe this is is required"));
        }
        HttpUrls.check("url", r.url()).ifPresent(errors::add);
        if (r.provider() != null && inventory.providers().stream().map(Provider::key).noneMatch(r.provider()::equals)) {
            errors.add(new FieldError("provider", "'" + r.provider() + "' is unknown"));
        }
        Set<String> domains = inventory.failureDomains().stream().map(FailureDomain::key).collect(Collectors.toSet());
        List<String> named = r.domains() == null ? List.of() : r.domains();
        for (int i = 0; i < named.size(); i++) {
            if (!domains.contains(named.get(i))) {
                errors.add(new FieldError("domains[" + i + "]", "'" + named.get(i) + "' is unknown"));
            }
        }
        Duration interval = r.interval() == null ? Duration.ofMinutes(1) : r.interval();
        Duration timeout = r.timeout() == null ? Duration.ofSeconds(10) : r.timeout();
        if (interval.toMillis() < 100 || timeout.toMillis() < 1 || timeout.compareTo(interval.multipliedBy(10)) > 0) {
            errors.add(new FieldError("interval", "the interval must be at least 0.1 s and the timeout positive"));
        }
        double errorRate = r.errorRatePercent() == null ? 20 : r.errorRatePercent();
        if (errorRate < 0 || errorRate > 100) {
            errors.add(new FieldError("errorRatePercent", "a percent from 0 to 100"));
        }
        int window = r.window() == null ? 5 : r.window();
        if (window < 1 || window > 100) {
            errors.add(new FieldError("window", "from 1 to 100 checks"));
        }
        long latency = r.latencyThresholdMillis() == null ? 2000 : r.latencyThresholdMillis();
        if (latency < 1) {
            errors.add(new FieldError("latencyThresholdMillis", "a positive number of milliseconds"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        teams.requireServiceWrite(r.team());
        Probe probe = new Probe(r.key(), r.name() == null ? r.key() : r.name(), r.team(), r.url().strip(), r.provider(),
                named, interval, timeout, latency, errorRate, window, currentUser.name(), clock.instant());
        if (!repository.insert(probe, clock.instant())) {
            throw new ValidationException(List.of(new FieldError("key", "a probe with the key '" + r.key()
                    + "' already exists")));
        }
        return repository.find(r.key()).orElseThrow();
    }

    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public void delete(String key) {
        Probe p = repository.find(key).orElseThrow(() -> new NotFoundException("Probe", key));
        teams.requireServiceWrite(p.team());
        repository.delete(key);
        incidents.resolveProbe(key, clock.instant()); // nothing would resolve it once the probe is gone
    }
}
