package com.continuity.alerts;

import com.continuity.inventory.DrillSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code continuity.alerts.*}.
 *
 * @param baseUrl          the app's address, for links in alerts
 * @param dispatchInterval how often each instance looks for deliveries that are due
 * @param timeout          for each webhook call
 * @param lease            how long a claimed delivery is this instance's before another may retry it
 * @param retryBase        the first retry's jitter window; it doubles with each attempt
 * @param retryCap         the widest jitter window
 * @param maxAttempts      attempts before a delivery is given up (status failed)
 * @param mailFrom         the From of alert e-mails
 * @param checks           whether this app checks error-budget burn, claim deadlines and drills due (one instance at a
 *                         time)
 * @param checkInterval    how often
 * @param claimDeadlineDays a claim still owed raises claim-deadline this many days before its deadline
 * @param drillDueDays     a planned drill raises drill-due this many days before its date
 */
@ConfigurationProperties("continuity.alerts")
public record AlertsProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("true") boolean dispatch,
        @DefaultValue("PT2S") Duration dispatchInterval,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT1M") Duration lease,
        @DefaultValue("PT10S") Duration retryBase,
        @DefaultValue("PT1H") Duration retryCap,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("continuity@localhost") String mailFrom,
        @DefaultValue("true") boolean checks,
        @DefaultValue("PT5M") java.time.Duration checkInterval,
        @DefaultValue("7") int claimDeadlineDays,
        @DefaultValue("7") int drillDueDays) {

    public AlertsProperties {
        // the drill schedule lists planned drills only so far ahead; a longer reminder would silently stop there
        if (drillDueDays < 0 || drillDueDays > DrillSchedule.PLANNED_HORIZON_DAYS) {
            throw new IllegalArgumentException("continuity.alerts.drill-due-days must be between 0 and "
                    + DrillSchedule.PLANNED_HORIZON_DAYS + " (how far ahead the drill schedule looks), not "
                    + drillDueDays);
        }
    }
}
