package com.continuity.alerts;

import com.continuity.alerts.model.BurnRate;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.DrillSchedule;
import com.continuity.inventory.DueDrill;
import com.continuity.inventory.InventoryService;
import com.continuity.security.CurrentUser;
import com.continuity.security.Role;
import com.continuity.sla.Claim;
import com.continuity.sla.ClaimService;
import com.continuity.sla.ClaimStatus;
import com.continuity.sla.ErrorBudget;
import com.continuity.sla.SlaService;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Conditions that last, checked on a schedule (one instance at a time, through db-scheduler): error-budget burn
 * by the SRE workbook's rules ({@link BurnRate}), claims still owed whose deadline is within
 * {@code claim-deadline-days}, and drills due ({@link DueDrill}: planned within {@code drill-due-days}, missed, or
 * overdue; a fallback never drilled is listed, not sent). Each raises its event when it starts or worsens, not on
 * every check.
 */
@Component
class AlertChecks {

    static final String BURN = "burn:";
    static final String DEADLINE = "claim-deadline:";
    static final String DRILL = "drill-due:";

    private final SlaService sla;
    private final ClaimService claims;
    private final InventoryService inventory;
    private final AlertRecorder recorder;
    private final AlertRepository repository;
    private final AlertsProperties properties;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AlertChecks(SlaService sla, ClaimService claims, InventoryService inventory, AlertRecorder recorder,
                AlertRepository repository, AlertsProperties properties, CurrentUser currentUser,
                TransactionTemplate transactions, Clock clock) {
        this.sla = sla;
        this.claims = claims;
        this.inventory = inventory;
        this.recorder = recorder;
        this.repository = repository;
        this.properties = properties;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    void check() {
        currentUser.runAsSystem(Role.MANAGER, () -> {
            transactions.executeWithoutResult(t -> burn());
            transactions.executeWithoutResult(t -> deadlines());
            transactions.executeWithoutResult(t -> drills());
            return null;
        });
    }

    void burn() {
        Instant now = clock.instant();
        Duration longest = BurnRate.WORKBOOK.stream().map(BurnRate.Rule::longWindow).max(Duration::compareTo).orElseThrow();
        List<String> burning = new ArrayList<>();
        for (ErrorBudget b : sla.errorBudgets(now.minus(longest), now)) {
            List<BurnRate.Sample> samples = b.samples().stream()
                    .map(s -> new BurnRate.Sample(s.start(), s.end(), s.total(), s.failed())).toList();
            Optional<BurnRate.Burn> burn = BurnRate.evaluate(samples, b.budget(), now, BurnRate.WORKBOOK);
            if (burn.isEmpty()) {
                continue;
            }
            String key = BURN + b.contract();
            burning.add(key);
            BurnRate.Burn fired = burn.get();
            if (!repository.raise(key, fired.rule().severity().fileName(), now)) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("severity", fired.rule().severity().fileName());
            body.put("contract", Map.of("key", b.contract(), "name", b.name(), "provider", String.valueOf(b.provider())));
            body.put("budget", b.budget());
            body.put("rule", Map.of("longWindow", fired.rule().longWindow().toString(),
                    "shortWindow", fired.rule().shortWindow().toString(), "factor", fired.rule().factor()));
            body.put("burnRate", Map.of("long", fired.longRate(), "short", fired.shortRate()));
            Set<String> domains = new TreeSet<>(b.covers());
            body.put("domains", List.copyOf(domains));
            Set<String> services = servicesUsing(domains);
            body.put("services", List.copyOf(services));
            body.put("link", properties.baseUrl() + "/contracts/" + b.contract());
            String summary = "Error budget burning (" + fired.rule().severity().fileName() + "): " + b.name() + " at "
                    + String.format(java.util.Locale.ROOT, "%.1f", fired.longRate()) + "× over "
                    + fired.rule().longWindow().toString().substring(2).toLowerCase(java.util.Locale.ROOT) + " and "
                    + String.format(java.util.Locale.ROOT, "%.1f", fired.shortRate()) + "× over "
                    + fired.rule().shortWindow().toString().substring(2).toLowerCase(java.util.Locale.ROOT);
            recorder.record(AlertType.ERROR_BUDGET_BURN, b.contract(), now, summary, body, domains, services);
        }
        repository.clearExcept(BURN, burning);
    }

    void deadlines() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> due = new ArrayList<>();
        for (Claim c : claims.claims()) {
            Long left = c.daysLeft(today);
            if (c.status() != ClaimStatus.OWED || left == null || left < 0 || left > properties.claimDeadlineDays()) {
                continue;
            }
            String key = DEADLINE + c.id() + ":" + c.deadline();
            due.add(key);
            if (!repository.raise(key, "due", now)) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("claim", Map.of("id", c.id(), "contract", c.contract(), "contractName", c.contractName(),
                    "period", c.period().toString(), "amount", c.amount().amount().toPlainString(),
                    "currency", c.amount().currency(), "deadline", c.deadline().toString(), "daysLeft", left));
            body.put("link", properties.baseUrl() + "/claims");
            String summary = "Claim deadline in " + left + (left == 1 ? " day" : " days") + ": " + c.contractName()
                    + " " + c.period() + ", " + c.amount().amount().toPlainString() + " " + c.amount().currency()
                    + " by " + c.deadline();
            Set<String> domains = new TreeSet<>(sla.contracts().stream().filter(k -> k.key().equals(c.contract()))
                    .findFirst().map(k -> k.terms().covers()).orElse(List.of()));
            body.put("domains", List.copyOf(domains));
            Set<String> services = servicesUsing(domains);
            body.put("services", List.copyOf(services));
            recorder.record(AlertType.CLAIM_DEADLINE, c.contract() + "#" + c.period(), now, summary, body, domains,
                    services);
        }
        repository.clearExcept(DEADLINE, due);
    }

    /**
     * One drill-due per due drill, raised once: a plan that comes within reach, is missed, or a fallback that falls
     * overdue (each a key of its own, so a planned drill that is then missed is told again). It goes to the
     * subscriptions of the service's team, of the service, and of everything.
     */
    void drills() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> due = new ArrayList<>();
        for (DueDrill d : inventory.dueDrills()) {
            boolean remind = switch (d.kind()) {
                case PLANNED -> !d.date().isAfter(today.plusDays(properties.drillDueDays()));
                case MISSED, OVERDUE -> true;
                case NEVER -> false;
            };
            if (!remind) {
                continue;
            }
            String subject = d.service() + "/" + d.dependency() + "/" + d.path();
            String key = DRILL + subject + ":" + d.kind().fileName() + ":" + d.date();
            due.add(key);
            if (!repository.raise(key, "due", now)) {
                continue;
            }
            Map<String, Object> drill = new LinkedHashMap<>();
            drill.put("kind", d.kind().fileName());
            drill.put("service", d.service());
            drill.put("serviceName", d.serviceName());
            drill.put("team", d.team());
            drill.put("dependency", d.dependency());
            drill.put("path", d.path());
            drill.put("date", d.date().toString());
            if (d.kind() == DueDrill.Kind.PLANNED) {
                drill.put("daysLeft", ChronoUnit.DAYS.between(today, d.date()));
            }
            drill.put("owner", d.owner());
            drill.put("scenario", d.scenario());
            drill.put("lastDrill", d.lastDrill() == null ? null : d.lastDrill().toString());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("drill", drill);
            body.put("services", List.of(d.service()));
            body.put("link", properties.baseUrl() + "/services/" + d.service());
            recorder.record(AlertType.DRILL_DUE, subject, now, drillSummary(d, today), body, Set.of(),
                    Set.of(d.service()));
        }
        repository.clearExcept(DRILL, due);
    }

    static String drillSummary(DueDrill d, LocalDate today) {
        String where = d.serviceName() + " (" + d.service() + "), fallback " + d.path() + " of " + d.dependency();
        return switch (d.kind()) {
            case PLANNED -> {
                long left = ChronoUnit.DAYS.between(today, d.date());
                String when = left == 0 ? "today" : "in " + left + (left == 1 ? " day" : " days");
                yield "Drill " + when + ": " + where + " on " + d.date() + ", run by " + d.owner()
                        + (d.scenario() == null ? "" : ": " + d.scenario());
            }
            case MISSED -> "Drill missed: " + where + " was planned on " + d.date() + ", run by " + d.owner()
                    + ", and no drill has been logged since";
            case OVERDUE -> "Drill overdue: " + where + " was last drilled on " + d.lastDrill() + ", more than "
                    + DrillSchedule.DRILL_MAX_AGE_DAYS + " days ago";
            case NEVER -> "Drill never done: " + where + " has never been drilled";
        };
    }

    private Set<String> servicesUsing(Set<String> domains) {
        Set<String> out = new TreeSet<>();
        for (BusinessService s : inventory.services()) {
            if (s.dependencies().stream().flatMap(d -> d.paths().stream()).flatMap(p -> p.requires().stream())
                    .anyMatch(domains::contains)) {
                out.add(s.key());
            }
        }
        return out;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        @ConditionalOnProperty(name = "continuity.alerts.checks", havingValue = "true", matchIfMissing = true)
        RecurringTask<Void> alertChecksTask(AlertChecks checks, AlertsProperties properties) {
            return Tasks.recurring("alert-checks", FixedDelay.of(properties.checkInterval()))
                    .execute((instance, context) -> checks.check());
        }
    }
}
