package com.continuity.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Local Statuspage v2 sites (and health URLs, any other path) for tests: {@code http://localhost:<port>/<page>/api/v2/summary.json} and
 * {@code incidents.json}, each page scripted to serve payloads, an error status, no answer at all or garbage. Every
 * request is counted, per page, with its time.
 */
public final class StubStatusPages implements AutoCloseable {

    /** What a page answers now; a page that {@code stalls} answers nothing until the stub closes. */
    public record Answer(int status, byte[] summary, byte[] incidents, boolean stalls) {
    }

    private final HttpServer server;
    /** What the next poll of a page gets, as the test set it last. */
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    /**
     * What the poll under way gets: a poll asks summary.json, then incidents.json, and a test switching the page
     * between the two would hand it half of each. A page switches at its next request for anything but
     * incidents.json, so each poll sees one version of the page.
     */
    private final Map<String, Answer> current = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> requests = new ConcurrentHashMap<>();
    /** Holds stalled answers until the stub closes: the client's own timeout is what the tests watch. */
    private final CountDownLatch closed = new CountDownLatch(1);

    public StubStatusPages() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String page) {
        return "http://localhost:" + server.getAddress().getPort() + "/" + page;
    }

    public void serve(String page, byte[] summary, byte[] incidents) {
        answers.put(page, new Answer(200, summary, incidents, false));
    }

    public void serveResources(String page, String summaryResource, String incidentsResource) {
        serve(page, resource(summaryResource), resource(incidentsResource));
    }

    public void fail(String page, int status) {
        answers.put(page, new Answer(status, null, null, false));
    }

    /** The page takes requests and never answers them while the test runs. */
    public void stall(String page, byte[] summary, byte[] incidents) {
        answers.put(page, new Answer(200, summary, incidents, true));
    }

    /** Requests to the page so far (either file). */
    public int requests(String page) {
        return requests.getOrDefault(page, List.of()).size();
    }

    /** The times (System.nanoTime) of the page's requests. */
    public List<Long> requestTimes(String page) {
        return List.copyOf(requests.getOrDefault(page, List.of()));
    }

    public static byte[] resource(String name) {
        try (InputStream in = StubStatusPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            String page = parts.length > 1 ? parts[1] : "";
            String file = parts[parts.length - 1];
            requests.computeIfAbsent(page, p -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
            Answer next = answers.get(page);
            Answer answer = file.equals("incidents.json") && current.containsKey(page) ? current.get(page) : next;
            if (answer != null) {
                current.put(page, answer);
            }
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (answer.stalls()) {
                try {
                    closed.await();
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = file.equals("summary.json") ? answer.summary()
                    : file.equals("incidents.json") ? answer.incidents() : "{\"status\": \"ok\"}".getBytes();
            if (answer.status() != 200 || body == null) {
                exchange.sendResponseHeaders(answer.status() == 200 ? 404 : answer.status(), -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
