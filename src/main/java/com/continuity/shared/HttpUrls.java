package com.continuity.shared;

import java.net.URI;
import java.util.Optional;

/** The one check of a URL the app will call (webhooks, probes): absolute http or https, with a host. */
public final class HttpUrls {

    private HttpUrls() {
    }

    /** The error for {@code field} when {@code url} is not an absolute http(s) URL with a host; null-safe. */
    public static Optional<FieldError> check(String field, String url) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        boolean ok = uri != null && uri.getHost() != null
                && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        return ok ? Optional.empty() : Optional.of(new FieldError(field, "an http or https URL is required"));
    }
}
