package com.continuity.support;

import com.continuity.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the REST API, logged in as one user with HTTP Basic. */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-secret-1";
    public static final String PASSWORD = "password-1";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api as(int port, String username, String password) {
        return new Api("http://localhost:" + port, username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api admin(int port) {
        return as(port, "admin", ADMIN_PASSWORD);
    }

    public static Api anonymous(int port) {
        return as(port, null, null);
    }

    /** Creates (once) a user with this role and teams; the password is {@link #PASSWORD}. */
    public static void ensureUser(JdbcClient jdbc, String username, Role role, String... teams) {
        jdbc.sql("insert into app_user (username, password_hash, role) values (?, ?, ?) on conflict (username) do nothing")
                .params(username, new BCryptPasswordEncoder(4).encode(PASSWORD), role.name()).update();
        for (String team : teams) {
            jdbc.sql("""
                    insert into user_team (user_id, team_id)
                    select u.id, t.id from app_user u, team t where u.username = ? and t.key = ?
                    on conflict do nothing""").params(username, team).update();
        }
    }

    /** Puts the sample portfolio back, for tests that replace the inventory: other test classes expect it. */
    public static void restoreSample(int port) {
        try (var in = Api.class.getResourceAsStream("/sample/portfolio.yaml")) {
            HttpResponse<String> r = admin(port).post("/api/v1/portfolio", "application/yaml", in.readAllBytes());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("could not restore the sample: " + r.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET whose body stays bytes, such as a PDF. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> put(String path, String json) {
        return put(path, "application/json", json);
    }

    public HttpResponse<String> put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request.build(), body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
