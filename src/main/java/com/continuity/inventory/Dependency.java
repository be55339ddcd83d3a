package com.continuity.inventory;

import java.util.List;

/** One thing a business service needs from AI. It is up while any of its paths is up. Key unique in its service. */
public record Dependency(String key, String name, List<Path> paths, Detection detection, Protection protection) {

    public Dependency {
        paths = paths == null ? List.of() : List.copyOf(paths);
        detection = detection == null ? Detection.NONE : detection;
        protection = protection == null ? Protection.NONE : protection;
    }

    /** A dependency with no detection thresholds or client protection recorded. */
    public Dependency(String key, String name, List<Path> paths) {
        this(key, name, paths, Detection.NONE, Protection.NONE);
    }
}
