package com.continuity.reports;

import com.continuity.reviews.ActionItem;
import com.continuity.reviews.ActionStatus;
import com.continuity.reviews.Attestation;
import com.continuity.reviews.Review;
import com.continuity.reviews.ReviewDetails;
import com.continuity.reviews.ReviewStatus;
import com.continuity.reviews.SignOff;
import com.continuity.reviews.model.Comparison;
import com.continuity.reviews.model.Quarter;
import com.continuity.reviews.model.Snapshot;
import com.continuity.reviews.model.Snapshot.ClaimEntry;
import com.continuity.reviews.model.Snapshot.ContractEntry;
import com.continuity.reviews.model.Snapshot.DrillGap;
import com.continuity.reviews.model.Snapshot.MonthEntry;
import com.continuity.reviews.model.Snapshot.ServiceEntry;
import com.continuity.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static com.continuity.reports.WritersTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

/** What the review writer says, block by block: the summary before the page break, the detail after it. */
class ReviewWriterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final Quarter Q4 = Quarter.parse("2026-Q4");

    static ServiceEntry service(String key, String team, int score, List<String> spofs, String loss) {
        return new ServiceEntry(key, "Service " + key, team, 1, "Owner", score, spofs, spofs, 0.999, 525.6,
                new Money(new BigDecimal(loss), "USD"), 15, 0, 240, List.of());
    }

    /** Seven services (riskiest first), six drill gaps, two contracts, credits owed and expired, items. */
    static Snapshot snapshot(boolean first) {
        List<ServiceEntry> services = List.of(
                service("s1", "care", 90, List.of("bedrock"), "1000.00"),
                service("s2", "care", 80, List.of("gateway", "claude", "openai"), "500.00"),
                service("s3", "ops", 70, List.of(), "250.00"),
                service("s4", "ops", 60, List.of(), "100.00"),
                service("s5", "ops", 50, List.of(), "50.00"),
                service("s6", "ops", 40, List.of(), "25.00"),
                service("s7", "ops", 30, List.of(), "0.00"));
        Snapshot.Changes changes = first ? new Snapshot.Changes(true, List.of(), List.of(), List.of(), List.of(),
                List.of()) : new Snapshot.Changes(false,
                List.of(new Snapshot.ScoreChange("s1", "Service s1", 60, 90),
                        new Snapshot.ScoreChange("s3", "Service s3", 80, 70)),
                List.of(new Snapshot.SpofChange("s1", "Service s1", "bedrock", false)),
                List.of(new Snapshot.SpofChange("s2", "Service s2", "azure", true)), List.of("s7"), List.of("old"));
        List<DrillGap> gaps = List.of(
                new DrillGap("s5", "Service s5", "ops", "dep", "late-5", DrillGap.Kind.OVERDUE, LocalDate.of(2026, 6, 1)),
                new DrillGap("s1", "Service s1", "care", "dep", "never-1", DrillGap.Kind.NEVER, null),
                new DrillGap("s4", "Service s4", "ops", "dep", "never-4", DrillGap.Kind.NEVER, null),
                new DrillGap("s6", "Service s6", "ops", "dep", "failed-6", DrillGap.Kind.FAILED, LocalDate.of(2026, 11, 2)),
                new DrillGap("s2", "Service s2", "care", "dep", "late-2", DrillGap.Kind.OVERDUE, LocalDate.of(2026, 5, 1)),
                new DrillGap("s3", "Service s3", "ops", "dep", "never-3", DrillGap.Kind.NEVER, null));
        Money credit = new Money(new BigDecimal("2000.00"), "USD");
        List<ContractEntry> contracts = List.of(
                new ContractEntry("bedrock-eu", "Bedrock terms", "aws", new BigDecimal("99.9"), List.of(
                        new MonthEntry(YearMonth.of(2026, 10), new BigDecimal("99.787186"), false, false, credit, "owed"),
                        new MonthEntry(YearMonth.of(2026, 11), new BigDecimal("100"), true, true,
                                new Money(BigDecimal.ZERO, "USD"), null))),
                new ContractEntry("anthropic", "Anthropic agreement", "anthropic", null, List.of(
                        new MonthEntry(YearMonth.of(2026, 10), new BigDecimal("100"), true, false,
                                new Money(BigDecimal.ZERO, "USD"), null))));
        Money expired = new Money(new BigDecimal("244.05"), "USD");
        Snapshot.Credits credits = new Snapshot.Credits(List.of(credit), List.of(), List.of(), List.of(),
                List.of(expired), List.of(
                new ClaimEntry(1, "anthropic", "Anthropic agreement", YearMonth.of(2026, 9), "expired", expired,
                        LocalDate.of(2026, 10, 30), null),
                new ClaimEntry(2, "bedrock-eu", "Bedrock terms", YearMonth.of(2026, 10), "owed", credit,
                        LocalDate.of(2026, 12, 31), null)));
        List<Snapshot.IncidentEntry> incidents = List.of(new Snapshot.IncidentEntry("bedrock-1", "aws",
                "Increased error rates", "major", Instant.parse("2026-10-21T08:05:00Z"),
                Instant.parse("2026-10-21T09:40:00Z"), List.of("bedrock"),
                List.of(new Snapshot.ServiceHit("s1", "Service s1", "down", 95, new Money(new BigDecimal("23750.00"),
                        "USD")))));
        List<Snapshot.TrendPoint> trend = new ArrayList<>();
        if (!first) {
            trend.add(new Snapshot.TrendPoint(Q4.previous(), 7, 50.0, 80, 1));
        }
        trend.add(Comparison.point(Q4, services));
        return new Snapshot(Q4, NOW, null, null, first ? null : new Snapshot.Previous(1, Q4.previous()), services,
                List.of(new Snapshot.RadiusEntry("provider", "aws", "Amazon Web Services", 1, 1, List.of("s1"),
                        List.of(new Money(new BigDecimal("15000"), "USD")))),
                List.of(new Snapshot.ConcentrationEntry("aws", "Amazon Web Services", 2, 1, 1)), changes, incidents,
                contracts, credits, List.of(new Snapshot.DrillEntry("s2", "Service s2", "dep", "gpt",
                LocalDate.of(2026, 11, 4), "passed", 1)), gaps, List.of(), trend, List.of());
    }

    static ReviewDetails details(Snapshot s, boolean signed) {
        Review review = new Review(7, Q4, null, signed ? ReviewStatus.SIGNED : ReviewStatus.OPEN, "manager", NOW,
                signed ? Instant.parse("2026-12-20T10:00:00Z") : null, s, 1);
        List<ActionItem> items = List.of(
                new ActionItem(3, 5, "Drill llama", "s1", null, null, "Dana", LocalDate.of(2026, 11, 1),
                        ActionStatus.OPEN, "manager", NOW, 1),
                new ActionItem(9, 7, "Claim the credit", null, "bedrock-eu", null, "Finance", LocalDate.of(2026, 12, 15),
                        ActionStatus.IN_PROGRESS, "manager", NOW, 1),
                new ActionItem(10, 7, "Add a fallback", "s2", null, null, "Sam", LocalDate.of(2026, 12, 1),
                        ActionStatus.DONE, "manager", NOW, 1));
        List<Attestation> attestations = List.of(
                new Attestation("s1", "care", true, 15, 0, 240, null, "dana", NOW),
                new Attestation("s2", "care", false, 30, 0, 240, "the fallback is slower", "sam", NOW));
        SignOff care = new SignOff("care", "dana", NOW);
        List<SignOff> signOffs = signed ? List.of(care, new SignOff("ops", "olga", NOW),
                new SignOff(SignOff.MANAGER, "mia", Instant.parse("2026-12-20T10:00:00Z"))) : List.of(care);
        return new ReviewDetails(review, items, attestations, signOffs, List.of(
                new ReviewDetails.TeamProgress("care", 2, 2, care),
                new ReviewDetails.TeamProgress("ops", 5, signed ? 5 : 0, signed ? signOffs.get(1) : null)));
    }

    static List<Block> summary(Document d) {
        return d.blocks().subList(0, breakAt(d));
    }

    static int breakAt(Document d) {
        int at = d.blocks().stream().map(Block::kind).toList().indexOf(Block.Kind.BREAK);
        assertThat(at).as("the page break").isPositive();
        return at;
    }

    static List<String> summaryLines(Document d) {
        return lines(new Document(d.title(), d.subtitle(), d.fileName(), d.source(), summary(d)));
    }

    @Test
    void theSummaryBeforeThePageBreakHoldsScopeStatusChangesRisksMoneyDrillsAndItems() {
        Document d = ReviewWriter.write(details(snapshot(false), false), TODAY);
        List<String> summary = summaryLines(d);

        assertThat(d.title()).isEqualTo("Quarterly review 2026-Q4");
        assertThat(summary).contains(
                "FIELD Scope | Whole organisation",
                "FIELD Quarter | 2026-Q4, October to December 2026; snapshot taken 2026-11-27 12:00 UTC",
                "FIELD Status | Open: 1 of 2 teams signed; awaiting ops, then the manager; 2 of 7 services'"
                        + " recovery objectives attested",
                "FIELD Services | 7 in scope; average score 60, highest 90; 2 with a single point of failure in practice",
                "FIELD Incidents | 1 touched the services in scope; stopped 1 service: Service s1",
                "FIELD SLA objectives | 1 month missed: Bedrock terms in 2026-10",
                "H2 What changed since 2026-Q3",
                "FIELD Scores | 1 worse, 1 better: Service s1 60 → 90, Service s3 80 → 70",
                "FIELD SPOFs added | 1: bedrock of Service s1",
                "FIELD SPOFs removed | 1: azure of Service s2 (in practice)",
                "FIELD Services added | 1: s7",
                "FIELD Services removed | 1: old",
                "FIELD Owed, to claim | 2,000.00 USD; the first deadline is 2026-12-31",
                "FIELD Claimed, awaited | none",
                "FIELD Received | none",
                "FIELD Denied | none",
                "FIELD Expired unclaimed | 244.05 USD",
                "FIELD Expected annual loss | 1,925.00 USD, in practice, over the services in scope",
                "FIELD Drill gaps | 6 fallbacks: 2 overdue, 3 never drilled, 1 failed",
                "FIELD Drills this quarter | 1 done; none planned",
                "FIELD Open | 2 open or in progress (1 carried from earlier reviews), 1 past its due date; 1 done or dropped");
        // the five riskiest services, riskiest first, and no more
        assertThat(summary(d).stream().filter(b -> b.kind() == Block.Kind.TR).map(Block::text))
                .containsExactly("Service s1", "Service s2", "Service s3", "Service s4", "Service s5");
        assertThat(summary).contains("TR Service s2 | care");
        assertThat(summary(d).stream().filter(b -> "Service s2".equals(b.text())).findFirst().orElseThrow().c4())
                .isEqualTo("gateway, claude and 1 more");
        // the worst gaps first: failed, then never drilled by the service's risk, then overdue
        assertThat(summary(d).stream().filter(b -> b.kind() == Block.Kind.BULLET).map(Block::text)).containsExactly(
                "failed-6 of Service s6 (ops): failed its last drill on 2026-11-02",
                "never-1 of Service s1 (care): never drilled",
                "never-3 of Service s3 (ops): never drilled",
                "never-4 of Service s4 (ops): never drilled",
                "and 2 more, in the detail");
        assertThat(summary(d)).noneMatch(b -> b.kind() == Block.Kind.PICTURE);
    }

    @Test
    void theSummaryFitsTheFirstPageOfUsLetterAndTheDetailStartsOnTheSecond() throws Exception {
        Document d = ReviewWriter.write(details(snapshot(false), false), TODAY);

        var pdf = new PrintedPdf(new PdfRenderer(PdfRendererTest.CLOCK).pdf(d, Paper.LETTER));

        String first = pdf.pages.get(0).replaceAll("\\s+", " ");
        assertThat(first).contains("Quarterly review 2026-Q4", "Owed, to claim 2,000.00 USD",
                "Drill gaps 6 fallbacks", "Open 2 open or in progress").doesNotContain("Score trend");
        assertThat(pdf.pages.get(1)).contains("Score trend");
        assertThat(pdf.images).as("charts drawn as vectors").isZero();
        pdf.savePreview("review-writer-letter");
    }

    @Test
    void aFirstReviewSaysThereIsNothingToCompareWithAndHasNoChangesSection() {
        Document d = ReviewWriter.write(details(snapshot(true), false), TODAY);

        assertThat(summaryLines(d)).contains("H2 What changed",
                "P First review of the whole organisation: there is no earlier review to compare with.")
                .noneMatch(l -> l.startsWith("FIELD Scores"));
        assertThat(lines(d)).noneMatch(l -> l.startsWith("H1 Changes since"));
    }

    @Test
    void theDetailHasOneRowPerServiceAndTheirObjectivesAsAttested() {
        Document d = ReviewWriter.write(details(snapshot(false), false), TODAY);
        List<Block> detail = d.blocks().subList(breakAt(d), d.blocks().size());
        List<String> lines = lines(d);

        int from = lines.indexOf("H1 Services, riskiest first");
        int to = lines.indexOf("H1 Recovery objectives and attestations");
        assertThat(lines.subList(from, to).stream().filter(l -> l.startsWith("TR "))).hasSize(7);
        assertThat(lines).contains(
                "TR Service s1 | 15 min",
                "TR Service s2 | 30 min\n(was 15 min)",
                "TR Service s3 | 15 min",
                "H1 Changes since 2026-Q3",
                "TR Service s1 | 60",
                "BULLET azure of Service s2 (in practice)",
                "H2 Increased error rates",
                "FIELD Services hit | 1 down, 0 degraded; loss 23,750.00 USD",
                "TR Service s1 | down",
                "TR 2026-10 | 99.787186 %",
                "TR 2026-11 (so far) | 100 %",
                "TR 2026-09 | Anthropic agreement",
                "TR 2026-11-04 | Service s2",
                "TR Service s6\nops | 1",
                "TR Service s5\nops | 1",
                "TR Drill llama | Service s1\nDana",
                "TR care | 2",
                "TR Manager, last | ");
        assertThat(detail.stream().filter(b -> "Service s1".equals(b.text()) && "15 min".equals(b.value()))
                .findFirst().orElseThrow().c5()).isEqualTo("confirmed by dana on 2026-11-27");
        assertThat(detail.stream().filter(b -> "Service s2".equals(b.text()) && b.value().startsWith("30 min"))
                .findFirst().orElseThrow().c5()).isEqualTo("corrected by sam on 2026-11-27: the fallback is slower");
        assertThat(detail.stream().filter(b -> "Service s3".equals(b.text()) && "15 min".equals(b.value()))
                .findFirst().orElseThrow().c5()).isEqualTo("not attested");
        Block s2Gaps = detail.stream().filter(b -> "Service s2\ncare".equals(b.text()) && "1".equals(b.value()))
                .findFirst().orElseThrow();
        assertThat(List.of(s2Gaps.c3(), s2Gaps.c4(), s2Gaps.c5())).containsExactly("—", "—", "late-2 (dep) 2026-05-01");
        Block s6Gaps = detail.stream().filter(b -> "Service s6\nops".equals(b.text()) && "1".equals(b.value()))
                .findFirst().orElseThrow();
        assertThat(s6Gaps.c4()).isEqualTo("failed-6 (dep) 2026-11-02");
        assertThat(detail.stream().filter(b -> "Drill llama".equals(b.text())).findFirst().orElseThrow().c5())
                .isEqualTo("carried from an earlier review");
    }

    @Test
    void theScoreTrendAndEachContractsAttainmentAreChartsInTheDetail() {
        Document d = ReviewWriter.write(details(snapshot(false), false), TODAY);
        List<Block> pictures = d.blocks().stream().filter(b -> b.kind() == Block.Kind.PICTURE).toList();

        assertThat(pictures).hasSize(3);
        assertThat(new String(pictures.get(0).picture())).contains("score-trend-chart", "data-quarter=\"2026-Q3\"",
                "data-quarter=\"2026-Q4\"");
        assertThat(new String(pictures.get(1).picture())).contains("attainment-chart", "data-month=\"2026-10\"",
                "data-month=\"2026-11\"", "objective 99.9%");
        assertThat(new String(pictures.get(2).picture())).contains("attainment-chart").doesNotContain("stroke-dasharray");
        assertThat(d.blocks().indexOf(pictures.getFirst())).isGreaterThan(breakAt(d));
    }

    @Test
    void anIncidentThatHitsManyServicesGivesItsTotalsAndNamesTheCostliestOnly() {
        Snapshot full = snapshot(false);
        List<Snapshot.ServiceHit> hits = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            hits.add(new Snapshot.ServiceHit("h" + i, "Hit " + i, i % 5 == 0 ? "degraded" : "down", 60,
                    new Money(new BigDecimal(i * 100), "USD")));
        }
        Snapshot wide = new Snapshot(Q4, NOW, null, null, full.previous(), full.services(), full.blastRadius(),
                full.concentration(), full.changes(), List.of(new Snapshot.IncidentEntry("wide", "aws", "Region down",
                "critical", NOW.minusSeconds(7200), NOW.minusSeconds(3600), List.of("bedrock"), hits)),
                full.contracts(), full.credits(), full.drillsDone(), full.drillGaps(), full.plannedDrills(),
                full.trend(), List.of());

        List<Block> blocks = ReviewWriter.write(details(wide, false), TODAY).blocks();
        List<String> lines = lines(new Document("t", null, "f", "s", blocks));

        assertThat(lines).contains("FIELD Services hit | 20 down, 5 degraded; loss 32,500 USD",
                "P The 20 costliest of 25 services hit; the review in the app lists every one.");
        int header = lines.indexOf("TH Service | State");
        assertThat(lines.subList(header + 1, header + 21)).allMatch(l -> l.startsWith("TR Hit "));
        assertThat(lines.get(header + 1)).isEqualTo("TR Hit 25 | degraded");
        assertThat(lines.get(header + 20)).isEqualTo("TR Hit 6 | down");
        assertThat(lines.get(header + 21)).startsWith("P The 20 costliest");
    }

    @Test
    void aSignedReviewNamesTheManagerAndWhenItWasSigned() {
        Document d = ReviewWriter.write(details(snapshot(false), true), TODAY);

        assertThat(d.subtitle()).isEqualTo("Whole organisation · signed off 2026-12-20 10:00 UTC");
        assertThat(summaryLines(d)).contains("FIELD Status | Signed off by mia on 2026-12-20 10:00 UTC, after every"
                + " team (2); 7 of 7 services' recovery objectives attested");
        assertThat(lines(d)).contains("TR Manager, last | ");
        assertThat(d.blocks().stream().filter(b -> "Manager, last".equals(b.text())).findFirst().orElseThrow().c4())
                .isEqualTo("mia");
    }

    @Test
    void anEmptyReviewStillPrintsEverySectionSayingThereIsNothing() {
        Snapshot full = snapshot(true);
        Snapshot empty = new Snapshot(Q4, NOW, "lab", "Lab", null, List.of(), List.of(), List.of(), full.changes(),
                List.of(), List.of(), new Snapshot.Credits(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()), List.of(), List.of(), List.of(), List.of(Comparison.point(Q4, List.of())), List.of());
        Review review = new Review(8, Q4, "lab", ReviewStatus.OPEN, "manager", NOW, null, empty, 1);

        Document d = ReviewWriter.write(new ReviewDetails(review, List.of(), List.of(), List.of(), List.of()), TODAY);

        assertThat(d.fileName()).isEqualTo("review-2026-Q4-lab");
        assertThat(lines(d)).contains("FIELD Scope | Team Lab (lab)", "P No services in scope.",
                "FIELD Incidents | none touched the services in scope",
                "FIELD SLA objectives | no contract covers the services in scope",
                "FIELD Owed, to claim | none", "FIELD Expected annual loss | none",
                "FIELD Drill gaps | none: every fallback was drilled in the last 90 days and passed",
                "FIELD Open | none raised", "P No incident touched the services in scope.",
                "P No credit concerns the quarter.", "P None raised in this review, and none carried into it.");
    }
}
