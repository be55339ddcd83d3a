package com.continuity.sla.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the outages of covered domains that touch a period fast (for 10,000 incidents x 1,000 contracts). Per domain,
 * outages sorted by start with the running maximum of their ends: a binary search finds the first that can reach
 * the period, however long the windows before it. Immutable once built, so thread-safe.
 */
public final class OutageIndex {

    private record Domain(Outage[] byStart, long[] maxEnds) {
    }

    private final Map<String, Domain> domains = new HashMap<>();

    public OutageIndex(Map<String, List<Outage>> outagesByDomain) {
        outagesByDomain.forEach((key, outages) -> {
            Outage[] sorted = outages.toArray(Outage[]::new);
            Arrays.sort(sorted, Comparator.comparing(Outage::start));
                        long[] maxEnds = new long[sorted.length];
            long max = Long.MIN_VALUE;
            for (int i = 0; i < sorted.length; i++) {
                max = Math.max(max, ceilSeconds(sorted[i].end()));
                maxEnds[i] = max;
            }
            domains.put(key, new Domain(sorted, maxEnds));
        });
    }

    /**
     * The outages of any of {@code domains} that overlap [from, to), each once even when it affects several domains,
     * in order of start.
     */
    public List<Outage> find(Collection<String> domains, Instant from, Instant to) {
        Set<Outage> found = new LinkedHashSet<>();
        for (String key : domains) {
            Domain d = this.domains.get(key);
            if (d == null) {
                continue;
            }
            for (int i = firstEndingAfter(d.maxEnds, from.getEpochSecond());
                 i < d.byStart.length && d.byStart[i].start().isBefore(to); i++) {
                if (d.byStart[i].end().isAfter(from)) {
                    found.add(d.byStart[i]);
                }
            }
        }
        List<Outage> list = new ArrayList<>(found);
        if (domains.size() > 1) {
            list.sort(Comparator.comparing(Outage::start));
        }
        return list;
    }

    /** The first index whose running maximum end is after {@code t}: none before it can overlap. */
    private static int firstEndingAfter(long[] maxEnds, long t) {
        int lo = 0;
        int hi = maxEnds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnds[mid] > t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Rounded up, so that the search never skips an outage ending within the second of {@code from}. */
    private static long ceilSeconds(Instant t) {
        return t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
    }
}
