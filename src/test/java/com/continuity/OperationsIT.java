package com.continuity;

import com.continuity.security.Role;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@AppTest
class OperationsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void healthIsPublicAndIncludesTheDatabaseForAuthorisedUsers() {
        HttpResponse<String> anonymous = Api.anonymous(port).get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"");
        assertThat(Api.admin(port).get("/actuator/health").body()).contains("\"db\"", "PostgreSQL");
    }

    @Test
    void prometheusMetricsAreForAdminsAndAuditorsOnly() {
        assertThat(Api.anonymous(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        Api.ensureUser(jdbc, "ops-viewer", Role.VIEWER);
        Api.ensureUser(jdbc, "ops-auditor", Role.AUDITOR);
        assertThat(Api.as(port, "ops-viewer", Api.PASSWORD).get("/actuator/prometheus").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = Api.as(port, "ops-auditor", Api.PASSWORD).get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theRestApiAnswers401WithoutCredentials() {
        assertThat(Api.anonymous(port).get("/api/v1/services").statusCode()).isEqualTo(401);
        assertThat(Api.as(port, "admin", "wrong-password").get("/api/v1/services").statusCode()).isEqualTo(401);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/portfolio", "/api/v1/services/{key}", "/api/v1/dependencies");
        // a service's contacts and a dependency's runbook settings are described too
        assertThat(docs.body()).contains("\"Contact\"", "\"Detection\"", "\"Protection\"", "\"errorRatePercent\"",
                "\"breakerOpenSeconds\"", "\"vendor-support\"");
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void everyChangeIsAuditedWithWhoAndBeforeAndAfter() {
        Api admin = Api.admin(port);
        admin.post("/api/v1/providers", "application/json", "{\"key\":\"audited-provider\",\"name\":\"Before\"}");
        admin.put("/api/v1/providers/audited-provider", "{\"key\":\"audited-provider\",\"name\":\"After\",\"version\":1}");
        var row = jdbc.sql("""
                        select actor, before->>'name', after->>'name' from audit_log
                        where entity = 'provider' and entity_key = 'audited-provider' and action = 'update'""")
                .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(row).containsExactly("admin", "Before", "After");
        assertThat(admin.get("/api/v1/audit?filter=audited-provider").body()).contains("\"action\":\"update\"");
    }

    @Test
    void anImportIsAuditedRecordByRecordWithBeforeAndAfter() {
        Api admin = Api.admin(port);
        try {
            String yaml = admin.get("/api/v1/portfolio").body();
            String changed = yaml.replace("name: Marketing\n", "name: Brand Marketing\n");
            assertThat(admin.post("/api/v1/portfolio", "application/yaml", changed).statusCode()).isEqualTo(200);
            var row = jdbc.sql("""
                            select actor, before->>'name', after->>'name' from audit_log
                            where entity = 'team' and entity_key = 'marketing' and action = 'update'
                            order by id desc limit 1""")
                    .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).single();
            assertThat(row).containsExactly("admin", "Marketing", "Brand Marketing");
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'update' and entity = 'service' and at = "
                    + "(select max(at) from audit_log)").query(Long.class).single())
                    .as("services the file left as they were are not reported as changed").isZero();
        } finally {
            Api.restoreSample(port);
        }
    }

    @Test
    void theAuditLogIsAppendOnlyEvenForTheApplication() {
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'mallory'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void theFirstStartCreatedTheAdministratorWithABcryptHash() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("$2a$").doesNotContain(Api.ADMIN_PASSWORD);
    }
}
