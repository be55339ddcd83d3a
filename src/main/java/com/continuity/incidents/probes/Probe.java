package com.continuity.incidents.probes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A synthetic probe: an HTTP GET a team registers (its gateway's health URL, a provider's health URL), checked
 * every {@code interval}. Over its last {@code window} checks, an error rate above {@code errorRatePercent} (no
 * 2xx answer within {@code timeout}) or a mean latency above {@code latencyThresholdMillis} opens an incident with
 * source probe on its {@code domains}.
 */
public record Probe(String key, String name, String team, String url, String provider, List<String> domains,
                    Duration interval, Duration timeout, long latencyThresholdMillis, double errorRatePercent,
                    int window, String createdBy, Instant createdAt) {

    public Probe {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
