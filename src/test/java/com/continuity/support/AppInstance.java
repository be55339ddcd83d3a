package com.continuity.support;

import com.continuity.ContinuityApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole app started by a test in its own context, for tests that need settings the shared {@link AppTest} context
 * must not have (polling on, short intervals), or two instances on one database. Settings go as command-line
 * arguments, which win over application.properties.
 */
public final class AppInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static AppInstance start(Map<String, String> settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--vaadin.launch-browser=false",
                "--continuity.admin-password=" + Api.ADMIN_PASSWORD, "--continuity.sample-data=false"));
        settings.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new AppInstance(new SpringApplicationBuilder(ContinuityApplication.class).run(args.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Api admin() {
        return Api.admin(port());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
