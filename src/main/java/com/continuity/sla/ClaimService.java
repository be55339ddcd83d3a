package com.continuity.sla;

import com.continuity.security.AuditLog;
import com.continuity.security.Permissions;
import com.continuity.shared.ConflictException;
import com.continuity.shared.FieldError;
import com.continuity.shared.Money;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.Evaluation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Credit claims. Every ended SLA period with a credit owed becomes a claim with its deadline. It moves from owed
 * to claimed (date, reference), then to received (amount) or denied (reason); left owed past its deadline it
 * becomes expired. Claims are brought up to date on every read, so the figures never wait for a job.
 */
@Service
public class ClaimService {

    private final ClaimRepository claims;
    private final ContractRepository contracts;
    private final PeriodEvaluator evaluator;
    private final AuditLog audit;
    private final Clock clock;

    ClaimService(ClaimRepository claims, ContractRepository contracts, PeriodEvaluator evaluator, AuditLog audit,
                 Clock clock) {
        this.claims = claims;
        this.contracts = contracts;
        this.evaluator = evaluator;
        this.audit = audit;
        this.clock = clock;
    }

    /** All claims, open ones first by deadline, after bringing them up to date. */
    @PreAuthorize(Permissions.READ)
    @Transactional
    public List<Claim> claims() {
        refresh();
        return claims.findAll();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public Claim claim(long id) {
        return claims.find(id).orElseThrow(() -> new NotFoundException("Claim", String.valueOf(id)));
    }

    /** Money still to claim (owed) and the deadlines coming up, per currency. */
    @PreAuthorize(Permissions.READ)
    @Transactional
    public ClaimSummary summary() {
        return ClaimSummary.of(claims(), LocalDate.now(clock));
    }

    /**
     * Evaluates every contract's ended periods of the last {@link SlaService#MONTHS_BACK} months: records each
     * credit owed, corrects those still owed, withdraws those no longer owed, and expires those past their
     * deadline. Idempotent, and safe when two instances run it at once.
     */
    @PreAuthorize(Permissions.READ) // what it writes follows from the data alone, whoever reads it first
    @Transactional
    public void refresh() {
        refresh(contracts.findAll().stream().map(Contract::terms).toList());
    }

    /** The same for some contracts only: a contract's page brings its own claims up to date. */
    @PreAuthorize(Permissions.READ)
    @Transactional
    public void refresh(List<ContractTerms> all) {
        if (!all.isEmpty()) {
            // one evaluation run over the widest range (one read of the incidents), then each contract's own months;
            // only what changed is written, so a refresh that finds nothing new writes nothing
            YearMonth last = YearMonth.now(clock.withZone(ZoneOffset.UTC));
            Map<String, List<Evaluation>> evaluations = evaluator.evaluate(all, last.minusMonths(SlaService.MONTHS_BACK), last);
            Map<List<String>, Claim> stored = new HashMap<>();
            claims.findByContracts(all.stream().map(ContractTerms::key).toList())
                    .forEach(c -> stored.put(List.of(c.contract(), c.period().toString()), c));
            for (ContractTerms terms : all) {
                YearMonth lastEnded = YearMonth.now(clock.withZone(terms.timeZone())).minusMonths(1);
                YearMonth first = lastEnded.minusMonths(SlaService.MONTHS_BACK - 1);
                LocalDate today = today(terms);
                boolean mayExpire = false;
                for (Evaluation e : evaluations.get(terms.key())) {
                    boolean inTerm = terms.termStart() == null || !e.period().isBefore(YearMonth.from(terms.termStart()));
                    if (e.period().isBefore(first) || e.period().isAfter(lastEnded) || !inTerm) {
                        continue;
                    }
                    Claim claim = stored.get(List.of(terms.key(), e.period().toString()));
                    Money owed = new Money(e.creditAmount(), e.currency());
                    boolean open = claim == null || claim.status() == ClaimStatus.OWED;
                    if (e.creditOwed() && open && (claim == null || !claim.amount().equals(owed)
                            || !Objects.equals(claim.deadline(), e.claimDeadline()))) {
                        claims.owe(terms.key(), terms.name(), e.period(), owed, e.claimDeadline());
                    } else if (!e.creditOwed() && claim != null && claim.status() == ClaimStatus.OWED) {
                        claims.withdraw(terms.key(), e.period());
                    }
                    mayExpire |= e.creditOwed() && open && e.claimDeadline() != null && e.claimDeadline().isBefore(today);
                }
                if (mayExpire) {
                    claims.expire(terms.key(), today);
                }
            }
        }
        claims.expire(null, LocalDate.now(clock)); // claims of contracts since removed: by the UTC date
    }

    /** Today in the contract's time zone, where its deadlines are dates (DESIGN §4). */
    private LocalDate today(ContractTerms terms) {
        return LocalDate.now(clock.withZone(terms.timeZone()));
    }

    /** Today where the claim's contract is, UTC when the contract is gone. */
    private LocalDate today(Claim claim) {
        return contracts.findByKey(claim.contract()).map(c -> today(c.terms())).orElse(LocalDate.now(clock));
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Claim markClaimed(long id, long version, LocalDate claimedOn, String reference) {
        Claim claim = claim(id);
        LocalDate today = today(claim);
        List<FieldError> errors = new ArrayList<>();
        if (claim.status() == ClaimStatus.OWED && claim.deadline() != null && claim.deadline().isBefore(today)) {
            // not yet marked expired by a refresh, but past its deadline all the same
            throw new ValidationException(List.of(new FieldError("status", "the deadline " + claim.deadline()
                    + " has passed: the claim has expired and can no longer be claimed")));
        }
        if (claimedOn == null) {
            errors.add(new FieldError("claimedOn", "the date the claim was sent is required"));
        } else if (claimedOn.isAfter(today)) {
            errors.add(new FieldError("claimedOn", "the date " + claimedOn + " is in the future"));
        }
        if (reference == null || reference.isBlank()) {
            errors.add(new FieldError("reference", "the provider's case or ticket reference is required"));
        }
        require(errors);
        return move(id, version, ClaimStatus.OWED, ClaimStatus.CLAIMED, claimedOn, reference.strip(), null, null);
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Claim markReceived(long id, long version, BigDecimal amount) {
        Claim claim = claim(id);
        int digits = Money.minorUnits(claim.amount().currency());
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > digits) {
            require(List.of(new FieldError("amount", "the amount received must be zero or more, with at most "
                    + digits + " decimals for " + claim.amount().currency())));
        }
        return move(id, version, ClaimStatus.CLAIMED, ClaimStatus.RECEIVED, null, null, amount, null);
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Claim markDenied(long id, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            require(List.of(new FieldError("reason", "say why the provider denied the claim")));
        }
        return move(id, version, ClaimStatus.CLAIMED, ClaimStatus.DENIED, null, null, null, reason.strip());
    }

    private Claim move(long id, long version, ClaimStatus from, ClaimStatus to, LocalDate claimedOn, String reference,
                       BigDecimal received, String reason) {
        Claim before = claim(id);
        if (before.status() != from && before.version() == version) {
            throw new ValidationException(List.of(new FieldError("status", "a claim that is " + before.status()
                    .fileName() + " cannot become " + to.fileName() + "; only one that is " + from.fileName() + " can")));
        }
        if (!claims.transition(id, version, from, to, claimedOn, reference, received, reason)) {
            throw new ConflictException("Claim", before.contract() + " " + before.period());
        }
        Claim after = claim(id);
        audit.record(to.fileName(), "claim", before.contract() + "/" + before.period(), before, after);
        return after;
    }

    private static void require(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
