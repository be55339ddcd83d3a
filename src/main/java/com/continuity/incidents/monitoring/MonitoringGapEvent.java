package com.continuity.incidents.monitoring;

import java.time.Instant;

/**
 * A status page could not be read (unreachable, an error status, a timeout or a payload that is not Statuspage v2):
 * we are blind to that provider until it can. Published once per gap, in the transaction that records it.
 */
public record MonitoringGapEvent(long gapId, String provider, String url, String reason, Instant since) {
}
