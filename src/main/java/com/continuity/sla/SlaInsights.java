package com.continuity.sla;

import com.continuity.incidents.model.Impact;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import com.continuity.resilience.ResilienceService;
import com.continuity.resilience.model.WhatIf;
import com.continuity.security.Permissions;
import com.continuity.shared.Money;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.model.Outage;
import com.continuity.sla.model.PeriodInputs;
import com.continuity.sla.model.SlaEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Answers that combine contracts with the resilience model: the what-if with credits, and spend per provider. */
@Service
public class SlaInsights {

    private final ResilienceService resilience;
    private final SlaService sla;
    private final InventoryService inventory;
    private final Clock clock;

    SlaInsights(ResilienceService resilience, SlaService sla, InventoryService inventory, Clock clock) {
        this.resilience = resilience;
        this.sla = sla;
        this.inventory = inventory;
        this.clock = clock;
    }

    /**
     * The what-if, plus for each contract covering a failed domain the credit it would owe for that outage alone
     * (a full outage, impact critical), starting at {@code start}, by default at the start of the current month in
     * the contract's own time zone (so the outage falls in one of its billing months), and evaluated in every
     * billing month it falls in. History is left out so the figure is the outage's own.
     */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public WhatIfWithCredits whatIf(Set<String> failedDomains, int durationMinutes, WhatIf.Basis basis, Instant start) {
        WhatIf.Result result = resilience.whatIf(failedDomains, durationMinutes, basis);
        List<ContractCredit> credits = new ArrayList<>();
        for (Contract contract : sla.contracts()) {
            ContractTerms terms = contract.terms();
            List<String> hit = terms.covers().stream().filter(failedDomains::contains).sorted().toList();
            if (hit.isEmpty()) {
                continue;
            }
            Instant from = start != null ? start : YearMonth.now(clock.withZone(terms.timeZone())).atDay(1)
                    .atStartOfDay(terms.timeZone()).toInstant();
            Instant to = from.plus(Duration.ofMinutes(durationMinutes));
            Outage outage = new Outage(from, to, Impact.CRITICAL, "simulated outage of " + String.join(", ", hit));
            List<Evaluation> months = new ArrayList<>();
            YearMonth last = YearMonth.from(to.minusNanos(1).atZone(terms.timeZone()));
            for (YearMonth m = YearMonth.from(from.atZone(terms.timeZone())); !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(SlaEngine.evaluate(terms, m, new PeriodInputs(List.of(outage), List.of(), null)));
            }
            BigDecimal total = months.stream().map(Evaluation::creditAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            credits.add(new ContractCredit(terms.key(), terms.name(), terms.provider(), hit, from, months,
                    new Money(total, terms.currency())));
        }
        return new WhatIfWithCredits(result, start, credits,
                Money.sumByCurrency(credits.stream().map(ContractCredit::credit).toList()));
    }

    /** Monthly contract fees per provider, largest first, with each provider's share within its currency. */
    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<ProviderSpend> spend() {
        Map<String, String> names = inventory.providers().stream()
                .collect(Collectors.toMap(Provider::key, Provider::name));
        Map<String, BigDecimal> totalByCurrency = new TreeMap<>();
        Map<List<String>, List<ContractTerms>> byProviderAndCurrency = new LinkedHashMap<>();
        for (Contract c : sla.contracts()) {
            totalByCurrency.merge(c.terms().currency(), c.terms().monthlyFee(), BigDecimal::add);
            byProviderAndCurrency.computeIfAbsent(List.of(c.terms().provider(), c.terms().currency()),
                    k -> new ArrayList<>()).add(c.terms());
        }
        List<ProviderSpend> out = new ArrayList<>();
        byProviderAndCurrency.forEach((key, contracts) -> {
            BigDecimal fees = contracts.stream().map(ContractTerms::monthlyFee).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal share = fees.multiply(BigDecimal.valueOf(100))
                    .divide(totalByCurrency.get(key.get(1)), 1, RoundingMode.HALF_UP);
            out.add(new ProviderSpend(key.get(0), names.getOrDefault(key.get(0), key.get(0)),
                    new Money(fees, key.get(1)), share, contracts.stream().map(ContractTerms::key).toList()));
        });
        out.sort(Comparator.comparing(ProviderSpend::sharePercent, Comparator.reverseOrder())
                .thenComparing(ProviderSpend::provider));
        return out;
    }
}
