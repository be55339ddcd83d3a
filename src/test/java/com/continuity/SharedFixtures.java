package com.continuity;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Files from the shared directory beside the project (../shared, or -Dshared.dir). Locally a missing directory
 * skips the test; in CI (env CI=true) it fails it, so the check can never silently disappear there.
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
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(file + " not found: the ../shared directory is missing (set -Dshared.dir to where it is)");
        }
        // the guide's rule for ../shared: skipped with a clear message on a machine without it, never in CI
        return Assumptions.abort(file + " not found (../shared/" + relativePath + "); this test runs in CI");
    }
}
