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
                Arguments.of("malformed YAML", HEADER + "services:\n  - key: [unclosed\n", "$", 16, ""));
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
