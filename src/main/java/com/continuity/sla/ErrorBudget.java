package com.continuity.sla;

import com.continuity.sla.model.ErrorSample;

import java.util.List;

/**
 * A contract's error budget and its imported samples over a span: what error-budget burn alerts read.
 *
 * @param budget 1 − SLO as a fraction: the error-rate SLO's objective (0.1 % → 0.001), else 1 − the monthly
 *               uptime objective
 */
public record ErrorBudget(String contract, String name, String provider, List<String> covers, double budget,
                          List<ErrorSample> samples) {

    public ErrorBudget {
        covers = List.copyOf(covers);
        samples = List.copyOf(samples);
    }
}
