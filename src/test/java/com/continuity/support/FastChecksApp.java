package com.continuity.support;

import java.util.HashMap;
import java.util.Map;

/**
 * An app of its own for tests of the scheduled alert checks: a clean embedded database, status polling off, the
 * clock starting at 2026-11-27 12:00 UTC, checks every 0.3 s and deliveries every 0.1 s.
 */
public final class FastChecksApp {

    public static final String CLOCK_START = "2026-11-27T12:00:00Z";

    private FastChecksApp() {
    }

    /** @param name names the database directory under target/; {@code extra} adds or overrides settings */
    public static AppInstance start(String name, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "continuity.embedded-db.dir", "target/" + name + "-postgres",
                "continuity.embedded-db.clean", "true",
                "continuity.status.enabled", "false",
                "continuity.clock.start", CLOCK_START,
                "continuity.alerts.check-interval", "PT0.3S",
                "continuity.alerts.dispatch-interval", "PT0.1S",
                "db-scheduler.polling-interval", "PT0.1S"));
        settings.putAll(extra);
        return AppInstance.start(settings);
    }

    /** Stops what a test class started, whichever of the two did start. */
    public static void stop(AppInstance app, WebhookReceiver hooks) {
        if (app != null) {
            app.close();
        }
        if (hooks != null) {
            hooks.close();
        }
    }
}
