package com.continuity.incidents;

import com.continuity.incidents.model.Impact;
import com.continuity.incidents.statuspage.StatuspageFormatException;
import com.continuity.incidents.statuspage.StatuspageParser;
import com.continuity.incidents.statuspage.StatuspagePayload;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import com.continuity.resilience.ResilienceService;
import com.continuity.resilience.model.WhatIf;
import com.continuity.security.AuditLog;
import com.continuity.security.Permissions;
import com.continuity.shared.ConflictException;
import com.continuity.shared.Documents;
import com.continuity.shared.FieldError;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Provider incidents: entered by hand with a timeline, or imported from status pages; the windows in which they
 * impaired each failure domain; and their impact on our services through the resilience model.
 */
@Service
public class IncidentService {

    private final IncidentRepository repository;
    private final InventoryService inventory;
    private final ResilienceService resilience;
    private final IncidentHistory history;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxDocumentBytes;
    private final ApplicationEventPublisher events;

    IncidentService(IncidentRepository repository, InventoryService inventory, ResilienceService resilience,
                    IncidentHistory history, AuditLog audit, Clock clock,
                    @Value(Documents.MAX_BYTES_PROPERTY) long maxDocumentBytes, ApplicationEventPublisher events) {
        this.events = events;
        this.maxDocumentBytes = maxDocumentBytes;
        this.repository = repository;
        this.history = history;
        this.inventory = inventory;
        this.resilience = resilience;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<Incident> incidents() {
        return repository.findAll();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public Incident incident(String key) {
        return repository.findByKey(key).orElseThrow(() -> new NotFoundException("Incident", key));
    }

    /**
     * Creates ({@code expectedVersion} null) or updates an incident. Unlike the file, which may carry history
     * naming retired keys, an edit must name a provider and failure domains that exist.
     */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Incident save(Incident incident, Long expectedVersion) {
        validate(incident);
        Incident before = expectedVersion == null ? null : incident(incident.key());
        if (expectedVersion == null) {
            if (repository.findByKey(incident.key()).isPresent()) {
                throw new ValidationException(List.of(new FieldError("key",
                        "an incident with the key '" + incident.key() + "' already exists")));
            }
            repository.insert(incident);
        } else if (!repository.update(incident, expectedVersion)) {
            throw new ConflictException("Incident", incident.key());
        }
        history.forget();
        Incident after = incident(incident.key());
        audit.record(before == null ? "create" : "update", "incident", incident.key(), before, after);
        publish(before, after);
        return after;
    }

    /** Adds an update to the timeline; {@code resolve} also closes the incident at the update's time. */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Incident addUpdate(String key, long expectedVersion, IncidentUpdate update, boolean resolve) {
        Incident i = incident(key);
        if (update.at() == null) {
            throw new ValidationException(List.of(new FieldError("at", "the time of the update is required (UTC)")));
        }
        if (update.at().isAfter(clock.instant())) {
            throw new ValidationException(List.of(new FieldError("at", "the update's time " + update.at()
                    + " is in the future")));
        }
        if (update.at().isBefore(i.start())) {
            throw new ValidationException(List.of(new FieldError("at", "the update's time must be at or after the"
                    + " incident's start " + i.start())));
        }
        List<IncidentUpdate> updates = new ArrayList<>(i.updates());
        updates.add(update);
        updates.sort(Comparator.comparing(IncidentUpdate::at));
        Instant end = resolve ? update.at() : i.end();
        return save(new Incident(i.key(), i.provider(), i.title(), i.impact(), i.source(), i.externalId(), i.link(),
                i.start(), end, i.affects(), i.components(), updates, i.notes(), expectedVersion), expectedVersion);
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public void delete(String key, long version) {
        Incident before = incident(key);
        if (!repository.delete(key, version)) {
            throw new ConflictException("Incident", key);
        }
        history.forget();
        audit.record("delete", "incident", key, before, null);
    }

    /**
     * Imports a Statuspage v2 payload (incidents.json or summary.json) as the incidents of a provider. An incident
     * seen before (same page id) is updated, never duplicated; an unresolved one stays open. A malformed payload is
     * refused whole, naming the field at fault, and nothing is written.
     */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public StatusImportResult importStatusPage(String provider, InputStream in) {
        byte[] payload = Documents.readLimited(in, maxDocumentBytes);
        if (provider == null || inventory.providers().stream().map(Provider::key).noneMatch(provider::equals)) {
            throw new ValidationException(List.of(new FieldError("provider",
                    "'" + provider + "' is unknown: choose the provider whose status page this is")));
        }
        StatuspagePayload parsed;
        try {
            parsed = new StatuspageParser().parse(payload);
        } catch (StatuspageFormatException e) {
            throw new ValidationException(List.of(new FieldError(e.path(),
                    "this is not a Statuspage v2 incidents.json or summary.json payload: " + e.problem())));
        }
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (Incident incident : StatusImport.incidents(provider, parsed)) {
            Optional<Incident> known = repository.findByExternalId(provider, incident.externalId());
            if (known.isPresent()) {
                Incident merged = StatusImport.keepLocal(incident, known.get());
                if (!repository.update(merged, known.get().version())) { // edited meanwhile: keep that edit
                    throw new ConflictException("Incident", merged.key());
                }
                updated.add(merged.key());
                audit.record("update", "incident", merged.key(), known.get(), merged);
                publish(known.get(), merged);
            } else if (repository.findByKey(incident.key()).isPresent()) {
                throw new ValidationException(List.of(new FieldError("incidents", "the key '" + incident.key()
                        + "' this page's incident would take is already used by another incident")));
            } else {
                repository.insert(incident);
                created.add(incident.key());
                audit.record("create", "incident", incident.key(), null, incident);
                if (incident.open()) {
                    publish(null, incident); // an imported file's past is history, not news
                }
            }
        }
        history.forget();
        return new StatusImportResult(provider, created, updated, unmapped(provider, parsed));
    }

    /**
     * Applies one poll of a provider's status page: its incidents.json and summary.json, parsed by the same parser
     * as an import. Incidents are keyed by page id as in {@link #importStatusPage}; only what changed is written
     * (an unchanged incident is not touched, so polling leaves no trail), and each change is published as an
     * {@link IncidentEvent} in this transaction. Components that are down while the page shows no unresolved
     * incident open (and later update and resolve) an incident of their own, keyed {@code components-<epoch s>}.
     * An incident first seen already resolved, and resolved before {@code watchedSince} (the page's last good
     * poll; null: never read before), is history: it is stored without an event, so the first poll of a page does
     * not alert on its whole past.
     */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public PollResult applyPoll(String provider, StatuspagePayload incidentsPayload, StatuspagePayload summary,
                                Instant watchedSince) {
        Map<String, com.continuity.incidents.statuspage.StatusIncident> byId = new java.util.LinkedHashMap<>();
        incidentsPayload.incidents().forEach(i -> byId.put(i.id(), i));
        summary.incidents().forEach(i -> byId.put(i.id(), i)); // the summary's word on an unresolved one is newest
        StatuspagePayload merged = new StatuspagePayload(summary.pageId(), List.copyOf(byId.values()),
                summary.components());
        List<String> opened = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        List<Incident> fromPage = new ArrayList<>(StatusImport.incidents(provider, merged));
        boolean pageHasOpenIncident = merged.incidents().stream().anyMatch(i -> !i.resolved());
        Incident openComponents = repository.findOpenByExternalIdPrefix(provider,
                StatusImport.COMPONENTS_PREFIX).orElse(null);
        Incident components = StatusImport.componentIncident(provider, openComponents,
                pageHasOpenIncident ? List.of() : merged.components(), clock.instant());
        if (components != null) {
            fromPage.add(components);
        }
        boolean written = false;
        for (Incident incident : fromPage) {
            Optional<Incident> known = repository.findByExternalId(provider, incident.externalId());
            Incident after;
            if (known.isPresent()) {
                after = incident == components ? incident : StatusImport.keepLocal(incident, known.get());
                if (after.equals(known.get())) {
                    continue;
                }
                if (!repository.update(after, known.get().version())) {
                    throw new ConflictException("Incident", after.key());
                }
                written = true;
                audit.record("update", "incident", after.key(), known.get(), after);
            } else {
                if (repository.findByKey(incident.key()).isPresent()) {
                    continue; // the key is taken by another incident: the import says so, a poll cannot ask
                }
                after = incident;
                repository.insert(after);
                written = true;
                audit.record("create", "incident", after.key(), null, after);
                if (!after.open() && (watchedSince == null || after.end().isBefore(watchedSince))) {
                    continue; // history, not news
                }
            }
            IncidentEvent event = publish(known.orElse(null), after);
            if (event != null) {
                (switch (event.kind()) {
                    case OPENED -> opened;
                    case UPDATED -> updated;
                    case RESOLVED -> resolved;
                }).add(after.key());
            }
        }
        if (written) {
            history.forget();
        }
        return new PollResult(provider, opened, updated, resolved, unmapped(provider, merged));
    }

    /**
     * What a synthetic probe's verdict does to its incident (source probe, external id {@code probe-<key>-<epoch s>},
     * affecting the probe's domains): failing with none open opens one; failing at another impact updates it;
     * healthy again resolves it {@code now}. The change is published like any other.
     */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Optional<IncidentEvent> applyProbe(String probeKey, String probeName, String provider, List<String> domains,
                                              com.continuity.incidents.model.ProbeVerdict verdict, Instant now) {
        String prefix = "probe-" + probeKey + "-";
        Optional<Incident> open = repository.findOpenOfProbe(probeKey);
        Incident after;
        if (verdict.failing() && open.isEmpty()) {
            String externalId = prefix + now.getEpochSecond();
            String key = externalId.length() > 80 ? externalId.substring(externalId.length() - 80) : externalId;
            after = new Incident(key, provider, "Probe " + probeName + " failing", verdict.impact(),
                    IncidentSource.PROBE, externalId, null, now, null, domains, List.of(),
                    List.of(new IncidentUpdate(now, "investigating", verdict.reason())), null, 0);
            repository.insert(after);
            audit.record("create", "incident", after.key(), null, after);
        } else if (open.isPresent() && (!verdict.failing() || open.get().impact() != verdict.impact())) {
            Incident i = open.get();
            List<IncidentUpdate> updates = new ArrayList<>(i.updates());
            Instant at = now.isBefore(i.start()) ? i.start() : now;
            updates.add(new IncidentUpdate(at, verdict.failing() ? "identified" : "resolved", verdict.reason()));
            after = new Incident(i.key(), i.provider(), i.title(), verdict.failing() ? verdict.impact() : i.impact(),
                    i.source(), i.externalId(), i.link(), i.start(), verdict.failing() ? null : at, i.affects(),
                    i.components(), updates, i.notes(), i.version());
            if (!repository.update(after, i.version())) {
                throw new ConflictException("Incident", i.key());
            }
            audit.record("update", "incident", after.key(), i, after);
        } else {
            return Optional.empty();
        }
        history.forget();
        return Optional.ofNullable(publish(open.orElse(null), after));
    }

    /**
     * Resolves the open incident of a probe that is being removed ({@code now}), so that no incident stays open
     * that nothing will ever resolve. Nothing when none is open.
     */
    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public Optional<IncidentEvent> resolveProbe(String probeKey, Instant now) {
        Optional<Incident> open = repository.findOpenOfProbe(probeKey);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Incident i = open.get();
        Instant at = now.isBefore(i.start()) ? i.start() : now;
        List<IncidentUpdate> updates = new ArrayList<>(i.updates());
        updates.add(new IncidentUpdate(at, "resolved", "the probe was removed"));
        Incident after = new Incident(i.key(), i.provider(), i.title(), i.impact(), i.source(), i.externalId(),
                i.link(), i.start(), at, i.affects(), i.components(), updates, i.notes(), i.version());
        if (!repository.update(after, i.version())) {
            throw new ConflictException("Incident", i.key());
        }
        audit.record("update", "incident", after.key(), i, after);
        history.forget();
        return Optional.ofNullable(publish(i, after));
    }

    private IncidentEvent publish(Incident before, Incident after) {
        IncidentEvent event = IncidentEvent.between(before, after);
        if (event != null) {
            events.publishEvent(event);
        }
        return event;
    }

    /** The page's components that no failure domain of the provider names. */
    private List<String> unmapped(String provider, StatuspagePayload payload) {
        Set<String> mapped = inventory.failureDomains().stream().filter(d -> provider.equals(d.provider()))
                .flatMap(d -> d.statusComponents().stream()).collect(Collectors.toSet());
        Set<String> named = new TreeSet<>();
        payload.components().forEach(c -> named.add(c.name()));
        payload.incidents().forEach(i -> {
            named.addAll(i.componentNames());
            i.intervals().forEach(c -> named.add(c.componentName()));
        });
        named.removeAll(mapped);
        return List.copyOf(named);
    }

    private void validate(Incident incident) {
        List<FieldError> errors = new ArrayList<>();
        if (incident.title() == null) {
            errors.add(new FieldError("title", "the title is required"));
        }
        if (incident.impact() == null) {
            errors.add(new FieldError("impact", "the impact is required: none, minor, major, critical or maintenance"));
        }
        if (incident.start() == null) {
            errors.add(new FieldError("start", "the start is required, as a UTC time such as 2026-02-18T14:22:00Z"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        errors.addAll(IncidentFormat.check(incident, ""));
        if (incident.provider() != null && inventory.providers().stream().map(Provider::key)
                .noneMatch(incident.provider()::equals)) {
            errors.add(new FieldError("provider", "'" + incident.provider() + "' is unknown: no provider has that key"));
        }
        Set<String> domains = domainKeys();
        for (int a = 0; a < incident.affects().size(); a++) {
            if (!domains.contains(incident.affects().get(a))) {
                errors.add(new FieldError("affects[" + a + "]", "'" + incident.affects().get(a)
                        + "' is unknown: no failure domain has that key"));
            }
        }
        if (incident.start() != null && incident.start().isAfter(clock.instant())) {
            errors.add(new FieldError("start", "the start " + incident.start() + " is in the future"));
        }
        if (incident.end() != null && incident.end().isAfter(clock.instant())) {
            errors.add(new FieldError("end", "the end " + incident.end() + " is in the future; leave it out while"
                    + " the incident is open"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private Set<String> domainKeys() {
        return inventory.failureDomains().stream().map(FailureDomain::key).collect(Collectors.toSet());
    }

    /**
     * The windows in which incidents impaired each failure domain of the inventory, for incidents touching
     * [from, to); windows are not clipped, open ones have no end.
     */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public Map<String, List<DomainWindow>> windowsByDomain(Instant from, Instant to) {
        IncidentWindows.Index domains = new IncidentWindows.Index(inventory.failureDomains());
        Map<String, List<DomainWindow>> out = new HashMap<>();
        for (Incident incident : repository.findTouching(from, to)) {
            for (DomainWindow w : domains.windows(incident)) {
                out.computeIfAbsent(w.domain(), d -> new ArrayList<>()).add(w);
            }
        }
        return out;
    }

    /**
     * What the incident does to our services: the what-if, in practice, of the domains it impaired at impact major
     * or worse, for the time they were impaired (the union of their windows, open ones up to now), not the whole
     * incident. The what-if takes them down together: domains impaired at different times are read as one outage,
     * the cautious reading. No services when it impairs no domain of the inventory at that level.
     */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public IncidentImpact impact(String key) {
        return impact(incident(key), inventory.failureDomains(),
                (down, minutes) -> resilience.whatIf(down, minutes, WhatIf.Basis.IN_PRACTICE));
    }

    /**
     * The incidents touching [from, to), oldest first, each with its {@link #impact}: the inventory is read once
     * for all of them, not once per incident, so a quarter's incidents over a thousand services stay quick.
     */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<IncidentImpact> impacts(Instant from, Instant to) {
        List<FailureDomain> domains = inventory.failureDomains();
        List<BusinessService> services = inventory.services();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return repository.findTouching(from, to).stream().map(i -> impact(i, domains, (down, minutes) ->
                WhatIf.run(services, down, minutes, WhatIf.Basis.IN_PRACTICE, today))).toList();
    }

    private IncidentImpact impact(Incident incident, List<FailureDomain> domains,
                                  BiFunction<Set<String>, Integer, WhatIf.Result> whatIf) {
        List<DomainWindow> windows = IncidentWindows.of(incident, domains);
        List<DomainWindow> downWindows = windows.stream().filter(w -> w.impact().atLeast(Impact.MAJOR)).toList();
        if (downWindows.isEmpty()) {
            return new IncidentImpact(incident, windows, null);
        }
        Instant now = clock.instant();
        long seconds = IncidentHistory.unionSeconds(new ArrayList<>(downWindows.stream()
                .map(w -> new Instant[]{w.start(), w.endOr(now)}).toList()));
        int minutes = (int) Math.max(1, Math.min(ResilienceService.MAX_WHAT_IF_MINUTES, Math.ceilDiv(seconds, 60)));
        Set<String> down = downWindows.stream().map(DomainWindow::domain).collect(Collectors.toCollection(TreeSet::new));
        return new IncidentImpact(incident, windows, whatIf.apply(down, minutes));
    }
}
