package com.continuity.reports;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Contact;
import com.continuity.inventory.ContactRole;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Path;
import com.continuity.inventory.Provider;
import com.continuity.resilience.picture.RiskFormat;
import com.continuity.sla.model.ContractTerms;

import java.util.ArrayList;
import java.util.List;

/**
 * The 5-step response checklist of one service, for one printed page (DESIGN §5): 1 Detect and declare, 2 Assess
 * impact, 3 Contain and fail over, 4 Communicate, 5 Recover and review, each with that service's specifics. A
 * missing specific is a line that says what to find out, so the page never pretends to be complete.
 */
final class ChecklistWriter {

    /** Above this many dependencies, failover is one line per dependency, so the checklist stays one page. */
    static final int COMPACT_ABOVE = 3;

    static final List<String> STEPS = List.of("Detect and declare", "Assess impact", "Contain and fail over",
            "Communicate", "Recover and review");

    private ChecklistWriter() {
    }

    static Document write(ServiceFacts f) {
        BusinessService s = f.service();
        List<Block> b = new ArrayList<>();
        b.add(Block.paragraph("Incident ________________   Declared by ________________   Date ____-__-__"));
        b.add(Block.step(1, STEPS.get(0)));
        detect(f, b);
        b.add(Block.step(2, STEPS.get(1)));
        assess(f, b);
        b.add(Block.step(3, STEPS.get(2)));
        contain(f, b);
        b.add(Block.step(4, STEPS.get(3)));
        communicate(f, b);
        b.add(Block.step(5, STEPS.get(4)));
        recover(f, b);
        return new Document("Response checklist: " + s.name(), RunbookWriter.subtitle(s), "checklist-" + s.key(),
                "service " + s.key() + ", version " + s.version(), b);
    }

    private static void detect(ServiceFacts f, List<Block> b) {
        for (Provider p : f.providersNeeded()) {
            b.add(Block.check(p.statusPage() == null ? p.name() + " has NO STATUS PAGE RECORDED: rely on your own signals"
                    : "Watch the status page of " + p.name() + ": " + p.statusPage() + components(f, p)));
        }
        for (Dependency d : f.service().dependencies()) {
            List<ContractTerms> contracts = f.contractsCovering(Words.primary(d).map(Path::requires).orElse(List.of()));
            List<String> signals = new ArrayList<>();
            Words.errorRateSignal(d.detection(), contracts).ifPresent(signals::add);
            Words.latencySignal(d.detection()).ifPresent(signals::add);
            b.add(Block.check(d.name() + ": " + (signals.isEmpty()
                    ? "NO THRESHOLD RECORDED: agree one now (error rate, latency)" : String.join(" or ", signals))));
        }
        b.add(Block.check("Declare the incident and page " + first(f.service().contacts(), ContactRole.ON_CALL,
                "the on-call (NONE RECORDED: find who is)")));
    }

    private static String components(ServiceFacts f, Provider p) {
        List<String> components = f.domains().values().stream()
                .filter(d -> p.key().equals(d.provider()) && needed(f.service(), d))
                .flatMap(d -> d.statusComponents().stream()).distinct().sorted().toList();
        return components.isEmpty() ? "" : " (" + String.join(", ", components) + ")";
    }

    private static boolean needed(BusinessService s, FailureDomain d) {
        return s.dependencies().stream().flatMap(x -> x.paths().stream()).anyMatch(p -> p.requires().contains(d.key()));
    }

    private static void assess(ServiceFacts f, List<Block> b) {
        BusinessService s = f.service();
        b.add(Block.check("Which domain failed? Single points of failure: "
                + RiskFormat.keys(f.risk().inPractice().singlePointsOfFailure())));
        b.add(Block.check("Tier " + s.tier() + ": RTO " + RiskFormat.minutes(s.rtoMinutes()) + ", MTPD "
                + RiskFormat.minutes(s.mtpdMinutes()) + (s.downtimeCostPerHour() == null ? ""
                : "; downtime costs " + RiskFormat.money(s.downtimeCostPerHour(), s.currency()) + " an hour")));
        List<String> shared = f.risk().inPractice().singlePointsOfFailure().stream()
                .flatMap(d -> f.alsoNeededBy().getOrDefault(d, List.of()).stream()).distinct().sorted().toList();
        if (!shared.isEmpty()) {
            b.add(Block.check("Also hit when those fail: " + String.join(", ", shared)));
        }
    }

    private static void contain(ServiceFacts f, List<Block> b) {
        boolean compact = f.service().dependencies().size() > COMPACT_ABOVE;
        for (Dependency d : f.service().dependencies()) {
            List<String> steps = RunbookWriter.failoverSteps(f, d);
            if (compact) {
                // one line per dependency keeps the page one page; the runbook has each step in full
                b.add(Block.check(d.name() + ": " + Words.primary(d).map(p -> "stop " + p.key()).orElse("stop the primary")
                        + (Words.fallbacks(d).isEmpty() ? "; no fallback, degrade"
                        : "; then " + String.join(" → ", Words.fallbacks(d).stream().map(Path::key).toList()))
                        + " (runbook §4)"));
            } else {
                steps.forEach(step -> b.add(Block.check(step)));
            }
        }
        b.add(Block.check("Hold retries to the budget with backoff and full jitter; never retry in a tight loop"));
    }

    private static void communicate(ServiceFacts f, List<Block> b) {
        BusinessService s = f.service();
        b.add(Block.check("Tell " + (s.owner() == null ? "the service owner (NONE RECORDED)" : s.owner())
                + " and the users affected; update every 30 min"));
        // contacts name no provider: list them all, and the responder picks the failing vendor's
        List<Contact> support = Words.contacts(s.contacts(), ContactRole.VENDOR_SUPPORT);
        b.add(Block.check(support.isEmpty() ? "Open a case with the failing vendor (NO SUPPORT CONTACT RECORDED: find the channel)"
                : "Open a case with the failing vendor: " + String.join("; ", support.stream().map(Words::contact).toList())));
        List<Contact> escalation = Words.contacts(s.contacts(), ContactRole.ESCALATION);
        if (!escalation.isEmpty()) {
            b.add(Block.check("Escalate past the RTO to " + Words.contact(escalation.getFirst())));
        }
    }

    private static void recover(ServiceFacts f, List<Block> b) {
        b.add(Block.check("Let breakers go half-open; move back when the error rate stays under the threshold"));
        b.add(Block.check("Drain the backlog gradually, within the retry budget and rate limits"));
        for (ContractTerms c : f.contracts()) {
            b.add(Block.check("Claim credits under " + c.name() + ", " + Words.deadlineRule(c.claim())));
        }
        if (f.contracts().isEmpty()) {
            b.add(Block.check("NO CONTRACT covers these domains: note the outage for the vendor review"));
        }
        b.add(Block.check("Record the incident and the drills in the app; take it to the quarterly review"));
    }

    private static String first(List<Contact> contacts, ContactRole role, String otherwise) {
        return Words.contacts(contacts, role).stream().findFirst().map(Words::contact).orElse(otherwise);
    }

}
