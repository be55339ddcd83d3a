package com.continuity.alerts;

import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attempt's outcome counts only for the claim that made it. The test runs in one transaction it rolls back, far
 * in the future, so the app's own dispatcher never sees its rows and other tests never see its claims.
 */
@AppTest
class DeliveryClaimsIT {

    static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired
    AlertRepository repository;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLateOutcomeOfAClaimWhoseLeaseEndedNeitherOverwritesNorFinishesTheNewerClaim() {
        transactions.executeWithoutResult(t -> {
            t.setRollbackOnly();
            long subscription = repository.insert(new Subscription(0, "webhook", "https://hooks.example.com/claims",
                    "json", null, List.of(AlertType.INCIDENT_OPENED), List.of(), List.of(), "test", FAR), "secret-1234567890");
            UUID event = UUID.randomUUID();
            repository.insertEvent(event, AlertType.INCIDENT_OPENED, "claims", FAR, "claims", "{}", FAR);
            repository.insertDelivery(event, subscription, FAR);
            long id = jdbc.sql("select id from alert_delivery where event_id = ?").param(event).query(Long.class).single();

            AlertRepository.Claimed first = claim(id, FAR);
            // the first claim's lease ends unanswered; another instance claims the delivery again
            AlertRepository.Claimed second = claim(id, FAR.plusSeconds(120));
            assertThat(second.attempts()).isEqualTo(first.attempts() + 1);

            assertThat(repository.gaveUp(first, 500, "late")).isFalse();
            assertThat(repository.retryLater(first, 500, "late", FAR)).isFalse();
            assertThat(repository.delivered(first, 200, FAR)).isFalse();
            assertThat(status(id)).isEqualTo("pending");

            assertThat(repository.delivered(second, 200, FAR.plusSeconds(121))).isTrue();
            assertThat(repository.gaveUp(second, 500, "after delivery")).as("a finished delivery stays finished")
                    .isFalse();
            assertThat(status(id)).isEqualTo("delivered");
        });
    }

    AlertRepository.Claimed claim(long id, Instant now) {
        return repository.claimDue(now, now.plusSeconds(60), 10_000).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow();
    }

    String status(long id) {
        return jdbc.sql("select status from alert_delivery where id = ?").param(id).query(String.class).single();
    }
}
