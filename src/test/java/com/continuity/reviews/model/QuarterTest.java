package com.continuity.reviews.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    @Test
    void aQuarterIsWrittenAsYearAndNumberAndCoversThreeMonths() {
        Quarter q = Quarter.parse("2026-Q4");
        assertThat(q.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(q.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q).hasToString("2026-Q4");
        assertThat(q.previous()).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(Quarter.parse("2026-Q1").previous()).isEqualTo(Quarter.parse("2025-Q4"));
    }

    @Test
    void theQuarterOfADateAndTheOrderOfQuarters() {
        assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(Quarter.parse("2026-Q1"));
        assertThat(Quarter.of(LocalDate.of(2026, 4, 1))).isEqualTo(Quarter.parse("2026-Q2"));
        assertThat(Quarter.parse("2025-Q4")).isLessThan(Quarter.parse("2026-Q1"));
    }

    @Test
    void anythingElseIsRefusedWithTheExpectedForm() {
        for (String bad : new String[]{"2026-Q5", "2026Q4", "Q4-2026", "", null}) {
            assertThatThrownBy(() -> Quarter.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("written like 2026-Q4");
        }
    }
}
