package com.continuity.incidents.monitoring;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The polling task: a db-scheduler recurring task, so that of all instances on one database one runs it at a
 * time. It looks for due pages every {@link StatusMonitoringProperties#tick()}; each page is due once per
 * {@code continuity.status.poll-interval}. Off with {@code continuity.status.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatusMonitoringProperties.class)
class StatusMonitoringConfiguration {

    static final String TASK = "status-poll";

    @Bean
    @ConditionalOnProperty(name = "continuity.status.enabled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> statusPollTask(StatusPoller poller, StatusMonitoringProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.tick()))
                .execute((instance, context) -> poller.pollDue());
    }
}
