package com.continuity.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a successful import stored, counted per section; {@code sections} counts the entries of later modules'
 * sections by name (contracts, incidents).
 */
public record ImportResult(int teams, int providers, int failureDomains, int services, int dependencies, int paths,
                           int drills, int plannedDrills, Map<String, Integer> sections) {

    static ImportResult of(Portfolio p) {
        var dependencies = p.services().stream().flatMap(s -> s.dependencies().stream()).toList();
        var paths = dependencies.stream().flatMap(d -> d.paths().stream()).toList();
        Map<String, Integer> sections = new LinkedHashMap<>();
        p.sections().forEach((name, entries) -> sections.put(name, entries.size()));
        return new ImportResult(p.teams().size(), p.providers().size(), p.failureDomains().size(),
                p.services().size(), dependencies.size(), paths.size(),
                paths.stream().mapToInt(x -> x.drills().size()).sum(),
                paths.stream().mapToInt(x -> x.plannedDrills().size()).sum(), sections);
    }
}
