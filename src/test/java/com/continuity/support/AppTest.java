package com.continuity.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The running app on a random port, over a real, throw-away embedded PostgreSQL loaded with the sample data.
 * Every test class with this annotation shares one application context, and so one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "continuity.embedded-db.dir=target/it-postgres",
        "continuity.embedded-db.clean=true",
        "continuity.admin-password=" + Api.ADMIN_PASSWORD,
        "continuity.sample-data=true",
        // the sample's status pages are real sites and tests have no network: monitoring tests start their own app
        "continuity.status.enabled=false",
        // nor does it check error budgets, claim deadlines and drills due on a schedule: AlertChecksIT and
        // DrillRemindersIT do, in their own apps
        "continuity.alerts.checks=false",
        // and runs no probes: a probe registered by a test must not open incidents other tests would see
        "continuity.probes.enabled=false",
        // the sample's drills are dated for this week: its story must not age with the calendar
        "continuity.clock.start=" + AppTest.TODAY + "T12:00:00Z",
})
public @interface AppTest {

    /** The date the running app under test takes for today. */
    String TODAY = "2026-11-27";
}
