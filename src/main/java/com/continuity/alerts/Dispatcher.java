package com.continuity.alerts;

import com.continuity.incidents.model.Backoff;
import com.continuity.shared.BoundedHttp;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends due deliveries, on every instance: each round claims a batch with {@code FOR UPDATE SKIP LOCKED} (so two
 * instances never take the same row), sends it, and records the outcome. A failed attempt is retried after an
 * exponential, fully jittered wait, up to {@code max-attempts}. A claimed delivery whose instance dies is retried
 * once its lease ends: at least once; the event id stays the same, so receivers can drop a duplicate.
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    static final String EVENT_ID_HEADER = "X-Continuity-Event-Id";

    private final AlertRepository repository;
    private final AlertsProperties properties;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mail;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final Backoff backoff;
    private ScheduledExecutorService executor;

    Dispatcher(AlertRepository repository, AlertsProperties properties, TransactionTemplate transactions,
               ObjectProvider<JavaMailSender> mail, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.transactions = transactions;
        this.mail = mail;
        this.json = json;
        this.clock = clock;
        // Each webhook send is bounded in total by the timeout (BoundedHttp), and a round waits for every send of
        // its batch: with the timeout below the lease, every outcome of a batch is recorded while its claim still
        // holds, so no other instance retries a delivery that is merely slow. (The defaults: 10 s against 1 min.)
        if (properties.timeout().compareTo(properties.lease()) >= 0) {
            throw new IllegalStateException("continuity.alerts.timeout (" + properties.timeout()
                    + ") must be shorter than continuity.alerts.lease (" + properties.lease() + ")");
        }
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.backoff = new Backoff(properties.retryBase(), properties.retryCap());
    }

    /** One round: claim what is due and send it, each on its own thread (a slow receiver holds up no other). */
    int dispatchDue() {
        Instant now = clock.instant();
        List<AlertRepository.Claimed> claimed = transactions.execute(t ->
                repository.claimDue(now, now.plus(properties.lease()), 20));
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (AlertRepository.Claimed c : claimed) {
                senders.submit(() -> {
                    try {
                        send(c);
                    } catch (RuntimeException e) {
                        log.warn("Delivery {} failed unexpectedly", c.id(), e);
                        failed(c, null, e.toString());
                    }
                });
            }
        }
        return claimed.size();
    }

    private void send(AlertRepository.Claimed c) {
        Optional<Subscription> subscription = repository.subscription(c.subscription());
        Optional<AlertRepository.Event> event = repository.event(c.event());
        if (subscription.isEmpty() || event.isEmpty()) {
            repository.gaveUp(c, null, "the subscription or the event is gone");
            return;
        }
        if (subscription.get().kind().equals("email")) {
            email(c, subscription.get(), event.get());
        } else {
            webhook(c, subscription.get(), event.get());
        }
    }

    private void webhook(AlertRepository.Claimed c, Subscription s, AlertRepository.Event e) {
        String body = s.format().equals("slack")
                ? json.writeValueAsString(Map.of("text", e.summary() + " " + link(e)))
                : e.payload();
        long t = clock.instant().getEpochSecond();
        String secret = repository.secret(s.id()).orElse("");
        HttpRequest request = HttpRequest.newBuilder(URI.create(s.target())).timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "continuity-alerts")
                .header(EVENT_ID_HEADER, e.id().toString())
                .header("X-Continuity-Event", e.type().fileName())
                .header(Signature.HEADER, Signature.header(secret, t, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<Void> response = BoundedHttp.send(http, request, HttpResponse.BodyHandlers.discarding(),
                    properties.timeout());
            if (response.statusCode() / 100 == 2) {
                repository.delivered(c, response.statusCode(), clock.instant());
            } else {
                failed(c, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (IOException ex) {
            failed(c, null, ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            failed(c, null, "interrupted");
        }
    }

    private void email(AlertRepository.Claimed c, Subscription s, AlertRepository.Event e) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            repository.gaveUp(c, null, "no mail server is configured (spring.mail.host)");
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(s.target());
            helper.setSubject("[Continuity] " + e.summary());
            helper.setText(e.summary() + "\n\n" + link(e) + "\n\nEvent " + e.id() + " (" + e.type().fileName()
                    + ")\n\n" + e.payload() + "\n");
            message.setHeader(EVENT_ID_HEADER, e.id().toString());
            sender.send(message);
            repository.delivered(c, null, clock.instant());
        } catch (Exception ex) {
            failed(c, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
    }

    private String link(AlertRepository.Event e) {
        try {
            return json.readTree(e.payload()).path("link").asString("");
        } catch (RuntimeException ex) {
            return "";
        }
    }

    private void failed(AlertRepository.Claimed c, Integer status, String error) {
        if (c.attempts() >= properties.maxAttempts()) {
            repository.gaveUp(c, status, error + " (gave up after " + c.attempts() + " attempts)");
            return;
        }
        Duration wait = backoff.delay(c.attempts(), Duration.ofSeconds(1), () -> ThreadLocalRandom.current().nextDouble());
        repository.retryLater(c, status, error, clock.instant().plus(wait));
    }

    @Override
    public void start() {
        if (!properties.dispatch()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("alert-dispatch").factory());
        long every = Math.max(10, properties.dispatchInterval().toMillis());
        executor.scheduleWithFixedDelay(() -> {
            try {
                while (dispatchDue() > 0) {
                    // a full batch: look again at once
                }
            } catch (RuntimeException e) {
                log.warn("Alert dispatch round failed: {}", e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
