package com.continuity.sla.model;

import java.util.List;

/** What was observed around one period: outages of the covered domains, error samples, and transactions if known. */
public record PeriodInputs(List<Outage> outages, List<ErrorSample> samples, Transactions transactions) {

    public PeriodInputs {
        outages = outages == null ? List.of() : List.copyOf(outages);
        samples = samples == null ? List.of() : List.copyOf(samples);
    }
}
