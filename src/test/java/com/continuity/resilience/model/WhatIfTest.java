package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static com.continuity.resilience.model.Build.TODAY;
import static com.continuity.resilience.model.Build.dependency;
import static com.continuity.resilience.model.Build.drilled;
import static com.continuity.resilience.model.Build.primary;
import static com.continuity.resilience.model.Build.service;
import static com.continuity.resilience.model.Build.undrilled;
import static com.continuity.resilience.model.WhatIf.Basis.IN_PRACTICE;
import static com.continuity.resilience.model.WhatIf.Basis.ON_PAPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Simulated outages: what stops, what runs degraded on which fallback, the breaches and the loss. */
class WhatIfTest {

    /** Tier 1, RTO 15, MTPD 60, 600 USD an hour (10 a minute); fallback b takes 10 minutes and carries 60%. */
    private static BusinessService chat() {
        return service("chat", 1, 15, 60, "600", "USD",
                dependency("replies", primary("a"), drilled("fb", 10, 60, "b")));
    }

    private static WhatIf.Result run(BusinessService service, int minutes, WhatIf.Basis basis, String... failed) {
        return WhatIf.run(List.of(service), Set.of(failed), minutes, basis, TODAY);
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }

    @Test
    void aFailureThatTouchesNoPathLeavesEveryServiceUnharmed() {
        WhatIf.Result result = run(chat(), 120, IN_PRACTICE, "elsewhere");
        assertThat(result.down()).isEmpty();
        assertThat(result.degraded()).isEmpty();
        assertThat(result.totalLoss()).isEmpty();
    }

    @Test
    void aFailedPrimaryWithAFallbackUpRunsDegradedWithItsSwitchoverAndCapacity() {
        WhatIf.Result result = run(chat(), 120, IN_PRACTICE, "a");
        assertThat(result.down()).isEmpty();
        WhatIf.Outcome o = result.degraded().getFirst();
        assertThat(o.state()).isEqualTo(WhatIf.State.DEGRADED);
        assertThat(o.takeovers()).containsExactly(new WhatIf.Takeover("replies", "fb", 10, 60));
        assertThat(o.stoppedMinutes()).isEqualTo(10);
        assertThat(o.rtoBreached()).isFalse();
        assertThat(o.mtpdBreached()).isFalse();
    }

    @Test
    void aDegradedServiceLosesItsFullCostDuringSwitchoverThenTheShareOfLoadItsFallbackCannotCarry() {
        // 10 minutes at 10 USD, then 110 minutes at 40% of 10 USD
        WhatIf.Outcome o = run(chat(), 120, IN_PRACTICE, "a").degraded().getFirst();
        assertThat(o.loss()).isEqualTo(usd("540.00"));
    }

    @Test
    void whenEveryPathIsDownTheServiceStopsForTheWholeOutageAndBreachesItsRtoAndMtpd() {
        WhatIf.Result result = run(chat(), 120, IN_PRACTICE, "a", "b");
        assertThat(result.degraded()).isEmpty();
        WhatIf.Outcome o = result.down().getFirst();
        assertThat(o.state()).isEqualTo(WhatIf.State.DOWN);
        assertThat(o.stoppedMinutes()).isEqualTo(120);
        assertThat(o.takeovers()).isEmpty();
        assertThat(o.rtoBreached()).isTrue();
        assertThat(o.mtpdBreached()).isTrue();
        assertThat(o.rtoMinutes()).isEqualTo(15);
        assertThat(o.mtpdMinutes()).isEqualTo(60);
        assertThat(o.loss()).isEqualTo(usd("1200.00"));
        assertThat(result.totalLoss()).containsExactly(usd("1200.00"));
    }

    @Test
    void anOutageShorterThanTheMtpdBreachesOnlyTheRto() {
        WhatIf.Outcome o = run(chat(), 30, IN_PRACTICE, "a", "b").down().getFirst();
        assertThat(o.rtoBreached()).isTrue();
        assertThat(o.mtpdBreached()).isFalse();
    }

    @Test
    void stoppingForExactlyTheRtoDoesNotBreachItButOneMinuteMoreDoes() {
        BusinessService atRto = service("s", 1, 15, 60, "600", "USD",
                dependency("d", primary("a"), undrilled("fb", 15, 100, "b")));
        BusinessService overRto = service("s", 1, 15, 60, "600", "USD",
                dependency("d", primary("a"), undrilled("fb", 16, 100, "b")));
        assertThat(run(atRto, 120, ON_PAPER, "a").degraded().getFirst().rtoBreached()).isFalse();
        assertThat(run(overRto, 120, ON_PAPER, "a").degraded().getFirst().rtoBreached()).isTrue();
        assertThat(run(atRto, 60, IN_PRACTICE, "a", "b").down().getFirst().mtpdBreached()).isFalse();
        assertThat(run(atRto, 61, IN_PRACTICE, "a", "b").down().getFirst().mtpdBreached()).isTrue();
    }

    @Test
    void inPracticeAFallbackThatDoesNotCountLeavesTheServiceDownWhileOnPaperItRunsDegraded() {
        BusinessService s = service("s", 1, 15, 60, "600", "USD",
                dependency("d", primary("a"), undrilled("never-drilled", 5, 100, "b")));
        assertThat(run(s, 60, IN_PRACTICE, "a").down()).extracting(o -> o.service().service()).containsExactly("s");
        WhatIf.Result onPaper = run(s, 60, ON_PAPER, "a");
        assertThat(onPaper.down()).isEmpty();
        assertThat(onPaper.degraded().getFirst().takeovers())
                .containsExactly(new WhatIf.Takeover("d", "never-drilled", 5, 100));
        assertThat(onPaper.basis()).isEqualTo(ON_PAPER);
    }

    @Test
    void aSwitchoverLongerThanTheOutageStopsTheServiceForTheWholeOutageYetItCountsAsDegraded() {
        BusinessService s = service("s", 1, 15, 240, "600", "USD",
                dependency("d", primary("a"), undrilled("slow", 45, 100, "b")));
        WhatIf.Outcome o = run(s, 30, ON_PAPER, "a").degraded().getFirst();
        assertThat(o.stoppedMinutes()).isEqualTo(30);
        assertThat(o.rtoBreached()).isTrue();
        assertThat(o.loss()).isEqualTo(usd("300.00"));
    }

    @Test
    void theFastestFallbackTakesOverAndOnATieTheOneWithMoreCapacity() {
        BusinessService s = service("s", 1, 60, 240, "600", "USD",
                dependency("d", primary("a"), drilled("slow", 30, 100, "b"), drilled("fast-small", 5, 50, "c"),
                        drilled("fast-big", 5, 80, "e")));
        assertThat(run(s, 60, IN_PRACTICE, "a").degraded().getFirst().takeovers())
                .containsExactly(new WhatIf.Takeover("d", "fast-big", 5, 80));
    }

    @Test
    void withSeveralTakeoversTheServiceWaitsForTheSlowestAndCarriesTheSmallestCapacity() {
        BusinessService s = service("s", 1, 60, 240, "600", "USD",
                dependency("d1", primary("a"), drilled("f1", 5, 50, "b")),
                dependency("d2", primary("a"), drilled("f2", 20, 90, "c")));
        WhatIf.Outcome o = run(s, 120, IN_PRACTICE, "a").degraded().getFirst();
        assertThat(o.takeovers()).hasSize(2);
        assertThat(o.stoppedMinutes()).isEqualTo(20);
        // 20 minutes at 10, then 100 minutes at 50% of 10
        assertThat(o.loss()).isEqualTo(usd("700.00"));
    }

    @Test
    void aFallbackAtFullCapacityWithInstantSwitchoverLosesNothing() {
        BusinessService s = service("s", 1, 60, 240, "600", "USD",
                dependency("d", primary("a"), drilled("twin", 0, 100, "b")));
        WhatIf.Outcome o = run(s, 120, IN_PRACTICE, "a").degraded().getFirst();
        assertThat(o.stoppedMinutes()).isZero();
        assertThat(o.loss()).isEqualTo(usd("0.00"));
    }

    @Test
    void lossesAreSummedPerCurrencyAndRoundedToEachCurrencysMinorUnit() {
        List<BusinessService> services = List.of(
                service("usd-1", 1, 15, 60, "600", "USD", dependency("d", primary("a"))),
                service("usd-2", 2, 15, 60, "100.50", "USD", dependency("d", primary("a"))),
                service("eur", 3, 15, 60, "1000", "EUR", dependency("d", primary("a"))),
                service("jpy", 3, 15, 60, "1000", "JPY", dependency("d", primary("a"))),
                service("free", 4, 15, 60, null, "USD", dependency("d", primary("a"))));
        WhatIf.Result result = WhatIf.run(services, Set.of("a"), 7, IN_PRACTICE, TODAY);
        assertThat(result.down()).hasSize(5);
        // 7 minutes: 600 -> 70.00; 100.50 -> 11.725 -> 11.73; 1000 EUR -> 116.666.. -> 116.67; 1000 JPY -> 117
        assertThat(result.down()).extracting(o -> o.service().service(), WhatIf.Outcome::loss).contains(
                tuple("usd-1", usd("70.00")),
                tuple("usd-2", usd("11.73")),
                tuple("eur", new Money(new BigDecimal("116.67"), "EUR")),
                tuple("jpy", new Money(new BigDecimal("117"), "JPY")),
                tuple("free", null));
        assertThat(result.totalLoss()).containsExactly(new Money(new BigDecimal("116.67"), "EUR"),
                new Money(new BigDecimal("117"), "JPY"), usd("81.73"));
    }

    @Test
    void aLossOfExactlyHalfACentRoundsUpOnceAtTheEnd() {
        // 30.05 USD an hour for 6 minutes is exactly 3.005 USD, which rounds half-up to 3.01
        BusinessService s = service("s", 1, 15, 60, "30.05", "USD", dependency("d", primary("a")));
        assertThat(run(s, 6, IN_PRACTICE, "a").down().getFirst().loss()).isEqualTo(usd("3.01"));
    }

    @Test
    void servicesAreListedByTierThenKeyAndTheFailedDomainsSorted() {
        List<BusinessService> services = List.of(
                service("b-tier2", 2, 15, 60, null, "USD", dependency("d", primary("a"))),
                service("z-tier1", 1, 15, 60, null, "USD", dependency("d", primary("a"))),
                service("a-tier2", 2, 15, 60, null, "USD", dependency("d", primary("a"))));
        WhatIf.Result result = WhatIf.run(services, Set.of("z", "a"), 10, IN_PRACTICE, TODAY);
        assertThat(result.down()).extracting(o -> o.service().service())
                .containsExactly("z-tier1", "a-tier2", "b-tier2");
        assertThat(result.failedDomains()).containsExactly("a", "z");
        assertThat(result.durationMinutes()).isEqualTo(10);
    }
}
