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
    private final List<Received> refused = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, AtomicInteger> failNext = new java.util.concurrent.ConcurrentHashMap<>();

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
                var h = exchange.getRequestHeaders();
                Received r = new Received(exchange.getRequestURI().getPath(), h.getFirst("X-Continuity-Event-Id"),
                        h.getFirst("X-Continuity-Event"), h.getFirst("X-Continuity-Signature"), body);
                AtomicInteger fail = failNext.get(r.path());
                if (fail != null && fail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    refused.add(r);
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                received.add(r);
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

    /** The calls to {@code path} answered 500 because of {@link #failNext}. */
    public List<Received> refused(String path) {
        return refused.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Answers the next {@code calls} calls to {@code path} with 500. */
    public void failNext(String path, int calls) {
        failNext.put(path, new AtomicInteger(calls));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
