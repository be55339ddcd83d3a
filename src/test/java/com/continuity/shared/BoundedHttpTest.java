package com.continuity.shared;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without the bound, the stalled exchanges would hang: the class timeout turns that into a failure. */
@Timeout(10)
class BoundedHttpTest {

    private static final Duration BOUND = Duration.ofMillis(500);

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 1000); // headers promise a body ...
            try (OutputStream body = exchange.getResponseBody()) {
                body.write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
                body.flush();
                release.await(); // ... that never comes while the test runs
            } catch (Exception e) {
                // the client went away
            }
        });
        server.createContext("/ok", exchange -> {
            byte[] bytes = "fine".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
                .timeout(BOUND).GET().build();
    }

    @Test
    void aServerThatSendsHeadersThenStallsTimesOutWithinTwiceTheBound() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> BoundedHttp.send(client, get("/stall"), HttpResponse.BodyHandlers.ofByteArray(), BOUND))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND.multipliedBy(2));
    }

    @Test
    void aDiscardedBodyIsBoundedToo() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> BoundedHttp.send(client, get("/stall"), HttpResponse.BodyHandlers.discarding(), BOUND))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND.multipliedBy(2));
    }

    @Test
    void aServerThatAnswersInTimeGivesItsBody() throws Exception {
        HttpResponse<String> response = BoundedHttp.send(client, get("/ok"), HttpResponse.BodyHandlers.ofString(), BOUND);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("fine");
    }
}
