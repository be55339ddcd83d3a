package com.continuity.shared;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An HTTP exchange bounded in total. The JDK's {@code HttpRequest.timeout} only bounds the wait for the headers: a
 * server that sends them and then stalls the body would hold the caller forever. Here the whole exchange, body
 * included, must finish within {@code total}, or it is cancelled and fails with an {@link HttpTimeoutException}.
 * The body handler must read the whole body (ofByteArray, discarding, ...), not hand out a stream to read later.
 */
public final class BoundedHttp {

    private BoundedHttp() {
    }

    public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request,
                                           HttpResponse.BodyHandler<T> handler, Duration total)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<T>> future = client.sendAsync(request, handler);
        try {
            return future.orTimeout(total.toNanos(), TimeUnit.NANOSECONDS).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TimeoutException) {
                future.cancel(true);
                throw new HttpTimeoutException("no complete answer within " + total);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        } catch (CancellationException e) {
            throw new HttpTimeoutException("cancelled before a complete answer");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }
}
