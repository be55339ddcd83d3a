package com.continuity.security;

import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every inventory endpoint × every role × own or other team. Each write is tried on a record made for it, and
 * the test checks both the status and whether the write really happened, so a refusal that still wrote fails.
 */
@AppTest
class AuthorizationIT {

    /** null stands for "no credentials" */
    static final List<Role> CALLERS = new ArrayList<>(List.of(Role.values()));

    static {
        CALLERS.add(null);
    }

    static final Set<Role> MANAGERS = Set.of(Role.ADMIN, Role.MANAGER);
    static final Set<Role> EVERYONE = Set.of(Role.values());
    static final Set<Role> SERVICE_WRITERS_OWN_TEAM = Set.of(Role.ADMIN, Role.MANAGER, Role.EDITOR);
    static final Set<Role> AUDIT_READERS = Set.of(Role.ADMIN, Role.AUDITOR);
    static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api admin;

    /** One call: prepares its record as admin, makes the call, and says whether the write took effect. */
    interface Operation {
        Outcome run(Api caller, Api admin, String key);
    }

    record Outcome(HttpResponse<String> response, boolean wrote) {
    }

    @BeforeEach
    void users() {
        admin = Api.admin(port);
        Api.ensureUser(jdbc, "t-manager", Role.MANAGER);
        Api.ensureUser(jdbc, "t-editor", Role.EDITOR, "customer-care");
        Api.ensureUser(jdbc, "t-viewer", Role.VIEWER);
        Api.ensureUser(jdbc, "t-auditor", Role.AUDITOR);
    }

    Api as(Role role) {
        if (role == null) {
            return Api.anonymous(port);
        }
        return role == Role.ADMIN ? admin : Api.as(port, "t-" + role.name().toLowerCase(), Api.PASSWORD);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        operations().forEach(op -> CALLERS.forEach(role -> rows.add(Arguments.of(op.name, role, op))));
        return rows.stream();
    }

    record Op(String name, Set<Role> allowed, int successStatus, Operation operation) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (String path : List.of("/api/v1/teams", "/api/v1/teams/marketing", "/api/v1/providers",
                "/api/v1/providers/openai", "/api/v1/failure-domains", "/api/v1/failure-domains/openai-api",
                "/api/v1/services", "/api/v1/services/help-chat", "/api/v1/services/campaign-copy",
                "/api/v1/dependencies", "/api/v1/portfolio")) {
            ops.add(new Op("GET " + path, EVERYONE, 200, (c, a, k) -> new Outcome(c.get(path), false)));
        }
        ops.add(new Op("GET /api/v1/audit", AUDIT_READERS, 200, (c, a, k) -> new Outcome(c.get("/api/v1/audit"), false)));

        ops.add(new Op("POST team", MANAGERS, 201, (c, a, k) -> created(c, a, "/api/v1/teams", k,
                "{\"key\":\"" + k + "\",\"name\":\"T\"}")));
        ops.add(new Op("PUT team", MANAGERS, 200, (c, a, k) -> {
            a.post("/api/v1/teams", "application/json", "{\"key\":\"" + k + "\",\"name\":\"T\"}");
            return updated(c, a, "/api/v1/teams/" + k, "{\"key\":\"" + k + "\",\"name\":\"Renamed\",\"version\":1}");
        }));
        ops.add(new Op("DELETE team", MANAGERS, 204, (c, a, k) -> {
            a.post("/api/v1/teams", "application/json", "{\"key\":\"" + k + "\",\"name\":\"T\"}");
            return deleted(c, a, "/api/v1/teams/" + k);
        }));
        ops.add(new Op("POST provider", MANAGERS, 201, (c, a, k) -> created(c, a, "/api/v1/providers", k,
                "{\"key\":\"" + k + "\",\"name\":\"P\"}")));
        ops.add(new Op("PUT provider", MANAGERS, 200, (c, a, k) -> {
            a.post("/api/v1/providers", "application/json", "{\"key\":\"" + k + "\",\"name\":\"P\"}");
            return updated(c, a, "/api/v1/providers/" + k, "{\"key\":\"" + k + "\",\"name\":\"Renamed\",\"version\":1}");
        }));
        ops.add(new Op("DELETE provider", MANAGERS, 204, (c, a, k) -> {
            a.post("/api/v1/providers", "application/json", "{\"key\":\"" + k + "\",\"name\":\"P\"}");
            return deleted(c, a, "/api/v1/providers/" + k);
        }));
        ops.add(new Op("POST failure domain", MANAGERS, 201, (c, a, k) -> created(c, a, "/api/v1/failure-domains", k,
                domain(k, "D", 0))));
        ops.add(new Op("PUT failure domain", MANAGERS, 200, (c, a, k) -> {
            a.post("/api/v1/failure-domains", "application/json", domain(k, "D", 0));
            return updated(c, a, "/api/v1/failure-domains/" + k, domain(k, "Renamed", 1));
        }));
        ops.add(new Op("DELETE failure domain", MANAGERS, 204, (c, a, k) -> {
            a.post("/api/v1/failure-domains", "application/json", domain(k, "D", 0));
            return deleted(c, a, "/api/v1/failure-domains/" + k);
        }));
        for (String team : List.of("customer-care", "marketing")) {
            String whose = team.equals("customer-care") ? "own team" : "other team";
            Set<Role> allowed = team.equals("customer-care") ? SERVICE_WRITERS_OWN_TEAM : MANAGERS;
            ops.add(new Op("POST service of " + whose, allowed, 201, (c, a, k) -> created(c, a, "/api/v1/services", k,
                    service(k, team, "S", 0))));
            ops.add(new Op("PUT service of " + whose, allowed, 200, (c, a, k) -> {
                a.post("/api/v1/services", "application/json", service(k, team, "S", 0));
                return updated(c, a, "/api/v1/services/" + k, service(k, team, "Renamed", 1));
            }));
            ops.add(new Op("DELETE service of " + whose, allowed, 204, (c, a, k) -> {
                a.post("/api/v1/services", "application/json", service(k, team, "S", 0));
                return deleted(c, a, "/api/v1/services/" + k);
            }));
        }
        ops.add(new Op("PUT own service into another team", MANAGERS, 200, (c, a, k) -> {
            a.post("/api/v1/services", "application/json", service(k, "customer-care", "S", 0));
            return updated(c, a, "/api/v1/services/" + k, service(k, "marketing", "Renamed", 1));
        }));
        ops.add(new Op("PUT another team's service into own team", MANAGERS, 200, (c, a, k) -> {
            a.post("/api/v1/services", "application/json", service(k, "marketing", "S", 0));
            return updated(c, a, "/api/v1/services/" + k, service(k, "customer-care", "Renamed", 1));
        }));
        ops.add(new Op("POST portfolio", MANAGERS, 200, (c, a, k) -> {
            String current = a.get("/api/v1/portfolio").body();
            String withTeam = current.replace("teams:\n", "teams:\n  - key: " + k + "\n    name: Imported\n");
            HttpResponse<String> r = c.post("/api/v1/portfolio", "application/yaml", withTeam);
            return new Outcome(r, a.get("/api/v1/teams/" + k).statusCode() == 200);
        }));
        return ops;
    }

    static Outcome created(Api caller, Api admin, String collection, String key, String body) {
        HttpResponse<String> r = caller.post(collection, "application/json", body);
        return new Outcome(r, admin.get(collection + "/" + key).statusCode() == 200);
    }

    static Outcome updated(Api caller, Api admin, String path, String body) {
        HttpResponse<String> r = caller.put(path, body);
        return new Outcome(r, admin.get(path).body().contains("Renamed"));
    }

    static Outcome deleted(Api caller, Api admin, String path) {
        HttpResponse<String> r = caller.delete(path + "?version=1");
        return new Outcome(r, admin.get(path).statusCode() == 404);
    }

    static String domain(String key, String name, long version) {
        return "{\"key\":\"" + key + "\",\"name\":\"" + name + "\",\"kind\":\"gateway\",\"provider\":\"openai\",\"version\":"
                + version + "}";
    }

    static String service(String key, String team, String name, long version) {
        return """
                {"key":"%s","name":"%s","team":"%s","tier":3,"rtoMinutes":60,"downtimeCostPerHour":{"amount":"100.50","currency":"USD"},"version":%d,
                 "dependencies":[{"key":"d","name":"D","paths":[{"key":"p","role":"primary","requires":["openai-api"]}]}]}"""
                .formatted(key, name, team, version);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleMayDoExactlyWhatItsRoleAllows(String name, Role role, Op op) {
        String key = "authz-" + SEQ.incrementAndGet();
        Outcome outcome = op.operation().run(as(role), admin, key);
        boolean allowed = role != null && op.allowed().contains(role);
        int expected = role == null ? 401 : allowed ? op.successStatus() : 403;
        assertThat(outcome.response().statusCode()).as(outcome.response().body()).isEqualTo(expected);
        boolean isWrite = !name.startsWith("GET");
        if (isWrite) {
            assertThat(outcome.wrote()).as("the write took effect").isEqualTo(allowed);
        }
    }
}
