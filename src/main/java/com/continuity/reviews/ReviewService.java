package com.continuity.reviews;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.InventoryService;
import com.continuity.reviews.model.Quarter;
import com.continuity.reviews.model.Snapshot;
import com.continuity.security.CurrentUser;
import com.continuity.security.Permissions;
import com.continuity.security.Role;
import com.continuity.security.Team;
import com.continuity.security.TeamAccess;
import com.continuity.security.TeamService;
import com.continuity.shared.ConflictException;
import com.continuity.shared.FieldError;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.RefusedException;
import com.continuity.shared.ValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Quarterly reviews: a manager opens one and its snapshot is compiled and stored; teams attest their services'
 * recovery objectives and sign; the manager signs last, and from then on the review refuses every change. Every
 * change locks the review row first, so a change racing the final sign-off either lands before it or is refused.
 */
@Service
public class ReviewService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    static final int MAX_TITLE = 200;
    static final int MAX_OWNER = 100;
    static final int MAX_NOTE = 2000;
    static final int RECENT_QUARTERS = 8;
    static final int DRAFT_DUE_DAYS = 30;

    private final ReviewRepository reviews;
    private final SnapshotCompiler compiler;
    private final InventoryService inventory;
    private final TeamService teams;
    private final TeamAccess teamAccess;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, SnapshotCompiler compiler, InventoryService inventory, TeamService teams,
                  TeamAccess teamAccess, CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.compiler = compiler;
        this.inventory = inventory;
        this.teams = teams;
        this.teamAccess = teamAccess;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every review, newest quarter first, without snapshots. */
    @PreAuthorize(Permissions.READ)
    public List<Review> reviews() {
        return reviews.findAll();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public ReviewDetails review(long id) {
        return details(find(id));
    }

    /**
     * Opens the review of {@code quarterText} for {@code team} (null or blank: the whole organisation), compiling
     * its snapshot. The open action items of earlier reviews of the same scope show in it (carried).
     */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public ReviewDetails open(String quarterText, String team) {
        String scope = team == null || team.isBlank() ? null : team.trim();
        List<FieldError> errors = new ArrayList<>();
        Quarter quarter = null;
        try {
            quarter = Quarter.parse(quarterText);
            if (quarter.compareTo(Quarter.of(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) > 0) {
                errors.add(new FieldError("quarter", quarter + " has not started yet: a review looks back on a"
                        + " quarter that has begun or ended"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("quarter", e.getMessage()));
        }
        Optional<Team> found = scope == null ? Optional.empty()
                : teams.findAll().stream().filter(t -> t.key().equals(scope)).findFirst();
        if (scope != null && found.isEmpty()) {
            errors.add(new FieldError("team", "'" + scope + "' is unknown: no team has that key"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (reviews.exists(quarter, scope)) {
            throw new RefusedException("The review of " + quarter + " for " + scopeName(scope)
                    + " is already open or signed: open it from the list instead.");
        }
        Optional<Review> previous = reviews.previous(quarter, scope);
        Snapshot snapshot = compiler.compile(quarter, scope, found.map(Team::name).orElse(null), previous,
                reviews.earlierSnapshots(quarter, scope, SnapshotCompiler.TREND_REVIEWS));
        long id;
        try {
            id = reviews.insert(quarter, scope, currentUser.name(), clock.instant(), snapshot);
        } catch (DuplicateKeyException e) {
            throw new RefusedException("The review of " + quarter + " for " + scopeName(scope)
                    + " was opened by someone else a moment ago: open it from the list instead.");
        }
        return details(find(id));
    }

    // ---- action items

    /** Raises an action item in an open review; for a service, by its team's editors or a manager. */
    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public ActionItem addActionItem(long reviewId, ActionItemInput in) {
        Review review = lockOpen(reviewId);
        Snapshot s = review.snapshot();
        List<FieldError> errors = itemErrors(in);
        String serviceTeam = null;
        if (in.service() != null && !in.service().isBlank()) {
            serviceTeam = s.services().stream().filter(e -> e.key().equals(in.service())).findFirst()
                    .map(Snapshot.ServiceEntry::team).orElse(null);
            if (serviceTeam == null) {
                errors.add(new FieldError("service", "'" + in.service() + "' is not a service of this review"));
            }
        }
        if (in.contract() != null && !in.contract().isBlank()
                && s.contracts().stream().noneMatch(c -> c.key().equals(in.contract()))) {
            errors.add(new FieldError("contract", "'" + in.contract() + "' is not a contract of this review"));
        }
        if (in.finding() != null && !in.finding().isBlank()
                && s.findings().stream().noneMatch(f -> f.id().equals(in.finding()))) {
            errors.add(new FieldError("finding", "'" + in.finding() + "' is not a finding of this review"));
        }
        if (in.due() != null && in.due().isBefore(today())) {
            errors.add(new FieldError("due", "the due date " + in.due() + " has already passed"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!itemAccess(s).mayRaise(blankToNull(in.service()))) {
            throw new AccessDeniedException(serviceTeam != null
                    ? "You may raise items only about the services of your own teams; '" + serviceTeam
                    + "' is not one of them."
                    : "Only the editors of a team in this review, or a manager, may raise its action items.");
        }
        ActionItem item = new ActionItem(0, reviewId, in.title().trim(), blankToNull(in.service()),
                blankToNull(in.contract()), blankToNull(in.finding()), in.owner().trim(), in.due(),
                in.status() == null ? ActionStatus.OPEN : in.status(), currentUser.name(), clock.instant(), 1);
        long id = reviews.insertItem(item);
        return reviews.item(id).orElseThrow();
    }

    /**
     * Changes an item's title, owner, due date or status. Items outlive their review: a signed review keeps them
     * as they were when it was signed, and the next review carries the open ones, so they stay editable.
     */
    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public ActionItem updateActionItem(long itemId, long version, ActionItemInput in) {
        ActionItem item = reviews.item(itemId).orElseThrow(() -> new NotFoundException("action item",
                Long.toString(itemId)));
        List<FieldError> errors = itemErrors(in);
        if (in.status() == null) {
            errors.add(new FieldError("status", "the required field 'status' is missing"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!itemAccess(find(item.review()).snapshot()).mayChange(item)) {
            throw new AccessDeniedException("Only the editors of the item's service's team, or a manager, may change"
                    + " it; an item about no service is changed by whoever raised it, or a manager.");
        }
        ActionItem changed = new ActionItem(item.id(), item.review(), in.title().trim(), item.service(),
                item.contract(), item.finding(), in.owner().trim(), in.due(), in.status(), item.createdBy(),
                item.createdAt(), version);
        if (!reviews.updateItem(changed, version, clock.instant())) {
            throw new ConflictException("Action item", Long.toString(itemId));
        }
        return reviews.item(itemId).orElseThrow();
    }

    /** The review's action items as CSV (RFC 4180), one line per item. */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public String actionItemsCsv(long reviewId) {
        return ActionItemsCsv.write(details(find(reviewId)));
    }

    // ---- attestations and sign-offs

    /**
     * The service's team (an editor of it, or a manager) confirms its RTO, RPO and MTPD or corrects them; a
     * correction is written to the inventory too, in the same transaction. Refused once the team has signed.
     */
    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public Attestation attest(long reviewId, String service, AttestationInput in) {
        Review review = lockOpen(reviewId);
        Snapshot.ServiceEntry entry = review.snapshot().services().stream().filter(e -> e.key().equals(service))
                .findFirst().orElseThrow(() -> new NotFoundException("The service '" + service
                        + "' is not in the review " + review.title() + "."));
        teamAccess.requireServiceWrite(entry.team());
        if (reviews.signOffs(reviewId).stream().anyMatch(s -> s.team().equals(entry.team()))) {
            throw new RefusedException("Team " + entry.team() + " has signed the review " + review.title()
                    + ": its attestations are final.");
        }
        if (in.confirmed() == null) {
            throw new ValidationException(List.of(new FieldError("confirmed", "the required field 'confirmed' is"
                    + " missing: true when RTO, RPO and MTPD are still right, false with the corrected values")));
        }
        if (in.confirmed()) {
            reviews.attestations(reviewId).stream().filter(x -> x.service().equals(service) && !x.confirmed())
                    .findFirst().ifPresent(x -> {
                        throw new RefusedException(entry.name() + " was corrected by " + x.attestedBy() + " on "
                                + WHEN.format(x.attestedAt()) + " to RTO " + x.rtoMinutes() + ", RPO "
                                + x.rpoMinutes() + " and MTPD " + x.mtpdMinutes() + " minutes; to change that,"
                                + " correct it again.");
                    });
        }
        Attestation a = in.confirmed()
                ? new Attestation(service, entry.team(), true, entry.rtoMinutes(), entry.rpoMinutes(),
                entry.mtpdMinutes(), blankToNull(in.note()), currentUser.name(), clock.instant())
                : correct(entry, in);
        reviews.attest(reviewId, a);
        return a;
    }

    /** Signs for a team in scope: an editor of that team or a manager, once all its services are attested. */
    @PreAuthorize(Permissions.WRITE_SERVICES)
    @Transactional
    public SignOff signForTeam(long reviewId, String team) {
        Review review = lockOpen(reviewId);
        ReviewDetails details = details(review);
        ReviewDetails.TeamProgress progress = details.teams().stream().filter(t -> t.team().equals(team))
                .findFirst().orElseThrow(() -> new ValidationException(List.of(new FieldError("team",
                        "'" + team + "' has no services in the review " + review.title()))));
        teamAccess.requireServiceWrite(team);
        if (progress.signOff() != null) {
            throw new RefusedException("Team " + team + " signed the review " + review.title() + " already, as "
                    + progress.signOff().signedBy() + " on " + WHEN.format(progress.signOff().signedAt()) + ".");
        }
        if (progress.attested() < progress.services()) {
            throw new RefusedException("Team " + team + " cannot sign yet: " + (progress.services()
                    - progress.attested()) + " of its " + progress.services()
                    + " services still need their RTO, RPO and MTPD attested.");
        }
        SignOff s = new SignOff(team, currentUser.name(), clock.instant());
        reviews.signOff(reviewId, s);
        return s;
    }

    /** The manager signs last, once every team has signed; the review is read-only from then on. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public ReviewDetails signAsManager(long reviewId) {
        Review review = lockOpen(reviewId);
        ReviewDetails details = details(review);
        List<String> waiting = details.teams().stream().filter(t -> t.signOff() == null)
                .map(ReviewDetails.TeamProgress::team).toList();
        if (!waiting.isEmpty()) {
            throw new RefusedException("The manager signs last: " + String.join(", ", waiting)
                    + (waiting.size() == 1 ? " has" : " have") + " not signed the review " + review.title() + " yet.");
        }
        Instant now = clock.instant();
        reviews.signOff(reviewId, new SignOff(SignOff.MANAGER, currentUser.name(), now));
        reviews.sign(reviewId, now, details.actionItems());
        return details(find(reviewId));
    }

    /** Whether the current user may sign for the team, or attest its services. */
    @PreAuthorize(Permissions.READ)
    public boolean canSignFor(String team) {
        return teamAccess.canWriteServiceOf(team);
    }

    @PreAuthorize(Permissions.READ)
    public boolean canSignAsManager() {
        return currentUser.hasRole(Role.MANAGER);
    }

    // ---- what the pages offer (hints only: the changes above decide)

    /** The quarter today falls in (UTC): the latest a review may be opened for. */
    @PreAuthorize(Permissions.READ)
    public Quarter currentQuarter() {
        return Quarter.of(today());
    }

    /** The quarters a review is usually opened for: the current one and those before it, newest first. */
    @PreAuthorize(Permissions.READ)
    public List<Quarter> recentQuarters() {
        List<Quarter> out = new ArrayList<>();
        for (Quarter q = Quarter.of(today()); out.size() < RECENT_QUARTERS; q = q.previous()) {
            out.add(q);
        }
        return out;
    }

    /** The teams a review may be opened for. */
    @PreAuthorize(Permissions.READ)
    public List<Team> teams() {
        return teams.findAll();
    }

    /** Whether the current user may open a review. */
    @PreAuthorize(Permissions.READ)
    public boolean canOpen() {
        return currentUser.mayWriteInventory();
    }

    /** What the current user may do with the action items of a review with this snapshot. */
    @PreAuthorize(Permissions.READ)
    public ItemAccess itemAccess(Snapshot s) {
        Map<String, String> teamOf = s.services().stream()
                .collect(Collectors.toMap(Snapshot.ServiceEntry::key, Snapshot.ServiceEntry::team));
        Set<String> writable = new TreeSet<>(teamOf.values()).stream().filter(teamAccess::canWriteServiceOf)
                .collect(Collectors.toSet());
        return new ItemAccess(teamOf, writable, currentUser.mayWriteInventory(), currentUser.name());
    }

    /**
     * A new action item for a finding as the page offers it, one click away: titled with the finding's text, about
     * its service or contract, owned by the service's owner (else the current user), due in {@value #DRAFT_DUE_DAYS}
     * days. A null finding gives an item about nothing yet, owned by the current user.
     */
    @PreAuthorize(Permissions.READ)
    public ActionItemInput draftItem(Snapshot s, Snapshot.ReviewFinding finding) {
        LocalDate due = today().plusDays(DRAFT_DUE_DAYS);
        if (finding == null) {
            return new ActionItemInput("", null, null, null, currentUser.name(), due, null);
        }
        String owner = finding.service() == null ? null : s.services().stream()
                .filter(e -> e.key().equals(finding.service())).findFirst().map(Snapshot.ServiceEntry::owner)
                .filter(o -> !o.isBlank()).orElse(null);
        String title = finding.text().length() <= MAX_TITLE ? finding.text()
                : finding.text().substring(0, MAX_TITLE - 1) + "…";
        return new ActionItemInput(title, finding.service(), finding.contract(), finding.id(),
                owner == null ? currentUser.name() : owner, due, null);
    }

    // ---- helpers

    private Review find(long id) {
        return reviews.find(id).orElseThrow(() -> new NotFoundException("review", Long.toString(id)));
    }

    /** The review, locked; refused with the reason when it is signed. */
    private Review lockOpen(long id) {
        Review review = reviews.lock(id).orElseThrow(() -> new NotFoundException("review", Long.toString(id)));
        if (review.signed()) {
            throw new RefusedException("The review " + review.title() + " was signed off on "
                    + WHEN.format(review.signedAt()) + " and is read-only: nothing in it can change. Open action"
                    + " items are carried into the next review; raise new ones there.");
        }
        return review;
    }

    private ReviewDetails details(Review review) {
        List<Attestation> attestations = reviews.attestations(review.id());
        List<SignOff> signOffs = reviews.signOffs(review.id());
        Map<String, SignOff> byTeam = signOffs.stream().collect(Collectors.toMap(SignOff::team, Function.identity()));
        Set<String> attested = attestations.stream().map(Attestation::service).collect(Collectors.toSet());
        Map<String, List<Snapshot.ServiceEntry>> services = review.snapshot().services().stream()
                .collect(Collectors.groupingBy(Snapshot.ServiceEntry::team));
        List<ReviewDetails.TeamProgress> progress = new TreeSet<>(services.keySet()).stream()
                .map(t -> new ReviewDetails.TeamProgress(t, services.get(t).size(),
                        (int) services.get(t).stream().filter(e -> attested.contains(e.key())).count(), byTeam.get(t)))
                .toList();
        return new ReviewDetails(review, items(review), attestations, signOffs, progress);
    }

    private List<ActionItem> items(Review review) {
        return review.signed() ? reviews.signedItems(review.id()).orElse(List.of()) : reviews.items(review);
    }

    private static List<FieldError> itemErrors(ActionItemInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.title() == null || in.title().isBlank()) {
            errors.add(new FieldError("title", "the required field 'title' is missing"));
        } else if (in.title().length() > MAX_TITLE) {
            errors.add(new FieldError("title", "title is " + in.title().length() + " characters long; at most "
                    + MAX_TITLE));
        }
        if (in.owner() == null || in.owner().isBlank()) {
            errors.add(new FieldError("owner", "the required field 'owner' is missing: who will see it done?"));
        } else if (in.owner().length() > MAX_OWNER) {
            errors.add(new FieldError("owner", "owner is " + in.owner().length() + " characters long; at most "
                    + MAX_OWNER));
        }
        if (in.due() == null) {
            errors.add(new FieldError("due", "the required field 'due' is missing (a date, YYYY-MM-DD)"));
        }
        return errors;
    }

    /**
     * The correction as the team means it: a value left out keeps the inventory's current one (the snapshot's, if
     * the service is gone), never an older one. Written to the inventory, with its version check, when the service
     * is still there.
     */
    private Attestation correct(Snapshot.ServiceEntry entry, AttestationInput in) {
        Optional<BusinessService> current;
        try {
            current = Optional.of(inventory.service(entry.key()));
        } catch (NotFoundException gone) {
            current = Optional.empty(); // deleted since the snapshot: the attestation is kept as the team's word
        }
        Attestation a = new Attestation(entry.key(), entry.team(), false,
                or(in.rtoMinutes(), current.map(BusinessService::rtoMinutes).orElse(entry.rtoMinutes())),
                or(in.rpoMinutes(), current.map(BusinessService::rpoMinutes).orElse(entry.rpoMinutes())),
                or(in.mtpdMinutes(), current.map(BusinessService::mtpdMinutes).orElse(entry.mtpdMinutes())),
                blankToNull(in.note()), currentUser.name(), clock.instant());
        List<FieldError> errors = new ArrayList<>();
        positive(a.rtoMinutes(), "rtoMinutes", errors);
        positive(a.rpoMinutes(), "rpoMinutes", errors);
        positive(a.mtpdMinutes(), "mtpdMinutes", errors);
        if (errors.isEmpty() && a.rtoMinutes() != null && a.mtpdMinutes() != null && a.rtoMinutes() > a.mtpdMinutes()) {
            errors.add(new FieldError("rtoMinutes", "the RTO (" + a.rtoMinutes() + " min) must not exceed the MTPD ("
                    + a.mtpdMinutes() + " min): recovery has to come before the disruption becomes intolerable"));
        }
        if (errors.isEmpty() && Objects.equals(a.rtoMinutes(), entry.rtoMinutes())
                && Objects.equals(a.rpoMinutes(), entry.rpoMinutes())
                && Objects.equals(a.mtpdMinutes(), entry.mtpdMinutes())) {
            errors.add(new FieldError("confirmed", "a correction changes at least one of RTO, RPO and MTPD; when"
                    + " they are still right, confirm them"));
        }
        if (note(in.note()) != null) {
            errors.add(note(in.note()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        current.filter(s -> !Objects.equals(s.rtoMinutes(), a.rtoMinutes())
                        || !Objects.equals(s.rpoMinutes(), a.rpoMinutes())
                        || !Objects.equals(s.mtpdMinutes(), a.mtpdMinutes()))
                .ifPresent(s -> inventory.saveService(new BusinessService(s.key(), s.name(), s.team(), s.tier(),
                        a.rtoMinutes(), a.rpoMinutes(), a.mtpdMinutes(), s.downtimeCostPerHour(), s.currency(),
                        s.owner(), s.contacts(), s.dependencies(), s.version()), s.version()));
        return a;
    }

    private static FieldError note(String note) {
        return note != null && note.length() > MAX_NOTE
                ? new FieldError("note", "note is " + note.length() + " characters long; at most " + MAX_NOTE) : null;
    }

    private static void positive(Integer value, String field, List<FieldError> errors) {
        if (value != null && value < 0) {
            errors.add(new FieldError(field, field + " must be zero or more minutes, not " + value));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String scopeName(String team) {
        return team == null ? "the whole organisation" : "team " + team;
    }

    private static Integer or(Integer value, Integer fallback) {
        return value != null ? value : fallback;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
