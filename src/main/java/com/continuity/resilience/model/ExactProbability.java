package com.continuity.resilience.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The exact probability that an OR of dependencies (each an AND of paths, each an OR of independent domains)
 * fails: Shannon decomposition on one domain at a time, with the reductions that keep real trees small.
 * <ul>
 *   <li>A state is which paths are still alive (no domain of theirs is down, their dependency not yet saved) and
 *   which domains are known up; both are bit words, so a state is cheap to copy, compare and look up.</li>
 *   <li>A path whose domains are all up saves its dependency, which leaves the problem.</li>
 *   <li>A dependency with one path left fails exactly when that path fails: it is taken out, and the rest is
 *   solved with that path's domains up.</li>
 *   <li>A path that contains another path of its dependency adds nothing and is dropped.</li>
 *   <li>Dependencies that share no open domain fail independently and are solved apart.</li>
 *   <li>Every state solved is remembered.</li>
 * </ul>
 * Each step combines probabilities of failure by addition and multiplication of non-negative terms, never by
 * subtracting near-equal numbers, so tiny results keep their digits.
 */
final class ExactProbability {

    private final double[] q;
    private final int domainWords;
    private final int pathWords;
    private final long[][] pathBits;
    private final int[] depStart;
    private final long[][] pathsWith;
    private final Map<Bits.Key, Double> solved = new HashMap<>();

    ExactProbability(double[] unavailability, int domainWords, long[][][] dependencies) {
        this.q = unavailability;
        this.domainWords = domainWords;
        int paths = 0;
        for (long[][] d : dependencies) {
            paths += d.length;
        }
        this.pathWords = Math.max(1, (paths + 63) / 64);
        this.pathBits = new long[paths][];
        this.depStart = new int[dependencies.length + 1];
        this.pathsWith = new long[unavailability.length][pathWords];
        int p = 0;
        for (int d = 0; d < dependencies.length; d++) {
            depStart[d] = p;
            for (long[] path : dependencies[d]) {
                pathBits[p] = path;
                for (int m : Bits.members(path)) {
                    pathsWith[m][p >>> 6] |= 1L << p;
                }
                p++;
            }
        }
        depStart[dependencies.length] = p;
    }

    /** The probability that the whole tree fails. */
    double down() {
        long[] alive = new long[pathWords];
        for (int d = 0; d + 1 < depStart.length; d++) {
            if (depStart[d] == depStart[d + 1]) {
                return 1.0; // a dependency without any path always fails
            }
        }
        for (int p = 0; p < pathBits.length; p++) {
            alive[p >>> 6] |= 1L << p;
        }
        return solve(alive, new long[domainWords]);
    }

    private double solve(long[] alive, long[] up) {
        double failed = 0.0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int d = 0; d + 1 < depStart.length; d++) {
                int single = -1;
                int count = 0;
                boolean saved = false;
                for (int p = depStart[d]; p < depStart[d + 1]; p++) {
                    if (!Bits.has(alive, p)) {
                        continue;
                    }
                    if (Bits.containsAll(up, pathBits[p])) {
                        saved = true;
                        break;
                    }
                    if (absorbed(alive, up, d, p)) {
                        alive[p >>> 6] &= ~(1L << p);
                        continue;
                    }
                    count++;
                    single = p;
                }
                if (saved) {
                    clearDependency(alive, d);
                    changed = true;
                } else if (count == 1) {
                    failed = or(failed, pathDown(pathBits[single], up));
                    for (int w = 0; w < domainWords; w++) {
                        up[w] |= pathBits[single][w];
                    }
                    clearDependency(alive, d);
                    changed = true;
                }
            }
        }
        if (Bits.isEmpty(alive)) {
            return failed;
        }
        return or(failed, components(alive, up));
    }

    /** Splits the open dependencies into groups that share no open domain, and solves each. */
    private double components(long[] alive, long[] up) {
        int deps = depStart.length - 1;
        int[] group = new int[deps];
        int[] owner = new int[q.length];
        Arrays.fill(owner, -1);
        int open = 0;
        for (int d = 0; d < deps; d++) {
            group[d] = -1;
            for (int p = depStart[d]; p < depStart[d + 1]; p++) {
                if (!Bits.has(alive, p)) {
                    continue;
                }
                if (group[d] < 0) {
                    group[d] = d;
                    open++;
                }
                for (int w = 0; w < domainWords; w++) {
                    for (long bits = pathBits[p][w] & ~up[w]; bits != 0; bits &= bits - 1) {
                        int x = (w << 6) + Long.numberOfTrailingZeros(bits);
                        if (owner[x] < 0) {
                            owner[x] = d;
                        } else {
                            union(group, d, owner[x]);
                        }
                    }
                }
            }
        }
        double failed = 0.0;
        boolean[] done = new boolean[deps];
        for (int d = 0; d < deps; d++) {
            if (group[d] < 0) {
                continue;
            }
            int root = find(group, d);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            long[] part = open == 1 ? alive : new long[pathWords];
            long[] touched = new long[domainWords];
            for (int e = d; e < deps; e++) {
                if (group[e] >= 0 && find(group, e) == root) {
                    for (int p = depStart[e]; p < depStart[e + 1]; p++) {
                        if (Bits.has(alive, p)) {
                            part[p >>> 6] |= 1L << p;
                            for (int w = 0; w < domainWords; w++) {
                                touched[w] |= pathBits[p][w];
                            }
                        }
                    }
                }
            }
            failed = or(failed, connected(part, up, touched));
        }
        return failed;
    }

    private static int find(int[] group, int d) {
        while (group[d] != d) {
            group[d] = group[group[d]];
            d = group[d];
        }
        return d;
    }

    private static void union(int[] group, int a, int b) {
        int ra = find(group, a);
        int rb = find(group, b);
        if (ra != rb) {
            group[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** One group of open dependencies linked through shared domains; {@code touched}: every domain of its paths. */
    private double connected(long[] alive, long[] up, long[] touched) {
        long[] known = new long[pathWords + domainWords];
        System.arraycopy(alive, 0, known, 0, pathWords);
        for (int w = 0; w < domainWords; w++) {
            // only the up domains of these paths tell states apart
            known[pathWords + w] = up[w] & touched[w];
        }
        Bits.Key key = new Bits.Key(known);
        Double hit = solved.get(key);
        if (hit != null) {
            return hit;
        }
        int x = branchDomain(alive, up);
        long[] down = alive.clone();
        for (int w = 0; w < pathWords; w++) {
            down[w] &= ~pathsWith[x][w];
        }
        double ifDown = emptiedDependency(alive, down) ? 1.0 : solve(down, up.clone());
        long[] upX = Bits.with(up, x);
        double ifUp = solve(alive.clone(), upX);
        double result = q[x] * ifDown + (1 - q[x]) * ifUp;
        solved.put(key, result);
        return result;
    }

    /** The open domain found in the most open dependencies, then in the most paths. */
    private int branchDomain(long[] alive, long[] up) {
        int[] inDeps = new int[q.length];
        int[] inPaths = new int[q.length];
        long[] span = new long[domainWords];
        for (int d = 0; d + 1 < depStart.length; d++) {
            Arrays.fill(span, 0);
            for (int p = depStart[d]; p < depStart[d + 1]; p++) {
                if (Bits.has(alive, p)) {
                    for (int w = 0; w < domainWords; w++) {
                        long open = pathBits[p][w] & ~up[w];
                        span[w] |= open;
                        for (; open != 0; open &= open - 1) {
                            inPaths[(w << 6) + Long.numberOfTrailingZeros(open)]++;
                        }
                    }
                }
            }
            for (int w = 0; w < domainWords; w++) {
                for (long open = span[w]; open != 0; open &= open - 1) {
                    inDeps[(w << 6) + Long.numberOfTrailingZeros(open)]++;
                }
            }
        }
        int best = -1;
        for (int x = 0; x < q.length; x++) {
            if (inPaths[x] > 0 && (best < 0 || inDeps[x] > inDeps[best]
                    || (inDeps[x] == inDeps[best] && inPaths[x] > inPaths[best]))) {
                best = x;
            }
        }
        return best;
    }

    /** Whether a path of the same dependency, needing only some of this one's open domains, makes it redundant. */
    private boolean absorbed(long[] alive, long[] up, int dep, int path) {
        for (int r = depStart[dep]; r < depStart[dep + 1]; r++) {
            if (r == path || !Bits.has(alive, r)) {
                continue;
            }
            boolean subset = true;
            boolean equal = true;
            for (int w = 0; w < domainWords && subset; w++) {
                long mine = pathBits[path][w] & ~up[w];
                long other = pathBits[r][w] & ~up[w];
                subset = (other & ~mine) == 0;
                equal &= other == mine;
            }
            if (subset && (!equal || r < path)) {
                return true;
            }
        }
        return false;
    }

    private boolean emptiedDependency(long[] before, long[] after) {
        for (int d = 0; d + 1 < depStart.length; d++) {
            boolean had = false;
            boolean has = false;
            for (int p = depStart[d]; p < depStart[d + 1]; p++) {
                had |= Bits.has(before, p);
                has |= Bits.has(after, p);
            }
            if (had && !has) {
                return true;
            }
        }
        return false;
    }

    private void clearDependency(long[] alive, int d) {
        for (int p = depStart[d]; p < depStart[d + 1]; p++) {
            alive[p >>> 6] &= ~(1L << p);
        }
    }

    /** The probability that a path fails, given that the domains in {@code up} are up. */
    private double pathDown(long[] path, long[] up) {
        double failed = 0.0;
        for (int w = 0; w < domainWords; w++) {
            long open = path[w] & ~up[w];
            while (open != 0) {
                failed = or(failed, q[(w << 6) + Long.numberOfTrailingZeros(open)]);
                open &= open - 1;
            }
        }
        return failed;
    }

    /** P(A or B) for independent A and B, without cancellation. */
    private static double or(double a, double b) {
        return a + (1 - a) * b;
    }
}
