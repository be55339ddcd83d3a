package com.continuity.reports;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Contact;
import com.continuity.inventory.ContactRole;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Detection;
import com.continuity.inventory.DomainKind;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Jitter;
import com.continuity.inventory.Path;
import com.continuity.inventory.PlannedDrill;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.Protection;
import com.continuity.inventory.Provider;
import com.continuity.resilience.model.RiskModel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the runbook and checklist writers say, block by block, without a template or a database. */
class WritersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final FailureDomain API = new FailureDomain("api", "Model API", DomainKind.PROVIDER_API, "vendor", 0.999,
            List.of("API"), 1);
    static final Provider VENDOR = new Provider("vendor", "Vendor", "https://status.vendor.test", null);

    static ServiceFacts facts(BusinessService s) {
        return new ServiceFacts(s, RiskModel.analyse(s, d -> 0.001, TODAY), Map.of(), Map.of("api", API),
                Map.of("vendor", VENDOR), List.of(), Map.of("api", List.of("Other service")), TODAY);
    }

    static BusinessService service(List<Contact> contacts, Dependency... dependencies) {
        return new BusinessService("svc", "Service", "team", 2, 30, 5, 120, new BigDecimal("100"), "USD", "Olga",
                contacts, List.of(dependencies), 3);
    }

    static Dependency dependency(Detection detection, Protection protection) {
        return new Dependency("answers", "Answers", List.of(new Path("direct", PathRole.PRIMARY, null, null, null,
                List.of("api"), List.of())), detection, protection);
    }

    static List<String> lines(Document d) {
        return d.blocks().stream().map(b -> b.kind() + " " + b.text() + (b.value() == null ? "" : " | " + b.value())).toList();
    }

    @Test
    void everySettingAServiceLacksIsAGapInItsRunbook() {
        List<String> lines = lines(RunbookWriter.write(facts(service(List.of(), dependency(Detection.NONE,
                new Protection(null, 5, null, null, Jitter.NONE, null, null, null, null))))));

        assertThat(lines).contains(
                "GAP Error rate | no error-rate threshold, and no contract with an error-rate objective",
                "GAP Latency | no latency threshold",
                "GAP Timeout | no timeout per call: a hung provider holds every thread",
                "GAP Backoff | no exponential backoff recorded (base and cap)",
                "GAP Jitter | none: clients retry in step and become a retry storm; use full jitter",
                "GAP Retry budget | no retry budget: retries can multiply the load on a failing provider",
                "GAP Circuit breaker | no circuit breaker recorded",
                "GAP On-call | no on-call contact recorded",
                "GAP Vendor support | no vendor support contact recorded",
                "GAP Credits | no contract covers the domains this service needs");
    }

    @Test
    void aFullyProtectedDependencyHasNoGapsAndItsBreakerIsTheFirstFailoverStep() {
        Dependency d = dependency(new Detection(new BigDecimal("0.5"), 3000, 5),
                new Protection(1000, 2, 100, 2000, Jitter.FULL, 10, 50, 20, 30));
        BusinessService s = service(List.of(new Contact(ContactRole.ON_CALL, "Rota", "pager 1"),
                new Contact(ContactRole.VENDOR_SUPPORT, "Vendor desk", "desk@vendor.test")), d);

        List<String> lines = lines(RunbookWriter.write(facts(s)));

        assertThat(lines).noneMatch(l -> l.startsWith("GAP") && !l.startsWith("GAP Credits"));
        assertThat(lines).contains("FIELD Error rate | error rate above 0.5 % for 5 min",
                "FIELD Jitter | full", "FIELD On-call | Rota (pager 1)",
                "BULLET Answers: trip the circuit breaker on direct (opens at 50 % failures over at least 20 calls, stays open 30 s)",
                "BULLET Answers: no fallback; degrade gracefully, queue the work and tell users");
    }

    @Test
    void aFallbackThatDoesNotCountSaysWhyInTheFailoverSteps() {
        Dependency d = new Dependency("answers", "Answers", List.of(
                new Path("direct", PathRole.PRIMARY, null, null, null, List.of("api"), List.of()),
                new Path("local", PathRole.FALLBACK, Activation.MANUAL, 45, 40, List.of("gpu"), List.of())));

        List<String> steps = RunbookWriter.failoverSteps(facts(service(List.of(), d)), d);

        assertThat(steps).contains("Answers: switch to local by hand within 45 min; it carries 40 %, shed the rest "
                + "(untrusted: it has never been drilled; its declared switchover is longer than the RTO)");
    }

    @Test
    void aFallbacksNextPlannedDrillIsPrintedAndAMissedOneIsAGap() {
        Dependency d = new Dependency("answers", "Answers", List.of(
                new Path("direct", PathRole.PRIMARY, null, null, null, List.of("api"), List.of()),
                new Path("local", PathRole.FALLBACK, Activation.MANUAL, 45, 40, List.of("gpu"), List.of(),
                        List.of(new PlannedDrill(TODAY.minusDays(10), "Kim", null),
                                new PlannedDrill(TODAY.plusDays(20), "Dana", "pull the gateway's plug"),
                                new PlannedDrill(TODAY.plusDays(11), "Dana", null)))));

        List<String> lines = lines(RunbookWriter.write(facts(service(List.of(), d))));

        assertThat(lines).contains("GAP Planned drill | 2026-11-17 by Kim was not done",
                "FIELD Next drill | 2026-12-08, Dana");
        assertThat(lines).noneMatch(l -> l.contains("pull the gateway's plug"));
    }

    @Test
    void fallbacksComeTrustedFirstEachAfterTheOneBeforeAndACoupledOneSaysWhichFailureItDoesNotSurvive() {
        Dependency d = new Dependency("answers", "Answers", List.of(
                new Path("direct", PathRole.PRIMARY, null, null, null, List.of("api", "gateway"), List.of()),
                new Path("local", PathRole.FALLBACK, Activation.MANUAL, 45, 40, List.of("gpu"), List.of()),
                new Path("other", PathRole.FALLBACK, Activation.AUTOMATIC, 1, 100, List.of("other-api", "gateway"),
                        List.of(new com.continuity.inventory.Drill(TODAY.minusDays(10),
                                com.continuity.inventory.DrillResult.PASSED, 1, null)))));

        List<String> steps = RunbookWriter.failoverSteps(facts(service(List.of(), d)), d);

        assertThat(steps).containsExactly(
                "Answers: no circuit breaker recorded; stop calls to direct by hand (feature flag or gateway rule)",
                "Answers: confirm traffic moved to other on its own within 1 min; no use if gateway failed, which it shares with direct",
                "Answers: if other is down too, switch to local by hand within 45 min; it carries 40 %, shed the rest "
                        + "(untrusted: it has never been drilled; its declared switchover is longer than the RTO)");
    }

    @Test
    void theChecklistHasTheFiveStepsInOrderEachWithTheServicesSpecifics() {
        Dependency d = dependency(new Detection(new BigDecimal("0.1"), null, null),
                new Protection(1000, 2, 100, 2000, Jitter.FULL, 10, 50, 20, 30));
        Document checklist = ChecklistWriter.write(facts(service(
                List.of(new Contact(ContactRole.ON_CALL, "Rota", "pager 1")), d)));

        assertThat(checklist.blocks().stream().filter(b -> b.kind() == Block.Kind.STEP).map(Block::text))
                .containsExactly("Detect and declare", "Assess impact", "Contain and fail over", "Communicate",
                        "Recover and review");
        assertThat(lines(checklist)).contains(
                "CHECK Watch the status page of Vendor: https://status.vendor.test (API)",
                "CHECK Answers: error rate above 0.1 %",
                "CHECK Declare the incident and page Rota (pager 1)",
                "CHECK Also hit when those fail: Other service",
                "CHECK Open a case with the failing vendor (NO SUPPORT CONTACT RECORDED: find the channel)",
                "CHECK NO CONTRACT covers these domains: note the outage for the vendor review");
    }

    @Test
    void aServiceWithoutDependenciesStillPrintsEverySection() {
        Document runbook = RunbookWriter.write(facts(service(List.of())));

        assertThat(runbook.blocks().stream().filter(b -> b.kind() == Block.Kind.H1).map(Block::text)).containsExactly(
                "1  Impact analysis", "2  Dependency tree", "3  Single points of failure", "4  Failover steps",
                "5  Contacts", "6  Recovery", "7  Follow-up");
    }
}
