package com.continuity.reviews.model;

import com.continuity.reviews.model.Snapshot.Changes;
import com.continuity.reviews.model.Snapshot.ScoreChange;
import com.continuity.reviews.model.Snapshot.ServiceEntry;
import com.continuity.reviews.model.Snapshot.SpofChange;
import com.continuity.reviews.model.Snapshot.TrendPoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two snapshots of the same scope, read from their stored services only: scores up or down,
 * single points of failure added or removed (by service and domain), services added or removed. A service whose
 * SPOF moves from "in practice only" to "on paper" counts as that SPOF removed and added, since it means something
 * else to the team.
 */
public final class Comparison {

    private Comparison() {
    }

    /** @param before the previous review's services, or null when there is no previous review */
    public static Changes between(List<ServiceEntry> before, List<ServiceEntry> after) {
        if (before == null) {
            return new Changes(true, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Map<String, ServiceEntry> old = before.stream().collect(Collectors.toMap(ServiceEntry::key, Function.identity()));
        Map<String, ServiceEntry> now = after.stream().collect(Collectors.toMap(ServiceEntry::key, Function.identity()));
        List<ScoreChange> scores = new ArrayList<>();
        List<SpofChange> added = new ArrayList<>();
        List<SpofChange> removed = new ArrayList<>();
        for (ServiceEntry s : after) {
            ServiceEntry was = old.get(s.key());
            if (was == null) {
                continue;
            }
            if (was.score() != s.score()) {
                scores.add(new ScoreChange(s.key(), s.name(), was.score(), s.score()));
            }
            // compared without the name, which may have been edited between the reviews
            Set<SpofChange> a = spofs(was.withName(s.name()));
            Set<SpofChange> b = spofs(s);
            b.stream().filter(x -> !a.contains(x)).forEach(added::add);
            a.stream().filter(x -> !b.contains(x)).forEach(removed::add);
        }
        // the largest moves first, worsening before improving at equal size
        scores.sort(Comparator.comparingInt((ScoreChange c) -> -Math.abs(c.delta()))
                .thenComparingInt(c -> -c.delta()).thenComparing(ScoreChange::service));
        List<String> servicesAdded = after.stream().map(ServiceEntry::key).filter(k -> !old.containsKey(k)).sorted()
                .toList();
        List<String> servicesRemoved = before.stream().map(ServiceEntry::key).filter(k -> !now.containsKey(k))
                .sorted().toList();
        return new Changes(false, scores, added, removed, servicesAdded, servicesRemoved);
    }

    /** The service's SPOFs: those on paper, and those only in practice. */
    static Set<SpofChange> spofs(ServiceEntry s) {
        Set<SpofChange> out = new LinkedHashSet<>();
        s.spofsOnPaper().forEach(d -> out.add(new SpofChange(s.key(), s.name(), d, false)));
        s.spofsInPractice().stream().filter(d -> !s.spofsOnPaper().contains(d))
                .forEach(d -> out.add(new SpofChange(s.key(), s.name(), d, true)));
        return out;
    }

    /** The headline figures of one review's services. */
    public static TrendPoint point(Quarter quarter, List<ServiceEntry> services) {
        double average = services.stream().mapToInt(ServiceEntry::score).average().orElse(0);
        int highest = services.stream().mapToInt(ServiceEntry::score).max().orElse(0);
        int withSpof = (int) services.stream().filter(s -> !s.spofsInPractice().isEmpty()).count();
        return new TrendPoint(quarter, services.size(), Math.round(average * 10) / 10.0, highest, withSpof);
    }
}
