package com.continuity.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A local webhook endpoint that keeps what it receives; it can be told to fail the next few calls. */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String path, String eventId, String event, String signature, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                var h = exchange.getRequestHeaders();
                received.add(new Received(exchange.getRequestURI().getPath(), h.getFirst("X-Continuity-Event-Id"),
                        h.getFirst("X-Continuity-Event"), h.getFirst("X-Continuity-Signature"), body));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void failNext(int calls) {
        failNext.set(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
