package com.continuity.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The browser of one test: {@code @RegisterExtension final BrowserSession browsers = new BrowserSession();}, then
 * {@code browsers.start(port)}. When the test fails it keeps the evidence (screenshot, page, console) before the
 * browser closes; after each test the browser is closed.
 */
public final class BrowserSession implements TestExecutionExceptionHandler, AfterEachCallback {

    private Browser current;

    /** A fresh browser on the app; one started earlier in the same test is closed first. */
    public Browser start(int port) {
        close();
        current = new Browser(port);
        return current;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (current != null) {
            current.saveEvidence(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
