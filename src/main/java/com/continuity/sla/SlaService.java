package com.continuity.sla;

import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import com.continuity.inventory.portfolio.PortfolioReader;
import com.continuity.inventory.portfolio.PortfolioWriter;
import com.continuity.security.AuditLog;
import com.continuity.security.Permissions;
import com.continuity.shared.ConflictException;
import com.continuity.shared.Documents;
import com.continuity.shared.FieldError;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import com.continuity.shared.api.ApiChecks;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.model.SlaEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Contracts, their SLA periods with the explanation of every figure, the ad-hoc credit calculator and the import
 * of error-rate samples. The numbers come from the plain-Java engine ({@link SlaEngine}); this service gathers its
 * inputs and guards who may change what.
 */
@Service
public class SlaService {

    /** How far back periods and claims are evaluated: two years of billing months. */
    public static final int MONTHS_BACK = 24;
    /** The longest range of months one request may evaluate. */
    public static final int MAX_MONTHS = 120;

    private static final ContractFormat FORMAT = new ContractFormat();

    private final ContractRepository contracts;
    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final PeriodEvaluator evaluator;
    private final InventoryService inventory;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxDocumentBytes;

    SlaService(ContractRepository contracts, ClaimRepository claims, ClaimService claimService, PeriodEvaluator evaluator,
               InventoryService inventory, AuditLog audit, Clock clock,
               @Value(Documents.MAX_BYTES_PROPERTY) long maxDocumentBytes) {
        this.contracts = contracts;
        this.claims = claims;
        this.claimService = claimService;
        this.evaluator = evaluator;
        this.inventory = inventory;
        this.audit = audit;
        this.clock = clock;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    // ---- contracts

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<Contract> contracts() {
        return contracts.findAll();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public Contract contract(String key) {
        return contracts.findByKey(key).orElseThrow(() -> new NotFoundException("Contract", key));
    }

    /**
     * Creates ({@code expectedVersion} null) or updates a contract given as its portfolio-file entry, YAML or JSON,
     * so that the REST API, the contract editor and the file share one reader and one set of messages.
     */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Contract saveContract(InputStream document, Long expectedVersion) {
        return saveContract(readContract(Documents.readLimited(document, maxDocumentBytes)), expectedVersion);
    }

    /** An update of the contract {@code key}: the document must carry the same key (renaming is delete and create). */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Contract saveContract(InputStream document, long expectedVersion, String key) {
        ContractTerms terms = readContract(Documents.readLimited(document, maxDocumentBytes));
        ApiChecks.requireSame(key, terms.key());
        return saveContract(terms, expectedVersion);
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Contract saveContract(ContractTerms terms, Long expectedVersion) {
        List<FieldError> errors = ContractFormat.check(terms, "",
                inventory.providers().stream().map(Provider::key).collect(Collectors.toSet()),
                inventory.failureDomains().stream().map(FailureDomain::key).collect(Collectors.toSet()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Contract before = contracts.findByKey(terms.key()).orElse(null);
        if (expectedVersion == null && before != null) {
            throw new ValidationException(List.of(new FieldError("key",
                    "a contract with the key '" + terms.key() + "' already exists")));
        }
        if (expectedVersion != null && before == null) {
            throw new NotFoundException("Contract", terms.key());
        }
        if (!contracts.save(terms, expectedVersion, expectedVersion == null)) {
            throw new ConflictException("Contract", terms.key());
        }
        Contract after = contract(terms.key());
        audit.record(before == null ? "create" : "update", "contract", terms.key(), before, after);
        return after;
    }

    /** Reads one contract in the file's shape; errors carry their path and line. */
    public static ContractTerms readContract(byte[] document) {
        ContractTerms terms = PortfolioReader.readDocument(document, FORMAT.what(), FORMAT.fields(), FORMAT::read);
        List<FieldError> errors = ContractFormat.check(terms, "", null, null);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return terms;
    }

    /** The contract's entry as the file writes it (YAML), for the contract editor. */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public String contractDocument(String key) {
        return PortfolioWriter.toYaml(FORMAT.write(contract(key).terms()));
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public void deleteContract(String key, long version) {
        Contract before = contract(key);
        if (!contracts.delete(key, version)) {
            throw new ConflictException("Contract", key);
        }
        audit.record("delete", "contract", key, before, null);
    }

    // ---- SLA periods

    /** One period of one contract, with its explanation and its claim. */
    @PreAuthorize(Permissions.READ)
    @Transactional
    public SlaPeriod period(String key, YearMonth month) {
        return periods(key, month, month).getFirst();
    }

    /** The contract's periods from {@code from} to {@code to}, in month order. */
    @PreAuthorize(Permissions.READ)
    @Transactional
    public List<SlaPeriod> periods(String key, YearMonth from, YearMonth to) {
        checkRange(from, to);
        Contract contract = contract(key);
        claimService.refresh(List.of(contract.terms()));
        Instant now = clock.instant();
        List<SlaPeriod> out = new ArrayList<>();
        for (Evaluation e : evaluator.evaluate(List.of(contract.terms()), from, to).get(key)) {
            boolean inProgress = now.isBefore(e.period().plusMonths(1).atDay(1)
                    .atStartOfDay(contract.terms().timeZone()).toInstant());
            out.add(new SlaPeriod(key, contract.terms().name(), e,
                    claims.find(key, e.period()).orElse(null), inProgress));
        }
        return out;
    }

    /** The last {@link #MONTHS_BACK} months up to the current one, in the contract's time zone. */
    @PreAuthorize(Permissions.READ)
    @Transactional
    public List<SlaPeriod> recentPeriods(String key) {
        YearMonth current = YearMonth.now(clock.withZone(contract(key).terms().timeZone()));
        return periods(key, current.minusMonths(MONTHS_BACK - 1), current);
    }

    private static void checkRange(YearMonth from, YearMonth to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new ValidationException(List.of(new FieldError("from", "from must be a month (YYYY-MM) at or before to")));
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new ValidationException(List.of(new FieldError("to", "at most " + MAX_MONTHS + " months at once")));
        }
    }

    // ---- the credit calculator

    /** The credit for an ad-hoc question; stateless: nothing is read or stored but the answer. */
    @PreAuthorize(Permissions.READ)
    public Evaluation calculate(CreditQuestion question) {
        return SlaEngine.evaluate(question.contract(), question.period(), question.inputs());
    }

    /** The same, from a REST body (JSON); errors carry their path and line. */
    @PreAuthorize(Permissions.READ)
    public Evaluation calculate(InputStream body) {
        return calculate(CreditQuestion.read(Documents.readLimited(body, maxDocumentBytes)));
    }

    // ---- error-rate samples

    /**
     * Imports error-rate samples (CSV: start, end, total, failed) for a contract, all or nothing; a sample that
     * starts where a stored one starts replaces it.
     */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public int importSamples(String key, InputStream csv) {
        contract(key);
        var samples = SampleCsv.read(Documents.readLimited(csv, maxDocumentBytes));
        contracts.upsertSamples(key, samples);
        audit.record("import", "error-samples", key, null, Map.of("imported", samples.size()));
        return samples.size();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public long sampleCount(String key) {
        return contracts.countSamples(key);
    }

    /**
     * The error budgets of the contracts that have an error-rate or uptime SLO and imported samples touching
     * [from, to), with those samples.
     */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<ErrorBudget> errorBudgets(java.time.Instant from, java.time.Instant to) {
        List<com.continuity.sla.model.ContractTerms> terms = contracts.findAll().stream().map(Contract::terms).toList();
        Map<String, List<com.continuity.sla.model.ErrorSample>> samples = contracts.findSamples(
                terms.stream().map(com.continuity.sla.model.ContractTerms::key).toList(), from, to);
        List<ErrorBudget> out = new java.util.ArrayList<>();
        for (var t : terms) {
            var slo = t.slos().stream().filter(o -> o.kind() == com.continuity.sla.model.SloKind.ERROR_RATE).findFirst()
                    .map(o -> o.objectivePercent().doubleValue() / 100)
                    .or(() -> t.slos().stream().filter(o -> o.kind() == com.continuity.sla.model.SloKind.MONTHLY_UPTIME)
                            .findFirst().map(o -> 1 - o.objectivePercent().doubleValue() / 100));
            List<com.continuity.sla.model.ErrorSample> mine = samples.getOrDefault(t.key(), List.of());
            if (slo.isPresent() && slo.get() > 0 && slo.get() <= 1 && !mine.isEmpty()) {
                out.add(new ErrorBudget(t.key(), t.name(), t.provider(), t.covers(), slo.get(), mine));
            }
        }
        return out;
    }
}
