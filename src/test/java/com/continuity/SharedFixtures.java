package com.continuity;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files from the shared directory beside the project (../shared, or -Dshared.dir). Locally a missing directory
 * skips the test; in CI (env CI=true) it fails it, so the check can never silently disappear there
 * ({@link Prerequisites}).
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    public static Path require(String relativePath) {
        Path dir = Path.of(System.getProperty("shared.dir", "../shared"));
        Path file = dir.resolve(relativePath);
        if (Files.isRegularFile(file)) {
            return file;
        }
        // the guide's rule for ../shared: skipped with a clear message on a machine without it, never in CI
        return Prerequisites.missing(file + " not found: the ../shared directory is missing (set -Dshared.dir to"
                + " where it is)");
    }
}
