package com.continuity.reports;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import com.continuity.resilience.DomainAvailability;
import com.continuity.resilience.ResilienceService;
import com.continuity.reviews.ReviewService;
import com.continuity.security.Permissions;
import com.continuity.security.TeamAccess;
import com.continuity.security.TeamService;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import com.continuity.shared.NotFoundException;
import com.continuity.sla.SlaPeriod;
import com.continuity.sla.SlaService;
import com.continuity.sla.model.ContractTerms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The documents users print. Each reads its data through the owning module's service, so it takes the same
 * authorisation as that data; runbooks and checklists are, besides, for the service's own team
 * ({@link TeamAccess#requireOperationalRead}).
 */
@Service
public class Reports {

    private final InventoryService inventory;
    private final ResilienceService resilience;
    private final SlaService sla;
    private final TeamAccess teamAccess;
    private final TeamService teams;
    private final ReviewService reviews;
    private final PdfRenderer renderer;
    private final Clock clock;

    Reports(InventoryService inventory, ResilienceService resilience, SlaService sla, TeamAccess teamAccess,
            TeamService teams, ReviewService reviews, PdfRenderer renderer, Clock clock) {
        this.teams = teams;
        this.reviews = reviews;
        this.inventory = inventory;
        this.resilience = resilience;
        this.sla = sla;
        this.teamAccess = teamAccess;
        this.renderer = renderer;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.READ)
    public Pdf runbook(String serviceKey, Paper paper) {
        return print(serviceDocument(serviceKey, RunbookWriter::write), paper);
    }

    @PreAuthorize(Permissions.READ)
    public Pdf checklist(String serviceKey, Paper paper) {
        return print(serviceDocument(serviceKey, ChecklistWriter::write), paper);
    }

    /** The claim letter for a period whose credit is owed; a period without a credit has no letter. */
    @PreAuthorize(Permissions.READ)
    public Pdf claimLetter(String contractKey, YearMonth month, Paper paper) {
        ContractTerms terms = sla.contract(contractKey).terms();
        SlaPeriod period = sla.period(contractKey, month);
        if (period.inProgress()) {
            throw new NotFoundException(month + " is still in progress under " + terms.name()
                    + ": its credit may change, so its claim letter waits until the month ends.");
        }
        if (!period.evaluation().creditOwed()) {
            throw new NotFoundException("No credit is owed under " + terms.name() + " for " + month
                    + ", so there is no claim letter to print.");
        }
        Provider provider = inventory.providers().stream().filter(p -> p.key().equals(terms.provider()))
                .findFirst().orElse(null);
        return print(ClaimLetterWriter.write(terms, provider, period, today()), paper);
    }

    @PreAuthorize(Permissions.READ)
    public Pdf compliance(String contractKey, YearMonth from, YearMonth to, Paper paper) {
        checkComplianceRange(from, to);
        List<SlaPeriod> periods = sla.periods(contractKey, from, to);
        return print(ComplianceWriter.write(sla.contract(contractKey).terms(), from, to, periods), paper);
    }

    /**
     * A quarterly review: a summary page, then the detail with the score trend and each contract's attainment. It
     * prints from the stored snapshot, for whoever may read reviews.
     */
    @PreAuthorize(Permissions.READ)
    public Pdf review(long id, Paper paper) {
        return print(ReviewWriter.write(reviews.review(id), today()), paper);
    }

    /** A chart stays readable up to three years of bars; months after this one have nothing to report yet. */
    static final int MAX_COMPLIANCE_MONTHS = 36;

    private void checkComplianceRange(YearMonth from, YearMonth to) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        if (to.isAfter(now)) {
            throw new ValidationException(List.of(new FieldError("to", "to must not be after this month, " + now)));
        }
        if (!from.isAfter(to) && from.plusMonths(MAX_COMPLIANCE_MONTHS).isBefore(to.plusMonths(1))) {
            throw new ValidationException(List.of(new FieldError("to", "a compliance report covers at most "
                    + MAX_COMPLIANCE_MONTHS + " months")));
        }
    }

    /** The last twelve months up to this one, in UTC: what a compliance report covers unless told otherwise. */
    public YearMonth[] defaultComplianceRange() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return new YearMonth[]{now.minusMonths(11), now};
    }

    /**
     * Every runbook and checklist of a team's services as one PDF, each document on its own pages.
     * {@code progress} hears the number of documents done, out of twice the number of services.
     */
    @PreAuthorize(Permissions.READ)
    public Pdf teamBook(String teamKey, Paper paper, IntConsumer progress) {
        teamAccess.requireOperationalRead(teamKey);
        Inventory all = inventory();
        List<BusinessService> services = servicesOf(teamKey, all.services);
        List<Document> documents = new ArrayList<>();
        for (BusinessService s : services) {
            ServiceFacts facts = all.facts(s, resilience.risk(s.key()));
            documents.add(RunbookWriter.write(facts));
            documents.add(ChecklistWriter.write(facts));
        }
        return new Pdf("runbooks-" + teamKey + ".pdf",
                renderer.pdf(documents, paper, "Runbooks and checklists of team " + teamKey, progress));
    }

    /** How many documents {@link #teamBook} prints for the team. */
    @PreAuthorize(Permissions.READ)
    public int teamBookSize(String teamKey) {
        teamAccess.requireOperationalRead(teamKey);
        return 2 * servicesOf(teamKey, inventory.services()).size();
    }

    /** The team's services; an unknown team or one without services has no book. */
    private List<BusinessService> servicesOf(String teamKey, List<BusinessService> all) {
        if (teams.findAll().stream().noneMatch(t -> t.key().equals(teamKey))) {
            throw new NotFoundException("team", teamKey);
        }
        List<BusinessService> services = all.stream().filter(s -> s.team().equals(teamKey)).toList();
        if (services.isEmpty()) {
            throw new NotFoundException("Team '" + teamKey + "' has no services, so it has no runbooks to print.");
        }
        return services;
    }

    private Document serviceDocument(String serviceKey, Function<ServiceFacts, Document> writer) {
        BusinessService service = inventory.service(serviceKey);
        teamAccess.requireOperationalRead(service.team());
        return writer.apply(inventory().facts(service, resilience.risk(serviceKey)));
    }

    private Pdf print(Document document, Paper paper) {
        return new Pdf(document.fileName() + ".pdf", renderer.pdf(document, paper));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private Inventory inventory() {
        return new Inventory(inventory.services(), inventory.failureDomains(), inventory.providers(), sla.contracts()
                .stream().map(c -> c.terms()).toList(), resilience.availabilities(), today());
    }

    /** The inventory read once, so that a team's hundred runbooks do not read it a hundred times. */
    private record Inventory(List<BusinessService> services, List<FailureDomain> domainList, List<Provider> providerList,
                             List<ContractTerms> contracts, Map<String, DomainAvailability> availability,
                             LocalDate today) {

        ServiceFacts facts(BusinessService service, com.continuity.resilience.model.ServiceRisk risk) {
            Set<String> needed = service.dependencies().stream().flatMap(d -> d.paths().stream())
                    .flatMap(p -> p.requires().stream()).collect(Collectors.toSet());
            Map<String, List<String>> alsoNeededBy = new TreeMap<>();
            for (BusinessService other : services) {
                if (other.key().equals(service.key())) {
                    continue;
                }
                other.dependencies().stream().flatMap(d -> d.paths().stream()).flatMap(p -> p.requires().stream())
                        .filter(needed::contains).distinct()
                        .forEach(d -> alsoNeededBy.computeIfAbsent(d, k -> new ArrayList<>()).add(other.name()));
            }
            Map<String, FailureDomain> domains = new LinkedHashMap<>();
            domainList.stream().filter(d -> needed.contains(d.key())).forEach(d -> domains.put(d.key(), d));
            Map<String, Provider> providers = new LinkedHashMap<>();
            providerList.forEach(p -> providers.put(p.key(), p));
            List<ContractTerms> covering = contracts.stream()
                    .filter(c -> c.covers().stream().anyMatch(needed::contains)).toList();
            return new ServiceFacts(service, risk, availability, domains, providers, covering, alsoNeededBy, today);
        }
    }
}
