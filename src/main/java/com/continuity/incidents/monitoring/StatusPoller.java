package com.continuity.incidents.monitoring;

import com.continuity.incidents.IncidentService;
import com.continuity.incidents.PollResult;
import com.continuity.incidents.model.Backoff;
import com.continuity.incidents.model.RetryBudget;
import com.continuity.incidents.statuspage.StatuspageFormatException;
import com.continuity.incidents.statuspage.StatuspageParser;
import com.continuity.incidents.statuspage.StatuspagePayload;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import com.continuity.security.CurrentUser;
import com.continuity.security.Role;
import com.continuity.shared.Documents;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Polls the providers' status pages that are due (decision 0010). The database says when each page is due, for
 * every instance: a poll claims its page by moving the due time in one UPDATE, so two instances never poll it
 * twice. A page that fails is asked again after an exponential, fully jittered backoff (never sooner than the
 * interval); after {@code breaker-failure-threshold} failures in a row its circuit breaker opens and it is asked
 * once per {@code backoff-cap} until it answers. Each failing call may be retried once, out of a retry budget.
 * A page that cannot be read opens a monitoring gap, never an incident.
 */
@Component
public class StatusPoller {

    private static final Logger log = LoggerFactory.getLogger(StatusPoller.class);

    private final MonitoringRepository repository;
    private final InventoryService inventory;
    private final IncidentService incidents;
    private final CurrentUser currentUser;
    private final StatusMonitoringProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final CircuitBreakerRegistry breakers;
    private final CircuitBreakerConfig breakerConfig;
    private final StatusPageClient client;
    private final Backoff backoff;
    private final Map<String, RetryBudget> budgets = new ConcurrentHashMap<>();

    StatusPoller(MonitoringRepository repository, InventoryService inventory, IncidentService incidents,
                 CurrentUser currentUser, StatusMonitoringProperties properties, Clock clock,
                 TransactionTemplate transactions, ApplicationEventPublisher events,
                 ObjectProvider<CircuitBreakerRegistry> breakers,
                 @Value(Documents.MAX_BYTES_PROPERTY) long maxDocumentBytes) {
        this.repository = repository;
        this.inventory = inventory;
        this.incidents = incidents;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
        this.breakers = breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults);
        this.breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.breakerFailureThreshold())
                .minimumNumberOfCalls(properties.breakerFailureThreshold())
                .failureRateThreshold(100)
                .waitDurationInOpenState(properties.backoffCap())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .writableStackTraceEnabled(false)
                .build();
        this.client = new StatusPageClient(properties.timeout(), maxDocumentBytes);
        this.backoff = new Backoff(properties.pollInterval(), properties.backoffCap());
    }

    /** One round: track the providers' pages, then poll each page that is due (in parallel, one thread each). */
    public void pollDue() {
        Instant now = clock.instant();
        List<Provider> pages = currentUser.runAsSystem(Role.MANAGER, inventory::providers).stream()
                .filter(p -> p.statusPage() != null && !p.statusPage().isBlank()).toList();
        pages.forEach(p -> repository.track(p.key(), p.statusPage().strip(), now));
        repository.untrackAllBut(pages.stream().map(Provider::key).toList(), now);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String provider : repository.due(now)) {
                Optional<PageState> claimed = repository.claimIfDue(provider, now, now.plus(properties.pollInterval()));
                claimed.ifPresent(page -> executor.submit(() -> poll(page)));
            }
        }
    }

    /** The breaker guarding a provider's page (also for the UI and tests). */
    public CircuitBreaker breaker(String provider) {
        return breakers.circuitBreaker("status-page-" + provider, breakerConfig);
    }

    private void poll(PageState page) {
        try {
            CircuitBreaker breaker = breaker(page.provider());
            follow(breaker, page.consecutiveFailures());
            if (!breaker.tryAcquirePermission()) {
                Instant now = clock.instant();
                repository.failed(page.provider(), page.consecutiveFailures(), page.lastError(), now,
                        now.plus(properties.pollInterval()));
                return;
            }
            long started = System.nanoTime();
            Fetched fetched;
            try {
                fetched = fetch(page);
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            } catch (PageFailure e) {
                breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
                failed(page, breaker, e.getMessage());
                return;
            }
            Instant now = clock.instant();
            try {
                PollResult result = transactions.execute(t -> currentUser.runAsSystem(Role.MANAGER, () -> {
                    PollResult r = incidents.applyPoll(page.provider(), fetched.incidents(), fetched.summary(),
                            page.lastSuccessAt());
                    repository.succeeded(page.provider(), now, now.plus(properties.pollInterval()));
                    repository.closeGap(page.provider(), now);
                    return r;
                }));
                if (result != null && !(result.opened().isEmpty() && result.updated().isEmpty()
                        && result.resolved().isEmpty())) {
                    log.info("Status page of {}: opened {}, updated {}, resolved {}", page.provider(), result.opened(),
                            result.updated(), result.resolved());
                }
            } catch (RuntimeException e) {
                // the page answered, we could not apply it: not a gap; try again next interval
                log.warn("Could not apply the status page of {}: {}", page.provider(), e.toString());
                repository.failed(page.provider(), 0, "could not apply the page: " + e.getMessage(), now,
                        now.plus(properties.pollInterval()));
            }
        } catch (RuntimeException e) {
            log.error("Polling the status page of {} failed", page.provider(), e);
        }
    }

    /** The database (every instance's view) decides the breaker's state; the in-memory breaker follows it. */
    private void follow(CircuitBreaker breaker, int failures) {
        if (failures < properties.breakerFailureThreshold()) {
            if (breaker.getState() != CircuitBreaker.State.CLOSED) {
                breaker.reset(); // another instance polled it with success since this one's breaker opened
            }
        } else if (failures >= properties.breakerFailureThreshold()) {
            if (breaker.getState() == CircuitBreaker.State.CLOSED) {
                breaker.transitionToOpenState();
            }
            if (breaker.getState() == CircuitBreaker.State.OPEN) {
                breaker.transitionToHalfOpenState(); // it is due: the open wait has passed, by the database's clock
            }
        }
    }

    private void failed(PageState page, CircuitBreaker breaker, String reason) {
        int failures = page.consecutiveFailures() + 1;
        Instant now = clock.instant();
        Duration wait = breaker.getState() == CircuitBreaker.State.OPEN ? properties.backoffCap()
                : backoff.delay(failures, properties.pollInterval(), () -> ThreadLocalRandom.current().nextDouble());
        log.warn("Status page of {} failed ({} in a row, breaker {}), next try in {}: {}", page.provider(), failures,
                breaker.getState(), wait, reason);
        transactions.executeWithoutResult(t -> {
            repository.failed(page.provider(), failures, reason, now, now.plus(wait));
            repository.openGap(page.provider(), page.url(), reason, now).ifPresent(id ->
                    currentUser.runAsSystem(Role.MANAGER, () -> {
                        events.publishEvent(new MonitoringGapEvent(id, page.provider(), page.url(), reason, now));
                        return null;
                    }));
        });
    }

    private record Fetched(StatuspagePayload summary, StatuspagePayload incidents) {
    }

    private Fetched fetch(PageState page) throws PageFailure {
        RetryBudget budget = budgets.computeIfAbsent(page.provider(),
                k -> new RetryBudget(properties.retryBudgetRatio(), properties.retryBudgetMax()));
        StatuspagePayload summary = parse(get(budget, StatusPageClient.endpoint(page.url(), "summary.json")),
                "summary.json");
        StatuspagePayload incidents = parse(get(budget, StatusPageClient.endpoint(page.url(), "incidents.json")),
                "incidents.json");
        return new Fetched(summary, incidents);
    }

    private byte[] get(RetryBudget budget, URI uri) throws PageFailure {
        synchronized (budget) {
            budget.attempted();
        }
        try {
            return client.get(uri);
        } catch (PageFailure first) {
            boolean retry;
            synchronized (budget) {
                retry = budget.tryRetry();
            }
            if (!retry) {
                throw first;
            }
            long pause = (long) (ThreadLocalRandom.current().nextDouble()
                    * Math.min(1000, properties.pollInterval().toMillis() / 2));
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw first;
            }
            return client.get(uri);
        }
    }

    private static StatuspagePayload parse(byte[] body, String file) throws PageFailure {
        try {
            return new StatuspageParser().parse(body);
        } catch (StatuspageFormatException e) {
            throw new PageFailure(file + " is not a Statuspage v2 payload: " + e.getMessage(), e);
        }
    }
}
