package com.continuity.resilience;

import com.continuity.inventory.DomainKind;
import com.continuity.inventory.FailureDomain;
import com.continuity.resilience.model.RiskModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class DomainAvailabilityTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final AvailabilitySource history = (domain, now) ->
            domain.key().equals("known") && now.equals(NOW) ? OptionalDouble.of(0.98) : OptionalDouble.empty();

    private static FailureDomain domain(String key, Double availability) {
        return new FailureDomain(key, key, DomainKind.OTHER, null, availability, List.of());
    }

    @Test
    void thePortfolioValueWinsOverHistory() {
        DomainAvailability a = DomainAvailability.of(domain("known", 0.9999), List.of(history), NOW);
        assertThat(a.availability()).isEqualTo(0.9999);
        assertThat(a.source()).isEqualTo(DomainAvailability.Source.PORTFOLIO);
    }

    @Test
    void historyAnswersForADomainWithoutAPortfolioValue() {
        DomainAvailability a = DomainAvailability.of(domain("known", null), List.of(history), NOW);
        assertThat(a.availability()).isEqualTo(0.98);
        assertThat(a.source()).isEqualTo(DomainAvailability.Source.HISTORY);
    }

    @Test
    void aDomainNobodyKnowsTakesTheDocumentedDefault() {
        DomainAvailability a = DomainAvailability.of(domain("unknown", null), List.of(history), NOW);
        assertThat(a.availability()).isEqualTo(RiskModel.DEFAULT_AVAILABILITY).isEqualTo(0.999);
        assertThat(a.source()).isEqualTo(DomainAvailability.Source.DEFAULT);
        assertThat(a.unavailability()).isCloseTo(0.001, org.assertj.core.data.Offset.offset(1e-15));
    }
}
