package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A business service's fault tree over failure domains: the service fails when any dependency fails (OR), a
 * dependency fails when all of its paths fail (AND), a path fails when any domain it requires fails (OR).
 * Built from the declared paths (on paper) or from those that count in practice.
 */
public final class FaultTree {

    /** One way to serve a dependency, with the failure domains it requires. */
    public record TreePath(String key, List<String> domains) {
        public TreePath {
            domains = List.copyOf(domains);
        }
    }

    /** A dependency of the tree with the paths that take part in it. */
    public record TreeDependency(String key, List<TreePath> paths) {
        public TreeDependency {
            paths = List.copyOf(paths);
        }
    }

    private final String service;
    private final List<TreeDependency> dependencies;
    private final List<String> domains;
    private final Map<String, Integer> index;
    private final int words;
    /** Per dependency, its paths as domain bit sets. */
    private final long[][][] gates;

    public FaultTree(String service, List<TreeDependency> dependencies) {
        this.service = service;
        this.dependencies = List.copyOf(dependencies);
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (TreeDependency d : this.dependencies) {
            for (TreePath p : d.paths()) {
                for (String domain : p.domains()) {
                    idx.putIfAbsent(domain, idx.size());
                }
            }
        }
        this.index = Map.copyOf(idx);
        this.domains = List.copyOf(idx.keySet());
        this.words = Math.max(1, (domains.size() + 63) / 64);
        this.gates = new long[this.dependencies.size()][][];
        for (int d = 0; d < gates.length; d++) {
            List<TreePath> paths = this.dependencies.get(d).paths();
            gates[d] = new long[paths.size()][];
            for (int p = 0; p < paths.size(); p++) {
                gates[d][p] = bitsOf(paths.get(p).domains());
            }
        }
    }

    /** The tree of {@code service} with only the paths that {@code counts} keeps. */
    public static FaultTree of(BusinessService service, Predicate<Path> counts) {
        List<TreeDependency> deps = new ArrayList<>();
        for (var dependency : service.dependencies()) {
            List<TreePath> paths = new ArrayList<>();
            for (Path path : dependency.paths()) {
                if (counts.test(path)) {
                    paths.add(new TreePath(path.key(), path.requires()));
                }
            }
            deps.add(new TreeDependency(dependency.key(), paths));
        }
        return new FaultTree(service.key(), deps);
    }

    public String service() {
        return service;
    }

    public List<TreeDependency> dependencies() {
        return dependencies;
    }

    /** Every failure domain the tree mentions, in order of first appearance. */
    public List<String> domains() {
        return domains;
    }

    /** Whether the joint failure of exactly these domains (all others up) takes the service down. */
    public boolean failsWith(Collection<String> failed) {
        long[] down = new long[words];
        for (String f : failed) {
            Integer i = index.get(f);
            if (i != null) {
                down[i >>> 6] |= 1L << i;
            }
        }
        return CutSets.isCut(gates, down);
    }

    /** All minimal cut sets, smallest first. Exact: no order limit. */
    public List<List<String>> minimalCutSets() {
        return minimalCutSets(Integer.MAX_VALUE);
    }

    /** The minimal cut sets of at most {@code limitOrder} domains, like SCRAM's {@code --limit-order}. */
    public List<List<String>> minimalCutSets(int limitOrder) {
        List<List<String>> out = new ArrayList<>();
        for (long[] cut : CutSets.minimal(gates, words, limitOrder)) {
            List<String> keys = new ArrayList<>();
            for (int m : Bits.members(cut)) {
                keys.add(domains.get(m));
            }
            keys.sort(null);
            out.add(List.copyOf(keys));
        }
        out.sort(FaultTree::bySizeThenKeys);
        return List.copyOf(out);
    }

    /**
     * The exact probability that the service is down, given each domain's unavailability, with domains failing
     * independently. No rare-event approximation.
     */
    public double unavailability(ToDoubleFunction<String> unavailabilityOfDomain) {
        double[] q = new double[domains.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = unavailabilityOfDomain.applyAsDouble(domains.get(i));
        }
        return new ExactProbability(q, words, gates).down();
    }

    static int bySizeThenKeys(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private long[] bitsOf(List<String> keys) {
        long[] b = new long[words];
        for (String k : keys) {
            int i = index.get(k);
            b[i >>> 6] |= 1L << i;
        }
        return b;
    }
}
