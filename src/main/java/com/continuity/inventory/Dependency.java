package com.continuity.inventory;

import java.util.List;

/** One thing a business service needs from AI. It is up while any of its paths is up. Key unique in its service. */
public record Dependency(String key, String name, List<Path> paths) {

    public Dependency {
        paths = paths == null ? List.of() : List.copyOf(paths);
    }
}
