package com.continuity.resilience.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact probability that an OR of dependencies (each an AND of paths, each an OR of independent domains)
 * fails. Shannon decomposition on one domain at a time, with the reductions that keep it small on real trees:
 * absorbed paths are dropped, a dependency with a single path is conditioned on that path being up, parts that
 * share no domain are computed apart, and sub-problems already solved are looked up. Every step adds or
 * multiplies probabilities of failure, never subtracts near-equal numbers, so tiny results keep their digits.
 */
final class ExactProbability {

    private final double[] q;
    private final int words;
    private final Map<Bits.Key, Double> solved = new HashMap<>();

    ExactProbability(double[] unavailability, int words) {
        this.q = unavailability;
        this.words = words;
    }

    double down(long[][][] dependencies) {
        List<long[][]> deps = new ArrayList<>(dependencies.length);
        for (long[][] d : dependencies) {
            long[][] reduced = reduce(d);
            if (reduced == null) {
                continue; // a path that needs nothing: this dependency never fails
            }
            if (reduced.length == 0) {
                return 1.0; // no path at all: this dependency always fails
            }
            deps.add(reduced);
        }
        if (deps.isEmpty()) {
            return 0.0;
        }
        for (int i = 0; i < deps.size(); i++) {
            if (deps.get(i).length == 1) {
                return throughSinglePath(deps, i);
            }
        }
        List<List<long[][]>> parts = components(deps);
        if (parts.size() > 1) {
            double failed = 0.0;
            for (List<long[][]> part : parts) {
                failed = or(failed, down(part.toArray(long[][][]::new)));
            }
            return failed;
        }
        if (deps.size() == 1 && pairwiseDisjoint(deps.getFirst())) {
            double all = 1.0;
            for (long[] path : deps.getFirst()) {
                all *= pathDown(path);
            }
            return all;
        }
        Bits.Key key = canonical(deps);
        Double known = solved.get(key);
        if (known != null) {
            return known;
        }
        int x = mostFrequentDomain(deps);
        double result = q[x] * down(givenDown(deps, x)) + (1 - q[x]) * down(givenUp(deps, x));
        solved.put(key, result);
        return result;
    }

    /** The service fails when this lone path fails, or else (with all its domains up) when the rest fails. */
    private double throughSinglePath(List<long[][]> deps, int single) {
        long[] path = deps.get(single)[0];
        double pathDown = pathDown(path);
        long[][][] rest = new long[deps.size() - 1][][];
        int r = 0;
        for (int i = 0; i < deps.size(); i++) {
            if (i != single) {
                long[][] paths = deps.get(i);
                long[][] up = new long[paths.length][];
                for (int p = 0; p < paths.length; p++) {
                    up[p] = minus(paths[p], path);
                }
                rest[r++] = up;
            }
        }
        return or(pathDown, down(rest));
    }

    private double pathDown(long[] path) {
        double failed = 0.0;
        for (int m : Bits.members(path)) {
            failed = or(failed, q[m]);
        }
        return failed;
    }

    /** P(A or B) for independent A and B, without cancellation. */
    private static double or(double a, double b) {
        return a + (1 - a) * b;
    }

    /** Drops paths that contain another path; null when a path needs nothing (it cannot fail). */
    private static long[][] reduce(long[][] paths) {
        for (long[] p : paths) {
            if (Bits.isEmpty(p)) {
                return null;
            }
        }
        List<long[]> kept = new ArrayList<>(paths.length);
        for (int i = 0; i < paths.length; i++) {
            boolean absorbed = false;
            for (int j = 0; j < paths.length && !absorbed; j++) {
                if (i != j && Bits.containsAll(paths[i], paths[j])
                        && (!Arrays.equals(paths[i], paths[j]) || j < i)) {
                    absorbed = true;
                }
            }
            if (!absorbed) {
                kept.add(paths[i]);
            }
        }
        return kept.toArray(long[][]::new);
    }

    private long[][][] givenDown(List<long[][]> deps, int x) {
        long[][][] out = new long[deps.size()][][];
        for (int d = 0; d < out.length; d++) {
            out[d] = Arrays.stream(deps.get(d)).filter(p -> !Bits.has(p, x)).toArray(long[][]::new);
        }
        return out;
    }

    private long[][][] givenUp(List<long[][]> deps, int x) {
        long[][][] out = new long[deps.size()][][];
        for (int d = 0; d < out.length; d++) {
            long[][] paths = deps.get(d);
            out[d] = new long[paths.length][];
            for (int p = 0; p < paths.length; p++) {
                out[d][p] = Bits.has(paths[p], x) ? Bits.without(paths[p], x) : paths[p];
            }
        }
        return out;
    }

    private static long[] minus(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] & ~b[i];
        }
        return out;
    }

    private int mostFrequentDomain(List<long[][]> deps) {
        int[] count = new int[q.length];
        for (long[][] paths : deps) {
            for (long[] p : paths) {
                for (int m : Bits.members(p)) {
                    count[m]++;
                }
            }
        }
        int best = -1;
        for (int i = 0; i < count.length; i++) {
            if (count[i] > 0 && (best < 0 || count[i] > count[best])) {
                best = i;
            }
        }
        return best;
    }

    private static boolean pairwiseDisjoint(long[][] paths) {
        for (int i = 0; i < paths.length; i++) {
            for (int j = i + 1; j < paths.length; j++) {
                if (Bits.intersects(paths[i], paths[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Groups of dependencies that share no domain with other groups: they fail independently. */
    private List<List<long[][]>> components(List<long[][]> deps) {
        int n = deps.size();
        long[][] span = new long[n][words];
        for (int d = 0; d < n; d++) {
            for (long[] p : deps.get(d)) {
                for (int w = 0; w < words; w++) {
                    span[d][w] |= p[w];
                }
            }
        }
        int[] group = new int[n];
        Arrays.fill(group, -1);
        int groups = 0;
        for (int start = 0; start < n; start++) {
            if (group[start] >= 0) {
                continue;
            }
            group[start] = groups;
            long[] reach = span[start].clone();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int d = 0; d < n; d++) {
                    if (group[d] < 0 && Bits.intersects(reach, span[d])) {
                        group[d] = groups;
                        for (int w = 0; w < words; w++) {
                            reach[w] |= span[d][w];
                        }
                        grew = true;
                    }
                }
            }
            groups++;
        }
        List<List<long[][]>> parts = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            parts.add(new ArrayList<>());
        }
        for (int d = 0; d < n; d++) {
            parts.get(group[d]).add(deps.get(d));
        }
        return parts;
    }

    /** The same sub-problem written the same way, whatever the order of its dependencies and paths. */
    private Bits.Key canonical(List<long[][]> deps) {
        List<long[]> flat = new ArrayList<>(deps.size());
        int total = 0;
        for (long[][] paths : deps) {
            long[][] sorted = paths.clone();
            Arrays.sort(sorted, Bits::compare);
            long[] one = new long[1 + sorted.length * words];
            one[0] = sorted.length;
            for (int p = 0; p < sorted.length; p++) {
                System.arraycopy(sorted[p], 0, one, 1 + p * words, words);
            }
            flat.add(one);
            total += one.length;
        }
        flat.sort(Arrays::compare);
        long[] key = new long[total];
        int at = 0;
        for (long[] one : flat) {
            System.arraycopy(one, 0, key, at, one.length);
            at += one.length;
        }
        return new Bits.Key(key);
    }
}
