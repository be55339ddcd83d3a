package com.continuity.incidents.probes;

import com.continuity.incidents.IncidentService;
import com.continuity.incidents.model.ProbeVerdict;
import com.continuity.security.CurrentUser;
import com.continuity.security.Role;
import com.continuity.shared.BoundedHttp;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Runs the probes that are due (a db-scheduler recurring task: one instance at a time; each probe claimed by one
 * UPDATE), records each check, and applies the verdict over the probe's window to its incident.
 */
@Component
class ProbeRunner {

    private static final Logger log = LoggerFactory.getLogger(ProbeRunner.class);

    private final ProbeRepository repository;
    private final IncidentService incidents;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    ProbeRunner(ProbeRepository repository, IncidentService incidents, CurrentUser currentUser,
                TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.incidents = incidents;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    void runDue() {
        List<Probe> due = repository.claimDue(clock.instant());
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            due.forEach(p -> executor.submit(() -> run(p)));
        }
    }

    private void run(Probe p) {
        try {
            Instant at = clock.instant();
            long started = System.nanoTime();
            boolean ok;
            Integer status = null;
            String error = null;
            try {
                // the whole check, body included, within the probe's timeout: a stalled body is no answer in time
                HttpResponse<Void> response = BoundedHttp.send(http, HttpRequest.newBuilder(URI.create(p.url()))
                        .timeout(p.timeout()).header("User-Agent", "continuity-probe").GET().build(),
                        HttpResponse.BodyHandlers.discarding(), p.timeout());
                status = response.statusCode();
                ok = status / 100 == 2;
                error = ok ? null : "HTTP " + status;
            } catch (IOException e) {
                ok = false;
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
            boolean answered = ok;
            Integer code = status;
            String problem = error;
            transactions.executeWithoutResult(t -> {
                repository.record(p.key(), at, answered, code, latency, problem);
                ProbeVerdict verdict = ProbeVerdict.of(repository.recent(p.key(), p.window()), p.window(),
                        p.errorRatePercent(), p.latencyThresholdMillis());
                currentUser.runAsSystem(Role.MANAGER, () -> incidents.applyProbe(p.key(), p.name(), p.provider(),
                        p.domains(), verdict, clock.instant()));
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Probe {} could not be run: {}", p.key(), e.toString());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        @ConditionalOnProperty(name = "continuity.probes.enabled", havingValue = "true", matchIfMissing = true)
        RecurringTask<Void> probesTask(ProbeRunner runner,
                                       @Value("${continuity.probes.tick:PT5S}") Duration tick) {
            return Tasks.recurring("probes", FixedDelay.of(tick)).execute((instance, context) -> runner.runDue());
        }
    }
}
