package com.continuity.alerts;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.security.CurrentUser;
import com.continuity.security.Permissions;
import com.continuity.security.TeamAccess;
import com.continuity.shared.FieldError;
import com.continuity.shared.HttpUrls;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Subscriptions and the delivery log. Anyone logged in reads them (never a secret). A team's subscription is
 * written by managers, admins and the team's editors; a subscription to everything (no team) only by managers and
 * admins.
 */
@Service
@EnableConfigurationProperties(AlertsProperties.class)
public class AlertService {

    /** What a webhook or an e-mail subscription asks for; {@code secret} only for webhooks, generated when absent. */
    public record SubscriptionRequest(String target, String secret, String format, String team, List<AlertType> events,
                                      List<String> domains, List<String> services) {
    }

    /** A new webhook with its secret: the only time the secret is shown. */
    public record CreatedWebhook(Subscription webhook, String secret) {
    }

    private final AlertRepository repository;
    private final InventoryService inventory;
    private final CurrentUser currentUser;
    private final TeamAccess teams;
    private final Clock clock;

    AlertService(AlertRepository repository, InventoryService inventory, CurrentUser currentUser, TeamAccess teams,
                 Clock clock) {
        this.repository = repository;
        this.inventory = inventory;
        this.currentUser = currentUser;
        this.teams = teams;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<Subscription> subscriptions(String kind) {
        return repository.subscriptions().stream().filter(s -> kind == null || s.kind().equals(kind))
                .map(s -> mayManage(s.team()) ? s : s.withTarget(masked(s.kind(), s.target()))).toList();
    }

    /**
     * A webhook's URL is a credential (a Slack incoming webhook's path is its key), so only those who may manage the
     * subscription see it whole; others see its scheme and host.
     */
    static String masked(String kind, String target) {
        if (!"webhook".equals(kind) || target == null) {
            return target;
        }
        try {
            java.net.URI uri = java.net.URI.create(target);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
        } catch (IllegalArgumentException e) {
            return "…";
        }
    }

    private boolean mayManage(String team) {
        return team == null ? currentUser.mayWriteInventory() : teams.canWriteServiceOf(team);
    }

    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public CreatedWebhook createWebhook(SubscriptionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        HttpUrls.check("url", request.target()).ifPresent(errors::add);
        String format = request.format() == null ? "json" : request.format();
        if (!format.equals("json") && !format.equals("slack")) {
            errors.add(new FieldError("format", "json or slack"));
        }
        if (request.secret() != null && request.secret().length() < 16) {
            errors.add(new FieldError("secret", "a secret of at least 16 characters, or none to have one generated"));
        }
        String secret = request.secret() != null ? request.secret() : Signature.newSecret();
        Subscription s = check(new Subscription(0, "webhook", request.target() == null ? null : request.target().strip(),
                format, request.team(), request.events(), request.domains(), request.services(), currentUser.name(),
                clock.instant()), errors);
        long id = repository.insert(s, secret);
        return new CreatedWebhook(repository.subscription(id).orElseThrow(), secret);
    }

    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public Subscription createEmail(SubscriptionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String address = request.target() == null ? null : request.target().strip();
        if (address == null || !address.matches("[^@\\s]+@[^@\\s]+")) {
            errors.add(new FieldError("address", "an e-mail address is required"));
        }
        Subscription s = check(new Subscription(0, "email", address, "text", request.team(), request.events(),
                request.domains(), request.services(), currentUser.name(), clock.instant()), errors);
        return repository.subscription(repository.insert(s, null)).orElseThrow();
    }

    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public void delete(long id) {
        Subscription s = repository.subscription(id).orElseThrow(() -> new NotFoundException("Subscription",
                String.valueOf(id)));
        requireWrite(s.team());
        repository.deactivate(id);
    }

    /** The delivery log, newest first; of one subscription when {@code subscription} is not null. */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(Long subscription, int limit) {
        Map<Long, String> teamOf = new java.util.HashMap<>();
        repository.subscriptions().forEach(s -> teamOf.put(s.id(), s.team()));
        return repository.deliveries(subscription, Math.max(1, Math.min(limit, 1000))).stream()
                .map(d -> mayManage(teamOf.get(d.subscription())) ? d : d.withTarget(masked(d.kind(), d.target())))
                .toList();
    }

    private Subscription check(Subscription s, List<FieldError> errors) {
        Set<String> teamKeys = inventory.services().stream().map(BusinessService::team).collect(Collectors.toSet());
        if (s.team() != null && !teamKeys.contains(s.team()) && !currentUser.mayWriteInventory()) {
            errors.add(new FieldError("team", "'" + s.team() + "' owns no service"));
        }
        Set<String> domains = inventory.failureDomains().stream().map(FailureDomain::key).collect(Collectors.toSet());
        for (int i = 0; i < s.domains().size(); i++) {
            if (!domains.contains(s.domains().get(i))) {
                errors.add(new FieldError("domains[" + i + "]", "'" + s.domains().get(i) + "' is unknown"));
            }
        }
        Set<String> services = inventory.services().stream().map(BusinessService::key).collect(Collectors.toSet());
        for (int i = 0; i < s.services().size(); i++) {
            if (!services.contains(s.services().get(i))) {
                errors.add(new FieldError("services[" + i + "]", "'" + s.services().get(i) + "' is unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireWrite(s.team());
        return s;
    }

    private void requireWrite(String team) {
        if (team == null) {
            if (!currentUser.mayWriteInventory()) {
                throw new AccessDeniedException("Only managers and admins subscribe to everything: name your team.");
            }
        } else {
            teams.requireServiceWrite(team);
        }
    }
}
