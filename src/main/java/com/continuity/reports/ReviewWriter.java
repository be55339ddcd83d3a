package com.continuity.reports;

import com.continuity.resilience.picture.RiskFormat;
import com.continuity.reviews.ActionItem;
import com.continuity.reviews.Attestation;
import com.continuity.reviews.Review;
import com.continuity.reviews.ReviewDetails;
import com.continuity.reviews.SignOff;
import com.continuity.inventory.DrillSchedule;
import com.continuity.reviews.model.Comparison;
import com.continuity.reviews.model.ReviewSummary;
import com.continuity.reviews.model.Snapshot;
import com.continuity.reviews.model.Snapshot.ClaimEntry;
import com.continuity.reviews.model.Snapshot.ContractEntry;
import com.continuity.reviews.model.Snapshot.DrillGap;
import com.continuity.reviews.model.Snapshot.IncidentEntry;
import com.continuity.reviews.model.Snapshot.MonthEntry;
import com.continuity.reviews.model.Snapshot.ServiceEntry;
import com.continuity.reviews.model.Snapshot.ServiceHit;
import com.continuity.reviews.model.Snapshot.SpofChange;
import com.continuity.reviews.model.Snapshot.TrendPoint;
import com.continuity.reviews.picture.ScoreTrendChart;
import com.continuity.shared.Money;
import com.continuity.sla.ClaimStatus;
import com.continuity.sla.picture.AttainmentChart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A quarterly review as a document (DESIGN §6): a summary page first (scope and status, what changed since the
 * previous review, the top risks, money owed and lost, drill gaps, open action items), then, from a new page, the
 * detail: the score trend, every service in one row each, recovery objectives with their attestations, blast
 * radius, incidents, SLA attainment per contract with its chart, credits and claims, drills, action items and
 * sign-offs. Everything comes from the stored snapshot and the review's own records; nothing is recomputed. The
 * summary names only a few of each kind, so that it stays one page however many services the review holds.
 */
final class ReviewWriter {

    /**
     * How many services an incident's table names, the costliest first: an outage of a shared provider can hit
     * hundreds, whose totals the page gives instead.
     */
    /** The age past which a drill no longer counts, as the inventory's drill schedule says. */
    private static final int DAYS = DrillSchedule.DRILL_MAX_AGE_DAYS;
    static final int MAX_HITS = 20;
    private static final Comparator<ServiceHit> COSTLIEST = Comparator.comparing((ServiceHit h) -> h.loss() == null
                    ? BigDecimal.ZERO : h.loss().amount(), Comparator.reverseOrder())
            .thenComparing(ServiceHit::stoppedMinutes, Comparator.reverseOrder()).thenComparing(ServiceHit::service);
    static final int WORST_GAPS = 4;
    /** How many changes, teams or services the summary names before "and N more". */
    static final int NAMED = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReviewWriter() {
    }

    static Document write(ReviewDetails details, LocalDate today) {
        Review review = details.review();
        Snapshot s = review.snapshot();
        List<Block> b = new ArrayList<>();
        summary(details, today, b);
        b.add(Block.pageBreak());
        trend(s, b);
        services(details, b);
        changes(s, b);
        radius(s, b);
        incidents(s, b);
        attainment(s, b);
        credits(s, b);
        drills(s, b);
        actionItems(details, today, b);
        signOffs(details, b);
        return new Document("Quarterly review " + s.quarter(), scope(s) + " · " + (review.signed()
                ? "signed off " + WHEN.format(review.signedAt()) : "open, not signed off"),
                "review-" + s.quarter() + (s.team() == null ? "" : "-" + s.team()),
                "review " + review.id() + " (" + review.title() + "), snapshot of " + WHEN.format(s.takenAt()), b);
    }

    static String scope(Snapshot s) {
        return s.team() == null ? "Whole organisation"
                : "Team " + (s.teamName() == null ? s.team() : s.teamName() + " (" + s.team() + ")");
    }

    // ---- the summary page

    private static void summary(ReviewDetails details, LocalDate today, List<Block> b) {
        Snapshot s = details.review().snapshot();
        b.add(Block.field("Scope", scope(s)));
        b.add(Block.field("Quarter", s.quarter() + ", " + months(s) + "; snapshot taken " + WHEN.format(s.takenAt())));
        b.add(Block.field("Status", status(details)));
        TrendPoint now = Comparison.point(s.quarter(), s.services());
        b.add(Block.field("Services", s.services().size() + " in scope; average score " + ScoreTrendChart.score(now.averageScore())
                + ", highest " + now.highestScore() + "; " + now.servicesWithSpofInPractice()
                + " with a single point of failure in practice"));
        b.add(Block.field("Incidents", incidentSummary(s)));
        b.add(Block.field("SLA objectives", breachSummary(s)));

        b.add(Block.subheading(s.changes().first() ? "What changed" : "What changed since " + s.previous().quarter()));
        changeSummary(s, b);

        ReviewSummary summary = ReviewSummary.of(s);
        b.add(Block.subheading("Top risks"));
        if (summary.topRisks().isEmpty()) {
            b.add(Block.paragraph(s.services().isEmpty() ? "No services in scope." : "No service in scope carries risk."));
        } else {
            b.add(Block.tableHeader("Service", "Team", "Score", "SPOFs in practice", "Loss a year"));
            summary.topRisks().forEach(e -> b.add(Block.tableRow(e.name(), e.team(),
                    Integer.toString(e.score()), named(e.spofsInPractice(), 2, "none"),
                    RiskFormat.money(e.expectedAnnualLoss()))));
        }

        b.add(Block.subheading("Money owed and lost"));
        for (ClaimStatus status : ClaimStatus.values()) {
            String sums = sums(totals(s.credits(), status));
            if (status == ClaimStatus.OWED) {
                sums += s.credits().claims().stream().filter(c -> "owed".equals(c.status()) && c.deadline() != null)
                        .map(ClaimEntry::deadline).min(Comparator.naturalOrder())
                        .map(d -> "; the first deadline is " + d).orElse("");
            }
            b.add(Block.field(SlaWords.total(status), sums));
        }
        List<Money> loss = Money.sumByCurrency(s.services().stream().map(ServiceEntry::expectedAnnualLoss)
                .filter(Objects::nonNull).toList());
        b.add(Block.field("Expected annual loss", loss.isEmpty() ? "none"
                : sums(loss) + ", in practice, over the services in scope"));

        b.add(Block.subheading("Drills"));
        b.add(Block.field("Drill gaps", gapSummary(summary)));
        List<DrillGap> worst = worst(s);
        worst.stream().limit(WORST_GAPS).forEach(g -> b.add(Block.bullet(gap(g))));
        if (worst.size() > WORST_GAPS) {
            b.add(Block.bullet("and " + (worst.size() - WORST_GAPS) + " more, in the detail"));
        }
        b.add(Block.field("Drills this quarter", s.drillsDone().size() + " done; " + (s.plannedDrills().isEmpty()
                ? "none planned" : s.plannedDrills().size() + " planned, " + summary.plannedDrillsMissed() + " missed")));

        b.add(Block.subheading("Action items"));
        b.add(Block.field("Open", openItems(details, today)));
    }

    private static String months(Snapshot s) {
        return s.quarter().months().getFirst().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " to "
                + SlaWords.month(s.quarter().months().getLast());
    }

    /** Signed, by whom and when; or open, with which teams have signed and which are awaited. */
    static String status(ReviewDetails d) {
        int attested = d.teams().stream().mapToInt(ReviewDetails.TeamProgress::attested).sum();
        int services = d.teams().stream().mapToInt(ReviewDetails.TeamProgress::services).sum();
        String attestations = attested + " of " + services + " services' recovery objectives attested";
        if (d.review().signed()) {
            SignOff manager = d.managerSignOff().orElse(null);
            return "Signed off" + (manager == null ? "" : " by " + manager.signedBy()) + " on "
                    + WHEN.format(d.review().signedAt()) + ", after every team (" + d.teams().size() + "); "
                    + attestations;
        }
        List<String> waiting = d.teams().stream().filter(t -> t.signOff() == null)
                .map(ReviewDetails.TeamProgress::team).toList();
        int signed = d.teams().size() - waiting.size();
        return "Open: " + signed + " of " + d.teams().size() + " teams signed" + (waiting.isEmpty()
                ? "; awaiting the manager's sign-off" : "; awaiting " + named(waiting, NAMED, "") + ", then the manager")
                + "; " + attestations;
    }

    private static String incidentSummary(Snapshot s) {
        if (s.incidents().isEmpty()) {
            return "none touched the services in scope";
        }
        List<String> stopped = s.incidents().stream().flatMap(i -> i.services().stream())
                .filter(h -> "down".equals(h.state())).map(ServiceHit::name).distinct().toList();
        return s.incidents().size() + " touched the services in scope; "
                + (stopped.isEmpty() ? "none stopped a service"
                : "stopped " + stopped.size() + (stopped.size() == 1 ? " service: " : " services: ")
                + named(stopped, NAMED, ""));
    }

    private static String breachSummary(Snapshot s) {
        List<String> missed = new ArrayList<>();
        for (ContractEntry c : s.contracts()) {
            c.months().stream().filter(m -> !m.met() && !m.inProgress()).forEach(m -> missed.add(c.name() + " in "
                    + m.month()));
        }
        if (s.contracts().isEmpty()) {
            return "no contract covers the services in scope";
        }
        return missed.isEmpty() ? "met in every ended month of " + s.contracts().size() + " contracts"
                : missed.size() + (missed.size() == 1 ? " month missed: " : " months missed: ")
                + named(missed, NAMED, "");
    }

    private static void changeSummary(Snapshot s, List<Block> b) {
        Snapshot.Changes c = s.changes();
        if (c.first()) {
            b.add(Block.paragraph("First review of " + (s.team() == null ? "the whole organisation" : "team "
                    + s.team()) + ": there is no earlier review to compare with."));
            return;
        }
        if (c.none()) {
            b.add(Block.paragraph("Nothing changed since " + s.previous().quarter() + ": the same services, scores"
                    + " and single points of failure."));
            return;
        }
        long worse = c.scores().stream().filter(x -> x.delta() > 0).count();
        b.add(Block.field("Scores", c.scores().isEmpty() ? "unchanged" : worse + " worse, " + (c.scores().size()
                - worse) + " better: " + named(c.scores().stream().map(x -> x.name() + " " + x.before() + " → "
                + x.after()).toList(), NAMED, "")));
        b.add(Block.field("SPOFs added", count(c.spofsAdded().stream().map(ReviewWriter::spof).toList())));
        b.add(Block.field("SPOFs removed", count(c.spofsRemoved().stream().map(ReviewWriter::spof).toList())));
        b.add(Block.field("Services added", count(c.servicesAdded())));
        b.add(Block.field("Services removed", count(c.servicesRemoved())));
    }

    private static String spof(SpofChange c) {
        return c.domain() + " of " + c.name() + (c.inPractice() ? " (in practice)" : "");
    }

    /** "none", or "4: a, b, c and 1 more". */
    private static String count(List<String> items) {
        return items.isEmpty() ? "none" : items.size() + ": " + named(items, NAMED, "");
    }

    /** The first {@code n} items, then "and N more"; {@code none} when there are none. */
    static String named(List<String> items, int n, String none) {
        if (items.isEmpty()) {
            return none;
        }
        String first = String.join(", ", items.subList(0, Math.min(n, items.size())));
        return items.size() > n ? first + " and " + (items.size() - n) + " more" : first;
    }

    private static List<Money> totals(Snapshot.Credits c, ClaimStatus status) {
        return switch (status) {
            case OWED -> c.owed();
            case CLAIMED -> c.claimed();
            case RECEIVED -> c.received();
            case DENIED -> c.denied();
            case EXPIRED -> c.expired();
        };
    }

    private static String sums(List<Money> sums) {
        return sums.isEmpty() ? "none" : SlaWords.sums(sums);
    }

    private static String gapSummary(ReviewSummary s) {
        if (s.drillGaps() == 0) {
            return "none: every fallback was drilled in the last " + DAYS + " days and passed";
        }
        return s.drillGaps() + (s.drillGaps() == 1 ? " fallback: " : " fallbacks: ") + s.drillsOverdue()
                + " overdue, " + s.drillsNeverDone() + " never drilled, " + s.drillsFailed() + " failed";
    }

    /** Failed drills first, then never drilled, then overdue; within each, the riskier service first. */
    static List<DrillGap> worst(Snapshot s) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < s.services().size(); i++) {
            rank.put(s.services().get(i).key(), i);
        }
        return s.drillGaps().stream().sorted(Comparator.comparingInt((DrillGap g) -> switch (g.kind()) {
                    case FAILED -> 0;
                    case NEVER -> 1;
                    case OVERDUE -> 2;
                }).thenComparingInt(g -> rank.getOrDefault(g.service(), Integer.MAX_VALUE))
                .thenComparing(DrillGap::path)).toList();
    }

    private static String gap(DrillGap g) {
        return g.path() + " of " + g.serviceName() + " (" + g.team() + "): " + gapKind(g);
    }

    private static String gapKind(DrillGap g) {
        return switch (g.kind()) {
            case NEVER -> "never drilled";
            case FAILED -> "failed its last drill on " + g.lastDrill();
            case OVERDUE -> "last drilled on " + g.lastDrill() + ", more than " + DAYS + " days ago";
        };
    }

    private static String openItems(ReviewDetails d, LocalDate today) {
        List<ActionItem> open = d.actionItems().stream().filter(i -> i.status().carried()).toList();
        long carried = open.stream().filter(d::carried).count();
        long late = open.stream().filter(i -> i.due().isBefore(today)).count();
        long closed = d.actionItems().size() - open.size();
        return open.isEmpty() && closed == 0 ? "none raised"
                : open.size() + " open or in progress (" + carried + " carried from earlier reviews), " + late
                + " past its due date; " + closed + " done or dropped";
    }

    // ---- the detail

    private static void trend(Snapshot s, List<Block> b) {
        b.add(Block.heading("Score trend"));
        b.add(Block.picture(ScoreTrendChart.svg("Risk score by review, " + (s.team() == null
                        ? "whole organisation" : "team " + s.team()), s.trend()), "Bars: average risk score (higher is riskier); red: the highest; purple: services"
                        + " with a single point of failure in practice (right scale)"));
    }

    private static void services(ReviewDetails d, List<Block> b) {
        Snapshot s = d.review().snapshot();
        b.add(Block.heading("Services, riskiest first"));
        b.add(Block.paragraph("In practice, a fallback counts only when its last drill passed within " + DAYS
                + " days and it switches over within the RTO. Availability with the expected downtime a year; loss expected"
                + " a year."));
        b.add(Block.tableHeader("Service", "Score", "SPOFs in practice", "Availability", "Loss a year"));
        for (ServiceEntry e : s.services()) {
            b.add(Block.tableRow(e.name() + "\n" + e.team() + " · tier " + e.tier(), Integer.toString(e.score()),
                    e.spofsInPractice().isEmpty() ? "none" : String.join(", ", e.spofsInPractice()),
                    RiskFormat.availability(e.availabilityInPractice()) + "\n"
                            + "down " + RiskFormat.decimalMinutes(e.expectedDowntimeMinutesPerYear()) + "/yr",
                    RiskFormat.money(e.expectedAnnualLoss())));
        }
        if (s.services().isEmpty()) {
            b.add(Block.paragraph("No services in scope."));
        }
        b.add(Block.heading("Recovery objectives and attestations"));
        b.add(Block.tableHeader("Service", "RTO", "RPO", "MTPD", "Attested"));
        Map<String, Attestation> attested = d.attestations().stream()
                .collect(Collectors.toMap(Attestation::service, Function.identity()));
        for (ServiceEntry e : s.services()) {
            Attestation a = attested.get(e.key());
            b.add(a == null
                    ? Block.tableRow(e.name(), RiskFormat.minutes(e.rtoMinutes()), RiskFormat.minutes(e.rpoMinutes()),
                    RiskFormat.minutes(e.mtpdMinutes()), "not attested")
                    : Block.tableRow(e.name(), objective(a.rtoMinutes(), e.rtoMinutes()),
                    objective(a.rpoMinutes(), e.rpoMinutes()), objective(a.mtpdMinutes(), e.mtpdMinutes()),
                    attestation(a)));
        }
    }

    /** The attested value, with the snapshot's beside it when the team corrected it. */
    private static String objective(Integer attested, Integer was) {
        return Objects.equals(attested, was) ? RiskFormat.minutes(attested)
                : RiskFormat.minutes(attested) + "\n(was " + RiskFormat.minutes(was) + ")";
    }

    static String attestation(Attestation a) {
        return (a.confirmed() ? "confirmed by " : "corrected by ") + a.attestedBy() + " on "
                + LocalDate.ofInstant(a.attestedAt(), ZoneOffset.UTC) + (a.note() == null ? "" : ": " + a.note());
    }

    private static void changes(Snapshot s, List<Block> b) {
        Snapshot.Changes c = s.changes();
        if (c.first()) {
            return;
        }
        b.add(Block.heading("Changes since " + s.previous().quarter()));
        if (c.none()) {
            b.add(Block.paragraph("Nothing changed: the same services, scores and single points of failure."));
            return;
        }
        if (!c.scores().isEmpty()) {
            b.add(Block.subheading("Scores, largest moves first"));
            b.add(Block.tableHeader("Service", "Before", "After", "Change"));
            c.scores().forEach(x -> b.add(Block.tableRow(x.name(), Integer.toString(x.before()),
                    Integer.toString(x.after()), (x.delta() > 0 ? "+" + x.delta() + " worse" : x.delta() + " better"))));
        }
        spofChanges("Single points of failure added", c.spofsAdded(), b);
        spofChanges("Single points of failure removed", c.spofsRemoved(), b);
        if (!c.servicesAdded().isEmpty()) {
            b.add(Block.field("Services added", String.join(", ", c.servicesAdded())));
        }
        if (!c.servicesRemoved().isEmpty()) {
            b.add(Block.field("Services removed", String.join(", ", c.servicesRemoved())));
        }
    }

    private static void spofChanges(String title, List<SpofChange> changes, List<Block> b) {
        if (!changes.isEmpty()) {
            b.add(Block.subheading(title));
            changes.forEach(x -> b.add(Block.bullet(spof(x))));
        }
    }

    private static void radius(Snapshot s, List<Block> b) {
        b.add(Block.heading("Blast radius and concentration"));
        if (s.blastRadius().isEmpty()) {
            b.add(Block.paragraph("No provider or failure domain alone takes down a service in scope."));
        } else {
            b.add(Block.paragraph("The services each provider or failure domain alone takes down, on paper and in"
                    + " practice, widest first, with what an hour of it costs in practice."));
            b.add(Block.tableHeader("Provider, domain", "Kind", "On paper", "In practice", "Cost an hour"));
            s.blastRadius().forEach(r -> b.add(Block.tableRow(r.name() == null ? r.key() : r.name(), r.scope(),
                    Integer.toString(r.servicesOnPaper()), Integer.toString(r.servicesInPractice()),
                    RiskFormat.money(r.costPerHourInPractice()))));
        }
        if (!s.concentration().isEmpty()) {
            b.add(Block.subheading("Tier-1 and tier-2 services each provider alone takes down"));
            b.add(Block.tableHeader("Provider", "Critical services", "Down on paper", "Down in practice"));
            s.concentration().forEach(c -> b.add(Block.tableRow(c.name() == null ? c.provider() : c.name(),
                    Integer.toString(c.criticalServices()), Integer.toString(c.downOnPaper()),
                    Integer.toString(c.downInPractice()))));
        }
    }

    private static void incidents(Snapshot s, List<Block> b) {
        b.add(Block.heading("Incidents of the quarter"));
        if (s.incidents().isEmpty()) {
            b.add(Block.paragraph("No incident touched the services in scope."));
        } else {
            b.add(Block.paragraph("Each incident's impact covers the whole incident, also where it runs past the"
                    + " quarter's edge, as seen when the review was opened."));
        }
        for (IncidentEntry i : s.incidents()) {
            b.add(Block.subheading(i.title()));
            b.add(Block.field("Provider, impact", i.provider() + ", " + i.impact()));
            b.add(Block.field("When", WHEN.format(i.start()) + " to " + (i.end() == null ? "not ended"
                    : WHEN.format(i.end()))));
            b.add(Block.field("Failure domains", String.join(", ", i.domains())));
            if (i.services().isEmpty()) {
                b.add(Block.paragraph("No service in scope stopped or degraded: its fallbacks held."));
                continue;
            }
            long down = i.services().stream().filter(h -> "down".equals(h.state())).count();
            List<Money> loss = Money.sumByCurrency(i.services().stream().map(ServiceHit::loss)
                    .filter(Objects::nonNull).toList());
            b.add(Block.field("Services hit", down + " down, " + (i.services().size() - down) + " degraded; loss "
                    + (loss.isEmpty() ? "not known" : RiskFormat.money(loss))));
            b.add(Block.tableHeader("Service", "State", "Stopped", "Loss"));
            List<ServiceHit> costliest = i.services().stream().sorted(COSTLIEST).toList();
            costliest.stream().limit(MAX_HITS).forEach(h -> b.add(Block.tableRow(h.name(), h.state(),
                    RiskFormat.minutes(h.stoppedMinutes()), RiskFormat.money(h.loss()))));
            if (costliest.size() > MAX_HITS) {
                b.add(Block.paragraph("The " + MAX_HITS + " costliest of " + costliest.size() + " services hit; the"
                        + " review in the app lists every one."));
            }
        }
    }

    private static void attainment(Snapshot s, List<Block> b) {
        b.add(Block.heading("SLA attainment"));
        if (s.contracts().isEmpty()) {
            b.add(Block.paragraph("No contract covers the services in scope."));
        }
        for (ContractEntry c : s.contracts()) {
            b.add(Block.subheading(c.name() + " (" + c.provider() + ")"));
            b.add(Block.picture(AttainmentChart.svg("Monthly uptime, " + s.quarter(), c.months().stream()
                    .map(m -> new AttainmentChart.Month(m.month(), m.uptimePercent(), m.met())).toList(),
                    c.objectivePercent()), c.objectivePercent() == null ? "Bars: measured uptime; the contract states"
                    + " no monthly-uptime objective" : "Bars: measured uptime; dashed: the objective; red: missed"));
            b.add(Block.tableHeader("Month", "Uptime", "Objectives", "Credit", "Claim"));
            for (MonthEntry m : c.months()) {
                b.add(Block.tableRow(m.month() + (m.inProgress() ? " (so far)" : ""), SlaWords.measured(m.uptimePercent()),
                        m.met() ? "met" : m.inProgress() ? "missed so far" : "missed",
                        m.credit() == null || m.credit().amount().signum() == 0 ? "—" : SlaWords.money(m.credit()),
                        m.claimStatus() == null ? "—" : m.claimStatus()));
            }
        }
    }

    private static void credits(Snapshot s, List<Block> b) {
        b.add(Block.heading("Credits and claims"));
        if (s.credits().claims().isEmpty()) {
            b.add(Block.paragraph("No credit concerns the quarter."));
            return;
        }
        b.add(Block.tableHeader("Period", "Contract", "Status", "Amount", "Deadline or paid"));
        for (ClaimEntry c : s.credits().claims()) {
            b.add(Block.tableRow(c.period().toString(), c.contractName(), c.status(), SlaWords.money(c.amount()),
                    c.received() != null ? "received " + SlaWords.money(c.received())
                            : c.deadline() == null ? "—" : "by " + c.deadline()));
        }
    }

    private static void drills(Snapshot s, List<Block> b) {
        b.add(Block.heading("Drills"));
        b.add(Block.subheading("Done this quarter"));
        if (s.drillsDone().isEmpty()) {
            b.add(Block.paragraph("No fallback of the services in scope was drilled this quarter."));
        } else {
            b.add(Block.tableHeader("Date", "Service", "Fallback", "Result", "Switchover"));
            s.drillsDone().forEach(x -> b.add(Block.tableRow(x.date().toString(), x.serviceName(), x.path(),
                    x.result(), RiskFormat.minutes(x.switchoverMinutes()))));
        }
        b.add(Block.subheading("Gaps, by service, riskiest first"));
        if (s.drillGaps().isEmpty()) {
            b.add(Block.paragraph("None: every fallback was drilled in the last " + DAYS + " days and passed."));
        } else {
            // one row per service, however many fallbacks it has: a fallback reads "path (dependency)"
            b.add(Block.paragraph("A fallback reads path (dependency); failed includes a drill that only partly"
                    + " passed, overdue one older than " + DAYS + " days, each with the date of its last drill."));
            b.add(Block.tableHeader("Service", "Gaps", "Never drilled", "Failed", "Overdue"));
            Map<String, List<DrillGap>> byService = s.drillGaps().stream()
                    .collect(Collectors.groupingBy(DrillGap::service));
            for (ServiceEntry e : s.services()) {
                List<DrillGap> gaps = byService.getOrDefault(e.key(), List.of());
                if (!gaps.isEmpty()) {
                    b.add(Block.tableRow(e.name() + "\n" + e.team(), Integer.toString(gaps.size()),
                            fallbacks(gaps, DrillGap.Kind.NEVER), fallbacks(gaps, DrillGap.Kind.FAILED),
                            fallbacks(gaps, DrillGap.Kind.OVERDUE)));
                }
            }
        }
        b.add(Block.subheading("Planned"));
        if (s.plannedDrills().isEmpty()) {
            b.add(Block.paragraph("No drill was planned for the services in scope."));
        } else {
            b.add(Block.tableHeader("Date", "Service", "Fallback", "Owner", "Status"));
            s.plannedDrills().forEach(p -> b.add(Block.tableRow(p.date().toString(), p.serviceName(), p.path(),
                    p.owner(), p.missed() ? "missed" : "planned")));
        }
    }

    private static String fallbacks(List<DrillGap> gaps, DrillGap.Kind kind) {
        List<String> of = gaps.stream().filter(g -> g.kind() == kind).map(g -> g.path() + " (" + g.dependency() + ")"
                + (g.lastDrill() == null ? "" : " " + g.lastDrill())).toList();
        return of.isEmpty() ? "—" : String.join(", ", of);
    }

    private static void actionItems(ReviewDetails d, LocalDate today, List<Block> b) {
        b.add(Block.heading("Action items"));
        if (d.actionItems().isEmpty()) {
            b.add(Block.paragraph("None raised in this review, and none carried into it."));
            return;
        }
        Map<String, String> names = d.review().snapshot().services().stream()
                .collect(Collectors.toMap(ServiceEntry::key, ServiceEntry::name));
        Map<String, String> contracts = d.review().snapshot().contracts().stream()
                .collect(Collectors.toMap(ContractEntry::key, ContractEntry::name));
        b.add(Block.tableHeader("Action", "About, owner", "Due", "Status", "Raised"));
        for (ActionItem i : d.actionItems()) {
            String about = i.service() != null ? names.getOrDefault(i.service(), i.service())
                    : i.contract() != null ? contracts.getOrDefault(i.contract(), i.contract()) : "—";
            b.add(Block.tableRow(i.title(), about + "\n" + i.owner(), i.due().toString()
                            + (i.status().carried() && i.due().isBefore(today) ? "\n(past)" : ""),
                    i.status().fileName(), d.carried(i) ? "carried from an earlier review" : "in this review"));
        }
    }

    private static void signOffs(ReviewDetails d, List<Block> b) {
        b.add(Block.heading("Sign-offs"));
        b.add(Block.tableHeader("Team", "Services", "Attested", "Signed by", "On"));
        for (ReviewDetails.TeamProgress t : d.teams()) {
            b.add(Block.tableRow(t.team(), Integer.toString(t.services()), Integer.toString(t.attested()),
                    t.signOff() == null ? "not yet" : t.signOff().signedBy(),
                    t.signOff() == null ? "—" : WHEN.format(t.signOff().signedAt())));
        }
        SignOff manager = d.managerSignOff().orElse(null);
        b.add(Block.tableRow("Manager, last", "", "", manager == null ? "not yet" : manager.signedBy(),
                manager == null ? "—" : WHEN.format(manager.signedAt())));
    }
}
