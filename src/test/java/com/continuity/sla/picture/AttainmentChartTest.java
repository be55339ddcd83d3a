package com.continuity.sla.picture;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttainmentChartTest {

    static final List<AttainmentChart.Month> MONTHS = List.of(
            new AttainmentChart.Month(YearMonth.of(2026, 9), new BigDecimal("100"), true),
            new AttainmentChart.Month(YearMonth.of(2026, 10), new BigDecimal("99.787186"), false));

    @Test
    void eachMonthIsABarColouredByWhetherItsObjectivesWereMetWithTheObjectiveAsALine() {
        String svg = AttainmentChart.svg("Monthly uptime", MONTHS, new BigDecimal("99.9"));

        assertThat(svg).contains("data-month=\"2026-09\"", "data-month=\"2026-10\"", "objective 99.9%", "99.787")
                .contains("fill=\"" + AttainmentChart.MET + "\" data-month=\"2026-09\"")
                .contains("fill=\"" + AttainmentChart.MISSED + "\" data-month=\"2026-10\"");
    }

    @Test
    void theScaleStartsJustUnderTheLowestMonthOrTheObjective() {
        assertThat(AttainmentChart.floor(MONTHS, new BigDecimal("99.9"))).isEqualTo(99.5);
        assertThat(AttainmentChart.floor(MONTHS, new BigDecimal("95"))).isEqualTo(94.5);
        assertThat(AttainmentChart.floor(List.of(), null)).isEqualTo(98.5);
    }

    @Test
    void noMonthsSaySo() {
        assertThat(AttainmentChart.svg("Monthly uptime", List.of(), null)).contains("No months in this range.");
    }
}
