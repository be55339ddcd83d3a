package com.continuity.resilience.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The test oracle: a tree's meaning by enumeration of every state of its domains, with nothing of the model's
 * algorithms. The service is down in a state when some dependency has every path hit by a down domain. Only for
 * trees of at most 20 domains.
 */
final class BruteForce {

    private final List<String> domains;
    /** Per dependency, per path, the bit mask of the domains it requires. */
    private final int[][] dependencies;

    BruteForce(FaultTree tree) {
        TreeSet<String> keys = new TreeSet<>();
        tree.dependencies().forEach(d -> d.paths().forEach(p -> keys.addAll(p.domains())));
        this.domains = List.copyOf(keys);
        if (domains.size() > 20) {
            throw new IllegalArgumentException("too many domains to enumerate: " + domains.size());
        }
        this.dependencies = new int[tree.dependencies().size()][];
        for (int d = 0; d < dependencies.length; d++) {
            List<FaultTree.TreePath> paths = tree.dependencies().get(d).paths();
            dependencies[d] = new int[paths.size()];
            for (int p = 0; p < paths.size(); p++) {
                dependencies[d][p] = maskOf(paths.get(p).domains());
            }
        }
    }

    List<String> domains() {
        return domains;
    }

    int states() {
        return 1 << domains.size();
    }

    int maskOf(Iterable<String> keys) {
        int mask = 0;
        for (String k : keys) {
            int i = domains.indexOf(k);
            if (i >= 0) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    Set<String> setOf(int mask) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < domains.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(domains.get(i));
            }
        }
        return out;
    }

    /** Whether the service is down when exactly the domains in {@code down} are down. */
    boolean fails(int down) {
        for (int[] paths : dependencies) {
            boolean allPathsDown = true;
            for (int path : paths) {
                if ((path & down) == 0) {
                    allPathsDown = false;
                    break;
                }
            }
            if (allPathsDown) {
                return true;
            }
        }
        return false;
    }

    /** Every minimal set of down domains that fails the service, by checking every state. */
    Set<Set<String>> minimalCutSets() {
        Set<Set<String>> out = new HashSet<>();
        for (int s = 0; s < states(); s++) {
            if (fails(s) && noSmallerFails(s)) {
                out.add(setOf(s));
            }
        }
        return out;
    }

    private boolean noSmallerFails(int s) {
        for (int rest = s; rest != 0; rest &= rest - 1) {
            if (fails(s & ~Integer.lowestOneBit(rest))) {
                return false;
            }
        }
        return true;
    }

    /** Every state in which the service is down, as masks. */
    List<Integer> failingStates() {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < states(); s++) {
            if (fails(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The probability that the service is down: the sum, over all failing states, of the product of q for down
     * domains and 1 - q for up ones. All terms are positive, and the sum is compensated (Neumaier), so the result
     * is accurate to a few ulps even when it is tiny.
     */
    double unavailability(ToDoubleFunction<String> q) {
        int n = domains.size();
        double[] down = new double[n];
        double[] up = new double[n];
        for (int i = 0; i < n; i++) {
            down[i] = q.applyAsDouble(domains.get(i));
            up[i] = 1 - down[i];
        }
        double sum = 0;
        double compensation = 0;
        for (int s = 0; s < states(); s++) {
            if (!fails(s)) {
                continue;
            }
            double p = 1;
            for (int i = 0; i < n; i++) {
                p *= (s & (1 << i)) != 0 ? down[i] : up[i];
            }
            double t = sum + p;
            compensation += Math.abs(sum) >= Math.abs(p) ? (sum - t) + p : (p - t) + sum;
            sum = t;
        }
        return sum + compensation;
    }
}
