package com.continuity.support;

import com.continuity.ContinuityApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the benchmarks share: key=value arguments, and the app started inside the benchmark's JVM. */
public final class BenchApp {

    private BenchApp() {
    }

    /** The arguments, key=value each, as a map. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("arguments are key=value; got " + a);
            }
            options.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return options;
    }

    /**
     * The app on a random port over a throw-away embedded PostgreSQL in {@code dbDir}, without sample data, with the
     * admin password of {@link Api}. Settings go as command-line arguments: default properties would lose to
     * application.properties.
     */
    public static ConfigurableApplicationContext start(String dbDir, String... settings) {
        String[] args = Stream.concat(Stream.of(
                "--server.port=0",
                "--continuity.embedded-db.dir=" + dbDir,
                "--continuity.embedded-db.clean=true",
                "--continuity.admin-password=" + Api.ADMIN_PASSWORD,
                "--continuity.sample-data=false",
                "--continuity.status.enabled=false",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"), List.of(settings).stream()).toArray(String[]::new);
        return new SpringApplicationBuilder(ContinuityApplication.class).run(args);
    }

    public interface Work {
        void run(ConfigurableApplicationContext app) throws Exception;
    }

    /** Runs the benchmark on the started app, closes the app, and exits the JVM: 1 when anything failed. */
    public static void runThenExit(ConfigurableApplicationContext app, Work work) {
        int exit = 0;
        try {
            work.run(app);
        } catch (Throwable t) {
            t.printStackTrace();
            exit = 1;
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    /** The load average as /proc/loadavg gives it, for the figures' context; empty when not on Linux. */
    public static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    public static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
