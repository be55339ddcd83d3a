package com.continuity.reviews;

import com.continuity.incidents.Incident;
import com.continuity.incidents.IncidentImpact;
import com.continuity.incidents.IncidentService;
import com.continuity.incidents.DomainWindow;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillSchedule;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.resilience.ResilienceService;
import com.continuity.resilience.model.BlastRadius;
import com.continuity.resilience.model.Exposure;
import com.continuity.resilience.model.Finding;
import com.continuity.resilience.model.PortfolioRisk;
import com.continuity.resilience.model.ServiceRisk;
import com.continuity.resilience.model.WhatIf;
import com.continuity.reviews.model.Comparison;
import com.continuity.reviews.model.Quarter;
import com.continuity.reviews.model.Snapshot;
import com.continuity.reviews.model.Snapshot.ClaimEntry;
import com.continuity.reviews.model.Snapshot.ContractEntry;
import com.continuity.reviews.model.Snapshot.Credits;
import com.continuity.reviews.model.Snapshot.DrillEntry;
import com.continuity.reviews.model.Snapshot.DrillGap;
import com.continuity.reviews.model.Snapshot.IncidentEntry;
import com.continuity.reviews.model.Snapshot.MonthEntry;
import com.continuity.reviews.model.Snapshot.RadiusEntry;
import com.continuity.reviews.model.Snapshot.ServiceEntry;
import com.continuity.reviews.model.Snapshot.ServiceHit;
import com.continuity.reviews.model.Snapshot.TrendPoint;
import com.continuity.shared.Money;
import com.continuity.sla.Claim;
import com.continuity.sla.ClaimService;
import com.continuity.sla.ClaimStatus;
import com.continuity.sla.Contract;
import com.continuity.sla.SlaPeriod;
import com.continuity.sla.SlaService;
import com.continuity.sla.model.Slo;
import com.continuity.sla.model.SloKind;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Compiles a review's snapshot from what every module says now. Runs once, when the review is opened; the result
 * is stored and never recomputed. Reads through the modules' services, so it sees what the manager may see.
 */
@Component
class SnapshotCompiler {

    /** How many earlier reviews the score trend shows besides this one. */
    static final int TREND_REVIEWS = 7;

    private final InventoryService inventory;
    private final ResilienceService resilience;
    private final IncidentService incidents;
    private final SlaService sla;
    private final ClaimService claims;
    private final Clock clock;

    SnapshotCompiler(InventoryService inventory, ResilienceService resilience, IncidentService incidents,
                     SlaService sla, ClaimService claims, Clock clock) {
        this.inventory = inventory;
        this.resilience = resilience;
        this.incidents = incidents;
        this.sla = sla;
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * @param team     the team in scope, or null for the whole organisation
     * @param previous the latest earlier review of the same scope, if any
     * @param earlier  the snapshots of earlier reviews of the same scope, oldest first, for the trend
     */
    Snapshot compile(Quarter quarter, String team, String teamName, Optional<Review> previous,
                     List<Snapshot> earlier) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<BusinessService> services = inventory.services().stream()
                .filter(s -> team == null || team.equals(s.team())).toList();
        Map<String, ServiceRisk> risks = resilience.ranking().stream()
                .collect(Collectors.toMap(ServiceRisk::service, Function.identity()));
        List<FailureDomain> domains = inventory.failureDomains();

        List<ServiceEntry> entries = services.stream().map(s -> entry(s, risks.get(s.key())))
                .sorted(Comparator.comparingInt((ServiceEntry e) -> -e.score()).thenComparing(ServiceEntry::key))
                .toList();
        PortfolioRisk portfolio = PortfolioRisk.of(services, risks, domains, inventory.providers());
        Set<String> ourProviders = domains.stream()
                .filter(d -> services.stream().anyMatch(s -> uses(s, d.key())))
                .map(FailureDomain::provider).filter(p -> p != null).collect(Collectors.toSet());

        Snapshot.Changes changes = Comparison.between(previous.map(r -> r.snapshot().services()).orElse(null),
                entries);
        List<TrendPoint> trend = new ArrayList<>(earlier.stream().map(s -> Comparison.point(s.quarter(),
                s.services())).toList());
        trend.add(Comparison.point(quarter, entries));

        List<IncidentEntry> incidentEntries = incidents(quarter, now, services);
        List<ContractEntry> contracts = contracts(quarter, team, ourProviders, now);
        Credits credits = credits(quarter, contracts.stream().map(ContractEntry::key).collect(Collectors.toSet()),
                team == null);
        List<DrillEntry> drills = drillsDone(quarter, services, today);
        List<DrillGap> gaps = drillGaps(services, today);
        Snapshot draft = new Snapshot(quarter, now, team, teamName,
                previous.map(r -> new Snapshot.Previous(r.id(), r.quarter())).orElse(null), entries,
                radius(portfolio), portfolio.concentration().stream()
                .filter(c -> ourProviders.contains(c.provider()))
                .map(c -> new Snapshot.ConcentrationEntry(c.provider(), c.name(), c.criticalServices(),
                        c.downOnPaper(), c.downInPractice())).toList(),
                changes, incidentEntries, contracts, credits, drills, gaps, plannedDrills(quarter, services, today), trend,
                List.of());
        return withFindings(draft);
    }

    private static ServiceEntry entry(BusinessService s, ServiceRisk risk) {
        return new ServiceEntry(s.key(), s.name(), s.team(), s.tier(), s.owner(), risk.score(),
                risk.onPaper().singlePointsOfFailure(), risk.inPractice().singlePointsOfFailure(),
                risk.inPractice().availability(), risk.inPractice().expectedDowntimeMinutesPerYear(),
                Money.ofNullable(risk.inPractice().expectedAnnualLoss(), risk.inPractice().currency()),
                s.rtoMinutes(), s.rpoMinutes(), s.mtpdMinutes(),
                risk.findings().stream().sorted(Comparator.comparingInt((Finding f) -> -f.weight()))
                        .map(Finding::message).limit(3).toList());
    }

    private static boolean uses(BusinessService s, String domain) {
        return s.dependencies().stream().anyMatch(d -> d.paths().stream().anyMatch(p -> p.requires().contains(domain)));
    }

    /** The domains and providers that take down at least one service in scope, widest first. */
    private static List<RadiusEntry> radius(PortfolioRisk portfolio) {
        List<RadiusEntry> out = new ArrayList<>();
        for (List<BlastRadius> list : List.of(portfolio.providers(), portfolio.domains())) {
            list.stream().filter(r -> !r.onPaper().isEmpty() || !r.inPractice().isEmpty())
                    .map(r -> new RadiusEntry(r.scope().name().toLowerCase(), r.key(), r.name(), r.onPaper().size(),
                            r.inPractice().size(), r.inPractice().stream().map(Exposure::service).toList(),
                            Money.sumByCurrency(r.inPractice().stream().map(Exposure::costPerHour)
                                    .filter(m -> m != null).toList())))
                    .forEach(out::add);
        }
        return out;
    }

    /** Incidents that overlap the quarter and touch our services' domains, with their impact in practice. */
    private List<IncidentEntry> incidents(Quarter quarter, Instant now, List<BusinessService> services) {
        Instant from = quarter.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = quarter.end().atStartOfDay(ZoneOffset.UTC).toInstant();
        Set<String> inScope = services.stream().map(BusinessService::key).collect(Collectors.toSet());
        Set<String> used = new HashSet<>();
        services.forEach(s -> s.dependencies().forEach(d -> d.paths().forEach(p -> used.addAll(p.requires()))));
        List<IncidentEntry> out = new ArrayList<>();
        for (IncidentImpact impact : incidents.impacts(from, to)) {
            Incident i = impact.incident();
            if (i.start().isAfter(now)) {
                continue;
            }
            List<String> domains = impact.windows().stream().map(DomainWindow::domain).distinct().sorted().toList();
            if (domains.stream().noneMatch(used::contains)) {
                continue;
            }
            List<ServiceHit> hits = new ArrayList<>();
            if (impact.services() != null) {
                for (List<WhatIf.Outcome> list : List.of(impact.services().down(), impact.services().degraded())) {
                    list.stream().filter(o -> inScope.contains(o.service().service()))
                            .map(o -> new ServiceHit(o.service().service(), o.service().name(),
                                    o.state().fileName(), o.stoppedMinutes(), o.loss()))
                            .forEach(hits::add);
                }
            }
            out.add(new IncidentEntry(i.key(), i.provider(), i.title(), i.impact().fileName(), i.start(), i.end(),
                    domains, hits));
        }
        out.sort(Comparator.comparing(IncidentEntry::start));
        return out;
    }

    /** Contracts with our providers (all of them for the organisation), each with its months of the quarter so far. */
    private List<ContractEntry> contracts(Quarter quarter, String team, Set<String> ourProviders, Instant now) {
        List<ContractEntry> out = new ArrayList<>();
        for (Contract c : sla.contracts()) {
            if (team != null && !ourProviders.contains(c.terms().provider())) {
                continue;
            }
            YearMonth current = YearMonth.from(now.atZone(c.terms().timeZone()));
            YearMonth last = quarter.months().getLast().isAfter(current) ? current : quarter.months().getLast();
            List<MonthEntry> months = last.isBefore(quarter.firstMonth()) ? List.of()
                    : sla.periods(c.key(), quarter.firstMonth(), last).stream().map(SnapshotCompiler::month).toList();
            BigDecimal objective = c.terms().slos().stream().filter(s -> s.kind() == SloKind.MONTHLY_UPTIME)
                    .map(Slo::objectivePercent).max(BigDecimal::compareTo).orElse(null);
            out.add(new ContractEntry(c.key(), c.terms().name(), c.terms().provider(), objective, months));
        }
        return out;
    }

    private static MonthEntry month(SlaPeriod p) {
        return new MonthEntry(p.evaluation().period(), p.evaluation().uptimePercent(), p.evaluation().sloMet(),
                p.inProgress(), new Money(p.evaluation().creditAmount(), p.evaluation().currency()),
                p.claim() == null ? null : p.claim().status().name().toLowerCase());
    }

    /**
     * The claims that concern the quarter: those for its months, and those for earlier months whose deadline fell
     * in it or that are still owed or claimed now; never a later month's. Claims of contracts no longer stored count for the organisation only.
     */
    private Credits credits(Quarter quarter, Set<String> contracts, boolean organisation) {
        LocalDate from = quarter.start();
        LocalDate to = quarter.end();
        Predicate<Claim> concerns = c -> !c.period().isAfter(quarter.months().getLast())
                && (quarter.months().contains(c.period())
                || (c.deadline() != null && !c.deadline().isBefore(from) && c.deadline().isBefore(to))
                || c.status() == ClaimStatus.OWED || c.status() == ClaimStatus.CLAIMED);
        List<Claim> chosen = claims.claims().stream().filter(concerns)
                .filter(c -> organisation || contracts.contains(c.contract()))
                .sorted(Comparator.comparing(Claim::period).thenComparing(Claim::contract)).toList();
        List<ClaimEntry> entries = chosen.stream().map(c -> new ClaimEntry(c.id(), c.contract(), c.contractName(),
                c.period(), c.status().name().toLowerCase(), c.amount(), c.deadline(), c.received())).toList();
        return new Credits(sum(chosen, ClaimStatus.OWED, Claim::amount), sum(chosen, ClaimStatus.CLAIMED, Claim::amount),
                sum(chosen, ClaimStatus.RECEIVED, Claim::received), sum(chosen, ClaimStatus.DENIED, Claim::amount),
                sum(chosen, ClaimStatus.EXPIRED, Claim::amount), entries);
    }

    private static List<Money> sum(List<Claim> claims, ClaimStatus status, Function<Claim, Money> amount) {
        return Money.sumByCurrency(claims.stream().filter(c -> c.status() == status).map(amount)
                .filter(m -> m != null).toList());
    }

    private static List<DrillEntry> drillsDone(Quarter quarter, List<BusinessService> services, LocalDate today) {
        List<DrillEntry> out = new ArrayList<>();
        forEachFallback(services, (s, d, p) -> p.drills().stream()
                .filter(x -> x.date() != null && !x.date().isBefore(quarter.start())
                        && x.date().isBefore(quarter.end()) && !x.date().isAfter(today))
                .forEach(x -> out.add(new DrillEntry(s.key(), s.name(), d.key(), p.key(), x.date(),
                        x.result().name().toLowerCase(), x.switchoverMinutes()))));
        out.sort(Comparator.comparing(DrillEntry::date).thenComparing(DrillEntry::service));
        return out;
    }

    /**
     * Fallbacks never drilled, whose last drill failed or only partly passed (which the practice rule counts as not
     * passed), or whose last drill is older than the practice rule allows.
     */
    static List<DrillGap> drillGaps(List<BusinessService> services, LocalDate today) {
        List<DrillGap> out = new ArrayList<>();
        forEachFallback(services, (s, d, p) -> {
            Optional<Drill> last = DrillSchedule.lastDrill(p, today);
            DrillGap.Kind kind = last.isEmpty() ? DrillGap.Kind.NEVER
                    : last.get().result() != DrillResult.PASSED ? DrillGap.Kind.FAILED
                    : DrillSchedule.isTooOld(last.get().date(), today) ? DrillGap.Kind.OVERDUE : null;
            if (kind != null) {
                out.add(new DrillGap(s.key(), s.name(), s.team(), d.key(), p.key(), kind,
                        last.map(Drill::date).orElse(null)));
            }
        });
        return out;
    }

    /** Drills planned in the quarter and those still to come, past ones marked missed when no drill followed. */
    private static List<Snapshot.PlannedDrillEntry> plannedDrills(Quarter quarter, List<BusinessService> services,
                                                                  LocalDate today) {
        List<Snapshot.PlannedDrillEntry> out = new ArrayList<>();
        forEachFallback(services, (s, d, p) -> p.plannedDrills().stream()
                .filter(plan -> !plan.date().isBefore(today) || (!plan.date().isBefore(quarter.start())
                        && plan.date().isBefore(quarter.end())))
                .forEach(plan -> out.add(new Snapshot.PlannedDrillEntry(s.key(), s.name(), d.key(), p.key(),
                        plan.date(), plan.owner(), plan.scenario(), DrillSchedule.missed(p, plan, today)))));
        out.sort(Comparator.comparing(Snapshot.PlannedDrillEntry::date).thenComparing(Snapshot.PlannedDrillEntry::service));
        return out;
    }

    private interface FallbackVisitor {
        void visit(BusinessService service, Dependency dependency, Path fallback);
    }

    private static void forEachFallback(List<BusinessService> services, FallbackVisitor visitor) {
        for (BusinessService s : services) {
            for (Dependency d : s.dependencies()) {
                d.paths().stream().filter(p -> p.role() == PathRole.FALLBACK).forEach(p -> visitor.visit(s, d, p));
            }
        }
    }

    private static Snapshot withFindings(Snapshot s) {
        return new Snapshot(s.quarter(), s.takenAt(), s.team(), s.teamName(), s.previous(), s.services(),
                s.blastRadius(), s.concentration(), s.changes(), s.incidents(), s.contracts(), s.credits(),
                s.drillsDone(), s.drillGaps(), s.plannedDrills(), s.trend(), com.continuity.reviews.model.ReviewFindings.of(s));
    }
}
