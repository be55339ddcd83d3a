package com.continuity.resilience.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Minimal cut sets of an OR of dependencies, each an AND of paths, each an OR of domains. A cut set of one
 * dependency is a set of domains that hits every one of its paths (a transversal); its minimal ones come from
 * Berge's algorithm, one path at a time. The service's minimal cut sets are the minimal ones among all
 * dependencies' minimal cut sets.
 */
final class CutSets {

    private CutSets() {
    }

    /** Whether the domains in {@code down} fail at least one dependency, i.e. hit all its paths. */
    static boolean isCut(long[][][] gates, long[] down) {
        for (long[][] paths : gates) {
            if (failsDependency(paths, down)) {
                return true;
            }
        }
        return false;
    }

    private static boolean failsDependency(long[][] paths, long[] down) {
        for (long[] path : paths) {
            if (!Bits.intersects(path, down)) {
                return false;
            }
        }
        return true;
    }

    static List<long[]> minimal(long[][][] gates, int words, int limitOrder) {
        Set<Bits.Key> seen = new HashSet<>();
        List<long[]> out = new ArrayList<>();
        for (long[][] paths : gates) {
            for (long[] candidate : transversals(paths, words, limitOrder)) {
                if (seen.add(new Bits.Key(candidate)) && noProperSubsetIsCut(gates, candidate)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    /** A set minimal for its own dependency is minimal for the service unless dropping one member leaves a cut. */
    private static boolean noProperSubsetIsCut(long[][][] gates, long[] candidate) {
        for (int m : Bits.members(candidate)) {
            if (isCut(gates, Bits.without(candidate, m))) {
                return false;
            }
        }
        return true;
    }

    /** The minimal transversals of one dependency's paths, of at most {@code limitOrder} domains. */
    static List<long[]> transversals(long[][] paths, int words, int limitOrder) {
        long[][] edges = paths.clone();
        // Small paths first keeps the intermediate families small.
        Arrays.sort(edges, Comparator.comparingInt(Bits::size));
        List<long[]> current = List.of(new long[words]);
        for (int k = 0; k < edges.length; k++) {
            long[] edge = edges[k];
            if (Bits.isEmpty(edge)) {
                return List.of(); // a path that needs nothing never fails: the dependency cannot fail
            }
            Set<Bits.Key> next = new LinkedHashSet<>();
            for (long[] t : current) {
                if (Bits.intersects(t, edge)) {
                    next.add(new Bits.Key(t));
                } else if (Bits.size(t) < limitOrder) {
                    for (int e : Bits.members(edge)) {
                        long[] grown = Bits.with(t, e);
                        if (isMinimalTransversal(grown, edges, k)) {
                            next.add(new Bits.Key(grown));
                        }
                    }
                }
            }
            List<long[]> sets = new ArrayList<>(next.size());
            for (Bits.Key key : next) {
                sets.add(key.bits());
            }
            current = sets;
        }
        return current;
    }

    /** Minimal when every member has a private edge: one among the first {@code last + 1} that it alone hits. */
    private static boolean isMinimalTransversal(long[] t, long[][] edges, int last) {
        for (int m : Bits.members(t)) {
            boolean privateEdge = false;
            for (int k = 0; k <= last && !privateEdge; k++) {
                if (Bits.has(edges[k], m) && hitsOnlyOne(t, edges[k])) {
                    privateEdge = true;
                }
            }
            if (!privateEdge) {
                return false;
            }
        }
        return true;
    }

    private static boolean hitsOnlyOne(long[] t, long[] edge) {
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            n += Long.bitCount(t[i] & edge[i]);
            if (n > 1) {
                return false;
            }
        }
        return n == 1;
    }
}
