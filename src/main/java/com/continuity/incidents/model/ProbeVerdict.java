package com.continuity.incidents.model;

import java.util.List;

/**
 * Whether a synthetic probe is failing, from its most recent checks (the window): its error rate (checks that got
 * no 2xx answer in time) above the threshold, or the mean latency of the answered checks above the latency
 * threshold. Fewer checks than the window (a new probe) say nothing yet. Plain Java.
 */
public record ProbeVerdict(boolean failing, Impact impact, double errorRatePercent, long meanLatencyMillis,
                           String reason) {

    /** One check: whether it got a 2xx answer in time, and how long it took. */
    public record Check(boolean ok, long latencyMillis) {
    }

    public static ProbeVerdict of(List<Check> recent, int window, double errorRateThresholdPercent,
                                  long latencyThresholdMillis) {
        if (recent.size() < window) {
            return new ProbeVerdict(false, Impact.NONE, 0, 0, "fewer than " + window + " checks yet");
        }
        List<Check> last = recent.subList(recent.size() - window, recent.size());
        long failed = last.stream().filter(c -> !c.ok()).count();
        double errorRate = 100.0 * failed / window;
        long answered = window - failed;
        long meanLatency = answered == 0 ? 0
                : Math.round(last.stream().filter(Check::ok).mapToLong(Check::latencyMillis).average().orElse(0));
        if (errorRate > errorRateThresholdPercent) {
            return new ProbeVerdict(true, failed == window ? Impact.CRITICAL : Impact.MAJOR, errorRate, meanLatency,
                    String.format(java.util.Locale.ROOT, "%.0f%% of the last %d checks failed (threshold %s%%)",
                            errorRate, window, strip(errorRateThresholdPercent)));
        }
        if (answered > 0 && meanLatency > latencyThresholdMillis) {
            return new ProbeVerdict(true, Impact.MINOR, errorRate, meanLatency, "mean latency " + meanLatency
                    + " ms over the last " + window + " checks (threshold " + latencyThresholdMillis + " ms)");
        }
        return new ProbeVerdict(false, Impact.NONE, errorRate, meanLatency, "healthy");
    }

    private static String strip(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
