package com.continuity.reports;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Contact;
import com.continuity.inventory.ContactRole;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Detection;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillSchedule;
import com.continuity.inventory.PlannedDrill;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Path;
import com.continuity.inventory.Provider;
import com.continuity.resilience.model.Analysis;
import com.continuity.resilience.model.FallbackCheck;
import com.continuity.resilience.model.Finding;
import com.continuity.resilience.model.PracticeRule;
import com.continuity.resilience.picture.DependencyTreePicture;
import com.continuity.resilience.picture.RiskFormat;
import com.continuity.shared.FileNames;
import com.continuity.sla.model.ContractTerms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The runbook of one business service (DESIGN §5): impact, the dependency tree, single points of failure, each
 * dependency's paths, detection and client protection, failover, contacts, recovery and follow-up. Anything the
 * inventory lacks is printed as a gap.
 */
final class RunbookWriter {

    private RunbookWriter() {
    }

    static Document write(ServiceFacts facts) {
        BusinessService s = facts.service();
        List<Block> b = new ArrayList<>();
        impact(facts, b);
        tree(facts, b);
        spofs(facts, b);
        for (Dependency d : s.dependencies()) {
            dependency(facts, d, b);
        }
        failover(facts, b);
        contacts(facts, b);
        recovery(facts, b);
        followUp(facts, b);
        return new Document("Runbook: " + s.name(), subtitle(s), "runbook-" + s.key(),
                "service " + s.key() + ", version " + s.version(), b);
    }

    static String subtitle(BusinessService s) {
        return "Team " + s.team() + " · tier " + s.tier() + (s.owner() == null ? "" : " · owner " + s.owner());
    }

    private static void impact(ServiceFacts f, List<Block> b) {
        BusinessService s = f.service();
        b.add(Block.heading("1  Impact analysis"));
        b.add(orGap("RTO", s.rtoMinutes() == null ? null : RiskFormat.minutes(s.rtoMinutes()), "no recovery time objective"));
        b.add(orGap("RPO", s.rpoMinutes() == null ? null : RiskFormat.minutes(s.rpoMinutes()), "no recovery point objective"));
        b.add(orGap("MTPD", s.mtpdMinutes() == null ? null : RiskFormat.minutes(s.mtpdMinutes()),
                "no maximum tolerable period of disruption"));
        b.add(orGap("Cost of downtime", s.downtimeCostPerHour() == null ? null
                : RiskFormat.money(s.downtimeCostPerHour(), s.currency()) + " per hour", "no cost of downtime"));
        Analysis paper = f.risk().onPaper();
        Analysis practice = f.risk().inPractice();
        b.add(Block.field("Risk score", f.risk().score() + " of 100 (higher is riskier)"));
        b.add(Block.field("Availability", RiskFormat.availability(paper.availability()) + " on paper, "
                + RiskFormat.availability(practice.availability()) + " in practice"));
        b.add(Block.field("Expected downtime", RiskFormat.decimalMinutes(practice.expectedDowntimeMinutesPerYear())
                + " a year in practice"));
        if (practice.expectedAnnualLoss() != null) {
            b.add(Block.field("Expected loss", RiskFormat.money(practice.expectedAnnualLoss(), practice.currency())
                    + " a year in practice"));
        }
    }

    private static void tree(ServiceFacts f, List<Block> b) {
        b.add(Block.heading("2  Dependency tree"));
        b.add(Block.picture(DependencyTreePicture.svg(f.service(), f.risk(), f.availability()),
                "What " + f.service().name() + " needs: dependencies, their paths, and the failure domains each path requires"));
        for (var coupling : DependencyTreePicture.couplings(f.service())) {
            b.add(Block.bullet(coupling.sentence()));
        }
    }

    private static void spofs(ServiceFacts f, List<Block> b) {
        b.add(Block.heading("3  Single points of failure"));
        List<String> paper = f.risk().onPaper().singlePointsOfFailure();
        List<String> practice = f.risk().inPractice().singlePointsOfFailure().stream()
                .filter(d -> !paper.contains(d)).toList();
        b.add(Block.field("On paper", paper.isEmpty() ? "none" : domains(f, paper)));
        b.add(Block.field("In practice, also", practice.isEmpty() ? "none"
                : domains(f, practice) + " (a fallback that does not count in practice)"));
        for (Finding finding : f.risk().findings()) {
            b.add(Block.bullet(RiskFormat.kind(finding.kind()) + ": " + finding.message()));
        }
    }

    private static String domains(ServiceFacts f, List<String> keys) {
        return String.join(", ", keys.stream().map(k -> {
            FailureDomain d = f.domains().get(k);
            return d == null ? k : d.name() + " (" + k + ")";
        }).toList());
    }

    private static void dependency(ServiceFacts f, Dependency d, List<Block> b) {
        b.add(Block.heading("Dependency: " + d.name() + " (" + d.key() + ")"));
        for (Path p : d.paths()) {
            b.add(Block.subheading((p.role() == com.continuity.inventory.PathRole.PRIMARY ? "Primary " : "Fallback ")
                    + p.key()));
            b.add(Block.field("Requires", domains(f, p.requires())));
            if (p.role() == com.continuity.inventory.PathRole.FALLBACK) {
                fallback(f, d, p, b);
            }
        }
        b.add(Block.subheading("Detection"));
        List<ContractTerms> contracts = f.contractsCovering(Words.primary(d).map(Path::requires).orElse(List.of()));
        Detection detection = d.detection();
        b.add(Words.errorRateSignal(detection, contracts).map(t -> Block.field("Error rate", t))
                .orElse(Block.gap("Error rate", "no error-rate threshold, and no contract with an error-rate objective")));
        b.add(Words.latencySignal(detection).map(t -> Block.field("Latency", t))
                .orElse(Block.gap("Latency", "no latency threshold")));
        List<Provider> watched = statusPagesOf(f, Words.primary(d).map(Path::requires).orElse(List.of()));
        if (watched.isEmpty()) {
            b.add(Block.gap("Status page", "no provider is recorded for the primary's domains"));
        }
        for (Provider provider : watched) {
            b.add(provider.statusPage() == null
                    ? Block.gap("Status page", provider.name() + " has no status page recorded")
                    : Block.field("Status page", provider.name() + ": " + provider.statusPage()));
        }
        b.add(Block.subheading("Client protection"));
        for (Words.Setting setting : Words.protection(d.protection())) {
            b.add(setting.block());
        }
    }

    private static void fallback(ServiceFacts f, Dependency d, Path p, List<Block> b) {
        b.add(orGap("Activation", p.activation() == null ? null : FileNames.of(p.activation()), "no activation recorded"));
        b.add(orGap("Switchover", p.switchoverMinutes() == null ? null : RiskFormat.minutes(p.switchoverMinutes()),
                "no switchover time declared"));
        b.add(orGap("Capacity", p.capacityPercent() == null ? null : p.capacityPercent() + " % of normal load",
                "no capacity recorded"));
        b.add(DrillSchedule.lastDrill(p, f.today()).map(RunbookWriter::drill)
                .map(t -> Block.field("Last drill", t)).orElse(Block.gap("Last drill", "never drilled")));
        p.plannedDrills().stream().filter(plan -> DrillSchedule.missed(p, plan, f.today())).forEach(plan -> b.add(
                Block.gap("Planned drill", plan.date() + " by " + plan.owner() + " was not done")));
        p.plannedDrills().stream().filter(plan -> !plan.date().isBefore(f.today()))
                .min(Comparator.comparing(PlannedDrill::date))
                .ifPresent(plan -> b.add(Block.field("Next drill", plan.date() + ", " + plan.owner()
                        + (plan.scenario() == null ? "" : ": " + plan.scenario()))));
        f.risk().fallbacks().stream().filter(c -> c.dependency().equals(d.key()) && c.path().equals(p.key()))
                .filter(c -> !c.counts()).findFirst()
                .ifPresent(c -> b.add(Block.gap("In practice", "does not count: " + RiskFormat.gaps(c.gaps()))));
    }

    static String drill(Drill drill) {
        return drill.date() + ", " + FileNames.of(drill.result())
                + (drill.switchoverMinutes() == null ? "" : ", switchover " + RiskFormat.minutes(drill.switchoverMinutes()))
                + (drill.notes() == null ? "" : ". " + drill.notes());
    }

    static List<Provider> statusPagesOf(ServiceFacts f, List<String> domainKeys) {
        return domainKeys.stream().map(f.domains()::get).filter(d -> d != null && d.provider() != null)
                .map(d -> f.providers().get(d.provider())).filter(p -> p != null).distinct().toList();
    }

    private static void failover(ServiceFacts f, List<Block> b) {
        b.add(Block.heading("4  Failover steps"));
        for (Dependency d : f.service().dependencies()) {
            for (String step : failoverSteps(f, d)) {
                b.add(Block.bullet(step));
            }
        }
    }

    /**
     * What to do for one dependency, in order: trip its breaker, then move to its fallbacks, trusted ones first,
     * each after the one before it, and each saying which failures it does not survive (a domain it shares with the
     * primary: the coupling).
     */
    static List<String> failoverSteps(ServiceFacts f, Dependency d) {
        List<String> steps = new ArrayList<>();
        Path primary = Words.primary(d).orElse(null);
        String primaryKey = primary == null ? "its primary" : primary.key();
        steps.add(d.protection().breakerFailureRatePercent() == null
                ? d.name() + ": no circuit breaker recorded; stop calls to " + primaryKey + " by hand (feature flag or gateway rule)"
                : d.name() + ": trip the circuit breaker on " + primaryKey + " (" + Words.breaker(d.protection()) + ")");
        List<Path> fallbacks = Words.fallbacks(d).stream()
                .sorted(java.util.Comparator.comparing((Path p) -> !counts(f, d, p))).toList();
        if (fallbacks.isEmpty()) {
            steps.add(d.name() + ": no fallback; degrade gracefully, queue the work and tell users");
        }
        Path previous = null;
        for (Path p : fallbacks) {
            List<String> shared = primary == null ? List.of()
                    : p.requires().stream().filter(primary.requires()::contains).distinct().sorted().toList();
            steps.add(d.name() + ": " + (previous == null ? "" : "if " + previous.key() + " is down too, ")
                    + (p.activation() == com.continuity.inventory.Activation.AUTOMATIC
                    ? "confirm traffic moved to " + p.key() + " on its own"
                    : "switch to " + p.key() + " by hand")
                    + (p.switchoverMinutes() == null ? "" : " within " + RiskFormat.minutes(p.switchoverMinutes()))
                    + (p.capacityPercent() == null || p.capacityPercent() >= 100 ? ""
                    : "; it carries " + p.capacityPercent() + " %, shed the rest")
                    + (shared.isEmpty() ? "" : "; no use if " + String.join(", ", shared)
                    + " failed, which it shares with " + primaryKey)
                    + (counts(f, d, p) ? "" : " (untrusted: " + RiskFormat.gaps(gapsOf(f, d, p)) + ")"));
            previous = p;
        }
        return steps;
    }

    private static boolean counts(ServiceFacts f, Dependency d, Path p) {
        return gapsOf(f, d, p).isEmpty();
    }

    private static List<PracticeRule.Gap> gapsOf(ServiceFacts f, Dependency d, Path p) {
        return f.risk().fallbacks().stream().filter(c -> c.dependency().equals(d.key()) && c.path().equals(p.key()))
                .findFirst().map(FallbackCheck::gaps).orElse(List.of());
    }

    private static void contacts(ServiceFacts f, List<Block> b) {
        b.add(Block.heading("5  Contacts"));
        List<Contact> contacts = f.service().contacts();
        for (ContactRole role : ContactRole.values()) {
            List<Contact> of = Words.contacts(contacts, role);
            if (of.isEmpty() && role == ContactRole.OWNER && f.service().owner() != null) {
                b.add(Block.field(Words.role(role), f.service().owner() + " (no way to reach recorded)"));
            } else if (of.isEmpty() && role != ContactRole.OTHER && role != ContactRole.ESCALATION) {
                b.add(Block.gap(Words.role(role), "no " + Words.role(role).toLowerCase() + " contact recorded"));
            }
            of.forEach(c -> b.add(Block.field(Words.role(role), Words.contact(c))));
        }
        for (Provider p : f.providersNeeded()) {
            b.add(p.statusPage() == null ? Block.gap("Vendor status page", p.name() + " has no status page recorded")
                    : Block.field("Vendor status page", p.name() + ": " + p.statusPage()));
        }
    }

    private static void recovery(ServiceFacts f, List<Block> b) {
        b.add(Block.heading("6  Recovery"));
        b.add(Block.bullet("When the provider reports recovery, let each breaker go half-open; move traffic back "
                + "only once the error rate stays under the detection threshold"));
        b.add(Block.bullet("Drain the backlog gradually, within the retry budget and the primary's rate limits: "
                + "a burst of queued work is the next outage"));
        BusinessService s = f.service();
        if (s.rpoMinutes() != null) {
            b.add(Block.bullet("Check for lost work: the RPO allows " + RiskFormat.minutes(s.rpoMinutes())
                    + "; replay anything older from the queue or logs"));
        }
        b.add(Block.bullet("Confirm with users that answers are back to normal quality and latency"));
    }

    private static void followUp(ServiceFacts f, List<Block> b) {
        b.add(Block.heading("7  Follow-up"));
        List<ContractTerms> contracts = f.contracts();
        if (contracts.isEmpty()) {
            b.add(Block.gap("Credits", "no contract covers the domains this service needs"));
        }
        for (ContractTerms c : contracts) {
            b.add(Block.field("Credits", "claim under " + c.name() + " (" + c.key() + "), "
                    + Words.deadlineRule(c.claim()) + "; the app computes the amount on the contract's page"));
        }
        b.add(Block.bullet("Record the incident in the app with its windows, so that the claim and the history are right"));
        b.add(Block.bullet("Log a drill for every fallback used, with the switchover measured"));
        b.add(Block.bullet("Bring the findings to the next quarterly continuity review"));
    }

    private static Block orGap(String label, String value, String missing) {
        return value == null ? Block.gap(label, missing) : Block.field(label, value);
    }
}
