package com.continuity.alerts;

import com.continuity.inventory.DrillSchedule;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertsPropertiesTest {

    private static AlertsProperties withDrillDueDays(int days) {
        return new AlertsProperties("http://localhost:8080", true, Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofHours(1), 10, "continuity@localhost", true,
                Duration.ofMinutes(5), 7, days);
    }

    @Test
    void drillRemindersReachNoFurtherAheadThanTheDrillScheduleLooks() {
        assertThat(withDrillDueDays(DrillSchedule.PLANNED_HORIZON_DAYS).drillDueDays())
                .isEqualTo(DrillSchedule.PLANNED_HORIZON_DAYS);
        assertThatThrownBy(() -> withDrillDueDays(DrillSchedule.PLANNED_HORIZON_DAYS + 1))
                .hasMessageContaining("continuity.alerts.drill-due-days must be between 0 and 14");
        assertThatThrownBy(() -> withDrillDueDays(-1)).hasMessageContaining("drill-due-days");
    }
}
