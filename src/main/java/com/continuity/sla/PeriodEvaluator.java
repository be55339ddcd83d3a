package com.continuity.sla;

import com.continuity.incidents.DomainWindow;
import com.continuity.incidents.IncidentService;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.ErrorSample;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.model.MeasurementMethod;
import com.continuity.sla.model.Outage;
import com.continuity.sla.model.PeriodInputs;
import com.continuity.sla.model.SlaEngine;
import com.continuity.sla.model.Transactions;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what the engine needs for contracts' SLA periods (the incident windows of the covered failure domains,
 * the imported error-rate samples) and evaluates them. Incidents still open count up to now. One read of the
 * incidents and one of the samples for the whole range and every contract.
 */
@Component
class PeriodEvaluator {

    /** Wider than any time-zone offset, so that every month of every zone is inside the range read. */
    private static final Duration MARGIN = Duration.ofDays(2);

    private final IncidentService incidents;
    private final ContractRepository contracts;
    private final Clock clock;

    PeriodEvaluator(IncidentService incidents, ContractRepository contracts, Clock clock) {
        this.incidents = incidents;
        this.contracts = contracts;
        this.clock = clock;
    }

    Evaluation evaluate(ContractTerms contract, YearMonth month) {
        return evaluate(List.of(contract), month, month).get(contract.key()).getFirst();
    }

    /** Each contract's evaluations for the months from {@code from} to {@code to}, in month order. */
    Map<String, List<Evaluation>> evaluate(List<ContractTerms> list, YearMonth from, YearMonth to) {
        Instant now = clock.instant();
        Instant rangeStart = from.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(MARGIN);
        Instant rangeEnd = to.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(MARGIN);
        Map<String, List<DomainWindow>> windows = incidents.windowsByDomain(rangeStart, rangeEnd);
        Map<String, List<ErrorSample>> samplesByContract = contracts.findSamples(
                list.stream().map(ContractTerms::key).toList(), rangeStart, rangeEnd);
        Map<String, List<Evaluation>> out = new LinkedHashMap<>();
        for (ContractTerms c : list) {
            List<Outage> outages = outages(c, windows, now);
            List<ErrorSample> samples = samplesByContract.getOrDefault(c.key(), List.of());
            List<Evaluation> evaluations = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                Instant start = m.atDay(1).atStartOfDay(c.timeZone()).toInstant();
                Instant end = m.plusMonths(1).atDay(1).atStartOfDay(c.timeZone()).toInstant();
                List<Outage> inMonth = outages.stream()
                        .filter(o -> o.start().isBefore(end) && o.end().isAfter(start)).toList();
                List<ErrorSample> samplesInMonth = samples.stream()
                        .filter(s -> s.start().isBefore(end) && s.end().isAfter(start)).toList();
                List<ErrorSample> startingInMonth = samplesInMonth.stream().filter(s -> !s.start().isBefore(start))
                        .toList();
                evaluations.add(SlaEngine.evaluate(c, m,
                        new PeriodInputs(inMonth, samplesInMonth, transactions(c, startingInMonth))));
            }
            out.put(c.key(), evaluations);
        }
        return out;
    }

    /** The windows in which the contract's covered domains were impaired, open ones ending now. */
    static List<Outage> outages(ContractTerms c, Map<String, List<DomainWindow>> windows, Instant now) {
        List<Outage> out = new ArrayList<>();
        for (String domain : c.covers()) {
            for (DomainWindow w : windows.getOrDefault(domain, List.of())) {
                Instant end = w.endOr(now);
                if (end.isAfter(w.start())) {
                    out.add(new Outage(w.start(), end, w.impact(), w.incident()));
                }
            }
        }
        return out;
    }

    /**
     * For a transactions-based contract, the month's requests are the sums of the imported samples that start in
     * it, so a sample across midnight on the 1st is counted once.
     */
    private static Transactions transactions(ContractTerms c, List<ErrorSample> samples) {
        if (c.measurement().method() != MeasurementMethod.TRANSACTIONS || samples.isEmpty()) {
            return null;
        }
        return new Transactions(samples.stream().mapToLong(ErrorSample::total).sum(),
                samples.stream().mapToLong(ErrorSample::failed).sum());
    }
}
