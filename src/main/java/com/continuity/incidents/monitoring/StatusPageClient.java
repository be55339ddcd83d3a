package com.continuity.incidents.monitoring;

import com.continuity.shared.BoundedHttp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** GETs of a Statuspage v2 page's JSON with a timeout on each whole call (body included) and a size limit on each body. */
class StatusPageClient {

    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;

    StatusPageClient(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** {@code https://status.example.com} (or that with /api/v2...) and an endpoint name, e.g. summary.json. */
    static URI endpoint(String statusPage, String file) {
        String base = statusPage.strip();
        int api = base.indexOf("/api/v2");
        if (api >= 0) {
            base = base.substring(0, api);
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/api/v2/" + file);
    }

    byte[] get(URI uri) throws PageFailure {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .header("User-Agent", "continuity-status-monitor").GET().build();
        try {
            // bounded in total (the request's timeout bounds only the headers) and in size: a body over maxBytes
            // fails the call instead of filling the heap
            HttpResponse<byte[]> response = BoundedHttp.send(http, request,
                    HttpResponse.BodyHandlers.limiting(HttpResponse.BodyHandlers.ofByteArray(), maxBytes), timeout);
            if (response.statusCode() / 100 != 2) {
                throw new PageFailure(uri + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (HttpTimeoutException e) {
            throw new PageFailure(uri + " did not answer within " + timeout, e);
        } catch (IOException e) {
            throw new PageFailure(uri + " could not be reached or read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageFailure("interrupted while reading " + uri, e);
        }
    }
}
