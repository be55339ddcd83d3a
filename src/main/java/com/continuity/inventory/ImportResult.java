package com.continuity.inventory;

/** What a successful import stored, counted per section. */
public record ImportResult(int teams, int providers, int failureDomains, int services, int dependencies, int paths,
                           int drills) {

    static ImportResult of(Portfolio p) {
        var dependencies = p.services().stream().flatMap(s -> s.dependencies().stream()).toList();
        var paths = dependencies.stream().flatMap(d -> d.paths().stream()).toList();
        return new ImportResult(p.teams().size(), p.providers().size(), p.failureDomains().size(),
                p.services().size(), dependencies.size(), paths.size(),
                paths.stream().mapToInt(x -> x.drills().size()).sum());
    }
}
