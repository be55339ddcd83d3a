package com.continuity;

import com.continuity.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data: what is imported before a restart is there after it. */
class DataSurvivesRestartIT {

    static final Path DATA = Path.of("target/restart-postgres");

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ContinuityApplication.class).run(
                "--server.port=0", "--continuity.embedded-db.dir=" + DATA, "--continuity.sample-data=true",
                "--continuity.admin-password=" + Api.ADMIN_PASSWORD, "--vaadin.launch-browser=false",
                "--continuity.status.enabled=false");
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void anImportedPortfolioSurvivesARestartOnTheEmbeddedDatabase() throws IOException {
        FileSystemUtils.deleteRecursively(DATA);
        String exported;
        try (ConfigurableApplicationContext first = start()) {
            Api admin = Api.admin(port(first));
            String sample = admin.get("/api/v1/portfolio").body();
            String changed = sample.replace("name: Marketing", "name: Marketing and Brand");
            assertThat(admin.post("/api/v1/portfolio", "application/yaml", changed).statusCode()).isEqualTo(200);
            exported = admin.get("/api/v1/portfolio").body();
            assertThat(exported).contains("Marketing and Brand");
        }
        try (ConfigurableApplicationContext second = start()) {
            Api admin = Api.admin(port(second));
            assertThat(admin.get("/api/v1/portfolio").body()).isEqualTo(exported);
            String empty = "apiVersion: continuity/v1\nkind: Portfolio\nteams: []\nproviders: []\nfailureDomains: []\nservices: []\n";
            assertThat(admin.post("/api/v1/portfolio", "application/yaml", empty).statusCode()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext third = start()) {
            assertThat(Api.admin(port(third)).get("/api/v1/services").body())
                    .as("sample data comes only on the very first start, never into an inventory emptied on purpose")
                    .isEqualTo("[]");
        }
    }
}
