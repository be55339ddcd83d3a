package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Drill;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * A generated business service with the unavailability of every domain it may use (its own {@code d<i>} and the
 * fresh {@code x<i>} that no generated path requires) and the day it is analysed on. Prints itself compactly, so
 * that a shrunk counterexample reads as a minimal reproduction.
 */
record Scenario(BusinessService service, Map<String, Double> unavailability, LocalDate today) {

    Scenario {
        unavailability = Map.copyOf(unavailability);
    }

    ToDoubleFunction<String> q() {
        return unavailability::get;
    }

    FaultTree onPaper() {
        return FaultTree.of(service, p -> true);
    }

    FaultTree inPractice() {
        return FaultTree.of(service, p -> PracticeRule.counts(p, service.rtoMinutes(), today));
    }

    ServiceRisk analyse() {
        return RiskModel.analyse(service, q(), today);
    }

    /** The domains the service's paths require, sorted. */
    List<String> usedDomains() {
        TreeSet<String> used = new TreeSet<>();
        service.dependencies().forEach(d -> d.paths().forEach(p -> used.addAll(p.requires())));
        return List.copyOf(used);
    }

    /** The fresh domains, which no path of the generated service requires. */
    List<String> freshDomains() {
        return unavailability.keySet().stream().filter(k -> k.startsWith("x")).sorted().toList();
    }

    Scenario with(BusinessService changed) {
        return new Scenario(changed, unavailability, today);
    }

    Scenario withDependencies(List<Dependency> dependencies) {
        BusinessService s = service;
        return with(new BusinessService(s.key(), s.name(), s.team(), s.tier(), s.rtoMinutes(), s.rpoMinutes(),
                s.mtpdMinutes(), s.downtimeCostPerHour(), s.currency(), s.owner(), dependencies, s.version()));
    }

    /** This service with {@code path} appended to the dependency at {@code index}. */
    Scenario withPath(int index, Path path) {
        List<Dependency> deps = new ArrayList<>(service.dependencies());
        Dependency d = deps.get(index);
        List<Path> paths = new ArrayList<>(d.paths());
        paths.add(path);
        deps.set(index, new Dependency(d.key(), d.name(), paths));
        return withDependencies(deps);
    }

    /** This service with {@code domain} added to the requirements of one path. */
    Scenario withRequired(int dependency, int path, String domain) {
        List<Dependency> deps = new ArrayList<>(service.dependencies());
        Dependency d = deps.get(dependency);
        List<Path> paths = new ArrayList<>(d.paths());
        Path p = paths.get(path);
        List<String> requires = new ArrayList<>(p.requires());
        requires.add(domain);
        paths.set(path, new Path(p.key(), p.role(), p.activation(), p.switchoverMinutes(), p.capacityPercent(),
                requires, p.drills()));
        deps.set(dependency, new Dependency(d.key(), d.name(), paths));
        return withDependencies(deps);
    }

    /** This service with one more dependency. */
    Scenario withDependency(Dependency dependency) {
        List<Dependency> deps = new ArrayList<>(service.dependencies());
        deps.add(dependency);
        return withDependencies(deps);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("service tier ").append(service.tier()).append(", RTO ")
                .append(service.rtoMinutes()).append(", today ").append(today).append('\n');
        for (Dependency d : service.dependencies()) {
            s.append("  ").append(d.key()).append(':');
            for (Path p : d.paths()) {
                s.append("\n    ").append(p.key()).append(p.role() == PathRole.PRIMARY ? " primary " : " fallback ")
                        .append(p.requires());
                if (p.role() == PathRole.FALLBACK) {
                    s.append(" switchover=").append(p.switchoverMinutes()).append(" capacity=")
                            .append(p.capacityPercent()).append(" drills=");
                    List<String> drills = new ArrayList<>();
                    for (Drill drill : p.drills()) {
                        drills.add(drill.result() + "@" + ChronoUnit.DAYS.between(drill.date(), today) + "d ago/"
                                + drill.switchoverMinutes());
                    }
                    s.append(drills);
                }
            }
            s.append('\n');
        }
        s.append("  q: ");
        for (String d : usedDomains()) {
            s.append(d).append('=').append(unavailability.get(d)).append(' ');
        }
        return s.toString();
    }
}
