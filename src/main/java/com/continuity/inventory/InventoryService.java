package com.continuity.inventory;

import com.continuity.inventory.portfolio.PortfolioValidator;
import com.continuity.security.AuditLog;
import com.continuity.security.Permissions;
import com.continuity.security.TeamAccess;
import com.continuity.shared.ConflictException;
import com.continuity.shared.FieldError;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * The inventory's one door for the UI and the REST API: every read and write passes the same method security,
 * the same validation, the same version check and the same audit log.
 * Providers and failure domains are written by managers; services also by editors of the owning team.
 */
@Service
public class InventoryService {

    private final InventoryRepository repository;
    private final TeamAccess teamAccess;
    private final AuditLog audit;
    private final Clock clock;

    InventoryService(InventoryRepository repository, TeamAccess teamAccess, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.teamAccess = teamAccess;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- providers

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<Provider> providers() {
        return repository.findProviders();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public Provider provider(String key) {
        return repository.findProvider(key).orElseThrow(() -> new NotFoundException("Provider", key));
    }

    /** Creates the provider when {@code expectedVersion} is null, else updates the version the caller read. */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Provider saveProvider(Provider p, Long expectedVersion) {
        List<Provider> others = repository.findProviders().stream().filter(x -> !x.key().equals(p.key())).toList();
        requireValid(PortfolioValidator.validateProviderAmong(p, "", others));
        Provider before = expectedVersion == null ? requireNew(repository.findProvider(p.key()).orElse(null), p.key())
                : provider(p.key());
        if (!repository.saveProvider(p, expectedVersion)) {
            throw new ConflictException("Provider", p.key());
        }
        Provider after = provider(p.key());
        audit.record(expectedVersion == null ? "create" : "update", "provider", p.key(), before, after);
        return after;
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public void deleteProvider(String key, long version) {
        Provider before = provider(key);
        List<String> children = repository.findProviders().stream().filter(x -> key.equals(x.parent()))
                .map(Provider::key).toList();
        if (!children.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("key", "provider '" + key + "' is the parent of "
                    + String.join(", ", children) + "; change their parent first")));
        }
        deleteOrExplain(() -> repository.deleteProvider(key, version), "Provider", key,
                "provider '" + key + "' still has failure domains; delete or move them first");
        audit.record("delete", "provider", key, before, null);
    }

    // ---- failure domains

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<FailureDomain> failureDomains() {
        return repository.findDomains();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public FailureDomain failureDomain(String key) {
        return repository.findDomain(key).orElseThrow(() -> new NotFoundException("Failure domain", key));
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public FailureDomain saveFailureDomain(FailureDomain d, Long expectedVersion) {
        requireValid(PortfolioValidator.validateFailureDomain(d, "", repository.providerKeys()));
        FailureDomain before = expectedVersion == null
                ? requireNew(repository.findDomain(d.key()).orElse(null), d.key()) : failureDomain(d.key());
        if (!repository.saveDomain(d, expectedVersion)) {
            throw new ConflictException("Failure domain", d.key());
        }
        FailureDomain after = failureDomain(d.key());
        audit.record(expectedVersion == null ? "create" : "update", "failure-domain", d.key(), before, after);
        return after;
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public void deleteFailureDomain(String key, long version) {
        FailureDomain before = failureDomain(key);
        deleteOrExplain(() -> repository.deleteDomain(key, version), "Failure domain", key,
                "failure domain '" + key + "' is still required by paths or covered by contracts; remove it from them first");
        audit.record("delete", "failure-domain", key, before, null);
    }

    // ---- business services

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<BusinessService> services() {
        return repository.findServices();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public BusinessService service(String key) {
        return repository.findService(key).orElseThrow(() -> new NotFoundException("Business service", key));
    }

    /** Whether the current user may change services of this team: the UI uses it to offer or hide edit actions. */
    @PreAuthorize(Permissions.READ)
    public boolean canEditServicesOf(String teamKey) {
        return teamAccess.canWriteServiceOf(teamKey);
    }

    /** The teams whose services the current user may change, sorted: where a new service can go. */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<String> teamsEditableByCurrentUser() {
        return repository.teamKeys().stream().filter(teamAccess::canWriteServiceOf).sorted().toList();
    }

    /**
     * Saves the whole service aggregate (impact analysis, dependencies, paths, drills). Editors may save only
     * services of their own teams, and may not hand one to another team.
     */
    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public BusinessService saveService(BusinessService s, Long expectedVersion) {
        BusinessService before = expectedVersion == null
                ? requireNew(repository.findService(s.key()).orElse(null), s.key()) : service(s.key());
        if (before != null) {
            teamAccess.requireServiceWrite(before.team());
        }
        requireValid(PortfolioValidator.validateService(s, "", repository.teamKeys(), repository.domainKeys()));
        teamAccess.requireServiceWrite(s.team());
        if (!repository.saveService(s, expectedVersion)) {
            throw new ConflictException("Business service", s.key());
        }
        BusinessService after = service(s.key());
        audit.record(expectedVersion == null ? "create" : "update", "service", s.key(), before, after);
        return after;
    }

    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public void deleteService(String key, long version) {
        BusinessService before = service(key);
        teamAccess.requireServiceWrite(before.team());
        if (!repository.deleteService(key, version)) {
            throw new ConflictException("Business service", key);
        }
        audit.record("delete", "service", key, before, null);
    }

    /**
     * The drills of every service's fallbacks due today (UTC): planned in the next 14 days, missed, overdue or never
     * drilled, soonest first ({@link DrillSchedule}). What the drill reminders and the Alerts page read.
     */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<DueDrill> dueDrills() {
        return DrillSchedule.due(repository.findServices(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    // ---- the grids, a page at a time

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<ServiceRow> serviceRows(ServiceQuery query) {
        return repository.findServiceRows(query);
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public long countServiceRows(String filter) {
        return repository.countServiceRows(filter);
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<DependencyRow> dependencies(DependencyQuery query) {
        return repository.findDependencies(query);
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public long countDependencies(String filter) {
        return repository.countDependencies(filter);
    }

    // ----

    private static <T> T requireNew(T existing, String key) {
        if (existing != null) {
            throw new ValidationException(List.of(new FieldError("key", "key '" + key + "' is taken already")));
        }
        return null;
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void deleteOrExplain(Supplier<Boolean> delete, String what, String key, String stillUsed) {
        boolean deleted;
        try {
            deleted = delete.get();
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException(List.of(new FieldError("key", stillUsed)));
        }
        if (!deleted) {
            throw new ConflictException(what, key);
        }
    }
}
