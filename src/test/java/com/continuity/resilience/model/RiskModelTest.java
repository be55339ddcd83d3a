package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.continuity.resilience.model.Build.TODAY;
import static com.continuity.resilience.model.Build.dependency;
import static com.continuity.resilience.model.Build.primary;
import static com.continuity.resilience.model.Build.service;
import static com.continuity.resilience.model.Build.undrilled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Expected downtime and loss per year, and which reading is which. */
class RiskModelTest {

    private static Analysis inPractice(String cost, String currency) {
        BusinessService s = service("s", 3, 60, 240, cost, currency, dependency("d", primary("a")));
        return RiskModel.analyse(s, d -> 0.01, TODAY).inPractice();
    }

    @Test
    void theExpectedAnnualLossIsUnavailabilityTimesHoursInAYearTimesCostPerHourInTheCurrencysMinorUnit() {
        // 0.01 x 8,760 h x 1,000.10 = 87,608.76
        assertThat(inPractice("1000.10", "USD").expectedAnnualLoss()).isEqualTo(new BigDecimal("87608.76"));
        assertThat(inPractice("1000", "JPY").expectedAnnualLoss()).isEqualTo(new BigDecimal("87600"));
        assertThat(inPractice("1000", "BHD").expectedAnnualLoss()).isEqualTo(new BigDecimal("87600.000"));
    }

    @Test
    void aServiceWithoutACostOfDowntimeHasNoExpectedLoss() {
        assertThat(inPractice(null, "USD").expectedAnnualLoss()).isNull();
    }

    @Test
    void theExpectedDowntimeIsUnavailabilityTimesTheMinutesOfA365DayYear() {
        assertThat(inPractice("1", "USD").expectedDowntimeMinutesPerYear()).isCloseTo(5256.0, within(1e-9));
        assertThat(RiskModel.MINUTES_PER_YEAR).isEqualTo(525_600);
    }

    @Test
    void onPaperCountsEveryDeclaredFallbackAndInPracticeOnlyThoseThatCount() {
        BusinessService s = service("s", dependency("d", primary("a"), undrilled("never", 5, 100, "b")));
        ServiceRisk risk = RiskModel.analyse(s, d -> 0.1, TODAY);
        assertThat(risk.onPaper().unavailability()).isCloseTo(0.01, within(1e-15));
        assertThat(risk.inPractice().unavailability()).isCloseTo(0.1, within(1e-15));
        assertThat(risk.onPaper().singlePointsOfFailure()).isEmpty();
        assertThat(risk.inPractice().singlePointsOfFailure()).containsExactly("a");
        assertThat(risk.paperTree().dependencies().getFirst().paths()).hasSize(2);
        assertThat(risk.practiceTree().dependencies().getFirst().paths()).hasSize(1);
    }
}
