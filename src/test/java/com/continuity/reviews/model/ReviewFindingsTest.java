package com.continuity.reviews.model;

import com.continuity.reviews.model.Snapshot.ClaimEntry;
import com.continuity.reviews.model.Snapshot.ContractEntry;
import com.continuity.reviews.model.Snapshot.Credits;
import com.continuity.reviews.model.Snapshot.DrillGap;
import com.continuity.reviews.model.Snapshot.MonthEntry;
import com.continuity.reviews.model.Snapshot.ReviewFinding;
import com.continuity.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewFindingsTest {

    private static final Money OWED = new Money(new BigDecimal("2000.00"), "USD");

    static Snapshot snapshot(List<MonthEntry> months, List<ClaimEntry> claims, List<DrillGap> gaps,
                             Snapshot.Changes changes) {
        return new Snapshot(Quarter.parse("2026-Q4"), Instant.parse("2026-11-27T12:00:00Z"), null, null, null,
                List.of(ComparisonTest.service("chat", 45, List.of("bedrock"), List.of("bedrock", "gateway"))),
                List.of(), List.of(), changes, List.of(),
                List.of(new ContractEntry("bedrock-eu", "Bedrock EU", "aws", new BigDecimal("99.9"), months)),
                new Credits(List.of(), List.of(), List.of(), List.of(), List.of(), claims), List.of(), gaps, List.of(),
                List.of(), List.of());
    }

    @Test
    void everyKindOfFindingGetsAStableIdAndASentence() {
        Snapshot s = snapshot(
                List.of(new MonthEntry(YearMonth.of(2026, 10), new BigDecimal("99.787186"), false, false, OWED, "owed"),
                        new MonthEntry(YearMonth.of(2026, 11), new BigDecimal("99.5"), false, true, OWED, null)),
                List.of(new ClaimEntry(1, "bedrock-eu", "Bedrock EU", YearMonth.of(2026, 10), "owed", OWED,
                                LocalDate.of(2026, 12, 31), null),
                        new ClaimEntry(2, "bedrock-eu", "Bedrock EU", YearMonth.of(2026, 7), "expired", OWED, null, null),
                        new ClaimEntry(3, "bedrock-eu", "Bedrock EU", YearMonth.of(2026, 8), "received", OWED, null,
                                OWED)),
                List.of(new DrillGap("chat", "Chat", "care", "replies", "llama", DrillGap.Kind.NEVER, null)),
                new Snapshot.Changes(false, List.of(new Snapshot.ScoreChange("chat", "Chat", 20, 45),
                        new Snapshot.ScoreChange("mail", "Mail", 30, 10)), List.of(), List.of(), List.of(), List.of()));

        List<ReviewFinding> findings = ReviewFindings.of(s);

        assertThat(findings).extracting(ReviewFinding::id).containsExactly("spof:chat:bedrock",
                "spof-in-practice:chat:gateway", "score:chat", "drill:chat:replies:llama", "breach:bedrock-eu:2026-10",
                "claim:bedrock-eu:2026-10", "claim:bedrock-eu:2026-07");
        assertThat(findings).extracting(ReviewFinding::text).contains(
                "A credit of 2000.00 USD from Bedrock EU for 2026-10 is owed and not yet claimed; claim by 2026-12-31.",
                "A credit of 2000.00 USD from Bedrock EU for 2026-07 expired unclaimed: money left on the table.",
                "Fallback llama of Chat has never been drilled.");
        assertThat(findings.get(4).contract()).isEqualTo("bedrock-eu");
        assertThat(findings.get(0).service()).isEqualTo("chat");
    }

    @Test
    void aMonthStillRunningIsNoBreachYet() {
        Snapshot s = snapshot(List.of(new MonthEntry(YearMonth.of(2026, 11), new BigDecimal("90"), false, true, OWED,
                null)), List.of(), List.of(), new Snapshot.Changes(true, List.of(), List.of(), List.of(), List.of(),
                List.of()));
        assertThat(ReviewFindings.of(s)).extracting(ReviewFinding::kind).doesNotContain("sla-breach");
    }
}
