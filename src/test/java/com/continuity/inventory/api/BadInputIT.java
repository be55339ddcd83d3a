package com.continuity.inventory.api;

import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad import answers with where and what, and leaves the stored inventory exactly as it was. */
@AppTest
class BadInputIT {

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    static final String HEADER = """
            apiVersion: continuity/v1
            kind: Portfolio
            teams:
              - key: ops
                name: Ops
            providers:
              - key: acme
                name: Acme AI
            failureDomains:
              - key: acme-api
                name: Acme API
                kind: provider-api
                provider: acme
            """;

    static String service(String extra, String requires) {
        return HEADER + """
                services:
                  - key: bot
                    name: Bot
                    team: ops
                    tier: 2
                %s    dependencies:
                      - key: answers
                        name: Answers
                        paths:
                          - key: main
                            role: primary
                            requires: [%s]
                """.formatted(extra, requires);
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of("an unknown reference", service("", "acme-api, nowhere-api"),
                        "services[0].dependencies[0].paths[0].requires[1]", 25, "nowhere-api"),
                Arguments.of("a duplicate key", HEADER.replace("teams:\n", "teams:\n  - key: ops\n    name: Twice\n"),
                        "teams[1].key", 6, "duplicate"),
                Arguments.of("a tier outside 1-4", service("", "acme-api").replace("tier: 2", "tier: 5"),
                        "services[0].tier", 18, "between 1 and 4"),
                Arguments.of("an availability outside (0, 1]", HEADER + "    availability: 1.5\n",
                        "failureDomains[0].availability", 14, "availability"),
                Arguments.of("an availability of zero", HEADER + "    availability: 0\n",
                        "failureDomains[0].availability", 14, "availability"),
                Arguments.of("negative minutes", service("    rtoMinutes: -5\n", "acme-api"),
                        "services[0].rtoMinutes", 19, "negative"),
                Arguments.of("malformed YAML", HEADER + "services:\n  - key: [unclosed\n", "$", 16, "not valid YAML"),
                Arguments.of("an empty entry in requires", service("", "acme-api, ''"),
                        "services[0].dependencies[0].paths[0].requires[1]", 25, "must name a failure domain"),
                Arguments.of("money the database cannot keep exactly", service("    downtimeCostPerHour: 12.34567\n    currency: USD\n", "acme-api"),
                        "services[0].downtimeCostPerHour", 19, "4 after"),
                Arguments.of("a NUL character", HEADER.replace("name: Acme API", "name: \"Acme\\0API\""),
                        "failureDomains[0].name", 11, "NUL"));
    }

    @ParameterizedTest(name = "{0} answers 422 with its path and line, and changes nothing")
    @MethodSource("badDocuments")
    void aBadImportAnswers422WithTheLocationAndChangesNothing(String what, String document, String path, int line,
                                                             String fragment) {
        String before = admin.get("/api/v1/portfolio").body();
        HttpResponse<String> r = admin.post("/api/v1/portfolio", "application/yaml", document);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"path\":\"" + path + "\"", "\"line\":" + line, fragment);
        assertThat(admin.get("/api/v1/portfolio").body()).isEqualTo(before);
    }

    @Test
    void aDocumentOverTenMegabytesAnswers413AndChangesNothing() {
        String before = admin.get("/api/v1/portfolio").body();
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) '#');
        HttpResponse<String> r = admin.post("/api/v1/portfolio", "application/yaml", huge);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("larger than the limit");
        assertThat(admin.get("/api/v1/portfolio").body()).isEqualTo(before);
    }

    @Test
    void aDocumentOfExactlyTenMegabytesIsReadNotRefusedForItsSize() {
        byte[] comment = ("# " + "x".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] document = new byte[10 * 1024 * 1024];
        for (int i = 0; i + comment.length <= document.length; i += comment.length) {
            System.arraycopy(comment, 0, document, i, comment.length);
        }
        Arrays.fill(document, document.length - document.length % comment.length, document.length, (byte) ' ');
        HttpResponse<String> r = admin.post("/api/v1/portfolio", "application/yaml", document);
        assertThat(r.statusCode()).as("an all-comment document is read, then refused as not a portfolio").isEqualTo(422);
    }

    @Test
    void aValueOfTheWrongTypeOverRestIsA422AtItsFieldWithoutInternals() {
        HttpResponse<String> r = admin.post("/api/v1/services", "application/json", """
                {"key": "typed", "name": "T", "team": "marketing", "tier": 2,
                 "dependencies": [{"key": "d", "name": "D", "paths": [{"key": "p", "role": "primery", "requires": ["openai-api"]}]}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"path\":\"dependencies[0].paths[0].role\"", "'primery' is not one of [primary, fallback]")
                .doesNotContain("com.continuity");
    }

    @Test
    void aPageTooLargeForTheDependencyGridIsA400NotA500() {
        HttpResponse<String> r = admin.get("/api/v1/dependencies?limit=5000");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("limit within 1..1000");
    }

    @Test
    void providerParentsCannotBeMadeCircularOrLeftDanglingByEdits() {
        admin.post("/api/v1/providers", "application/json", "{\"key\":\"loop-a\",\"name\":\"A\"}");
        admin.post("/api/v1/providers", "application/json", "{\"key\":\"loop-b\",\"name\":\"B\",\"parent\":\"loop-a\"}");
        HttpResponse<String> loop = admin.put("/api/v1/providers/loop-a",
                "{\"key\":\"loop-a\",\"name\":\"A\",\"parent\":\"loop-b\",\"version\":1}");
        assertThat(loop.statusCode()).isEqualTo(422);
        assertThat(loop.body()).contains("\"path\":\"parent\"", "circle");
        HttpResponse<String> orphan = admin.delete("/api/v1/providers/loop-a?version=1");
        assertThat(orphan.statusCode()).isEqualTo(422);
        assertThat(orphan.body()).contains("parent of loop-b");
        assertThat(admin.post("/api/v1/portfolio", "application/yaml", admin.get("/api/v1/portfolio").body()).statusCode())
                .as("what the edits left still imports").isEqualTo(200);
    }

    @Test
    void aBadServiceOverRestNamesTheFieldAndStoresNothing() {
        HttpResponse<String> r = admin.post("/api/v1/services", "application/json", """
                {"key": "bad-one", "name": "Bad", "team": "customer-care", "tier": 0, "rtoMinutes": -1,
                 "dependencies": [{"key": "d", "name": "D", "paths": [{"key": "p", "role": "primary", "requires": ["nope"]}]}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"path\":\"tier\"", "\"path\":\"rtoMinutes\"",
                "\"path\":\"dependencies[0].paths[0].requires[0]\"");
        assertThat(admin.get("/api/v1/services/bad-one").statusCode()).isEqualTo(404);
    }
}
