package com.continuity.resilience.picture;

import com.continuity.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskFormatTest {

    @Test
    void availabilityShowsTwoSignificantDigitsOfWhatIsMissing() {
        assertThat(RiskFormat.availability(0.9995)).isEqualTo("99.950%");
        assertThat(RiskFormat.availability(0.99999975)).isEqualTo("99.999975%");
        assertThat(RiskFormat.availability(0.9)).isEqualTo("90.00%");
        assertThat(RiskFormat.availability(1)).isEqualTo("100.00%");
    }

    @Test
    void unavailabilityIsWrittenInScientificNotationWithoutPaddedExponents() {
        assertThat(RiskFormat.unavailability(0.000512)).isEqualTo("5.12e-4");
        assertThat(RiskFormat.unavailability(0.25)).isEqualTo("2.50e-1");
        assertThat(RiskFormat.unavailability(0)).isEqualTo("0");
    }

    @Test
    void wholeMinutesStayWholeWhetherBoxedOrNot() {
        assertThat(RiskFormat.minutes(240)).isEqualTo("240 min");
        assertThat(RiskFormat.minutes(Integer.valueOf(1440))).isEqualTo("1,440 min");
        assertThat(RiskFormat.minutes((Integer) null)).isEqualTo(RiskFormat.NONE);
        assertThat(RiskFormat.decimalMinutes(262.8)).isEqualTo("262.8 min");
    }

    @Test
    void moneyKeepsItsScaleAndCurrencyAndSumsInSeveralCurrenciesAreListed() {
        assertThat(RiskFormat.money(new BigDecimal("1200.00"), "EUR")).isEqualTo("1,200.00 EUR");
        assertThat(RiskFormat.money(new BigDecimal("5"), "JPY")).isEqualTo("5 JPY");
        assertThat(RiskFormat.money(null, "USD")).isEqualTo(RiskFormat.NONE);
        assertThat(RiskFormat.money(List.of(new Money(new BigDecimal("1.50"), "EUR"),
                new Money(new BigDecimal("730.00"), "USD")))).isEqualTo("1.50 EUR + 730.00 USD");
        assertThat(RiskFormat.money(List.<Money>of())).isEqualTo(RiskFormat.NONE);
    }

    @Test
    void targetsReadAsWritten() {
        assertThat(RiskFormat.exactPercent(0.9995)).isEqualTo("99.95%");
        assertThat(RiskFormat.exactPercent(0.99)).isEqualTo("99%");
        assertThat(RiskFormat.cutSets(List.of(List.of("a"), List.of("b", "c")))).isEqualTo("{a}, {b, c}");
    }
}
