package com.continuity;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a test needs from outside the project: the ../shared directory ({@link SharedFixtures}), a program such as
 * SCRAM. Locally a missing one skips the test with a message that says what is missing; in CI (env CI=true) it
 * fails the test, so the check can never silently disappear there.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Skips the calling test, or fails it in CI, because of {@code what}: a sentence saying what is missing and
     * how to provide it. Never returns normally; typed so that it can stand where a value is returned.
     */
    public static <T> T missing(String what) {
        if (inCi()) {
            return fail(what + " (CI=true, so this fails rather than skips)");
        }
        return Assumptions.abort(what + "; skipped here, this test runs in CI");
    }
}
