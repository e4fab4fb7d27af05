package th.go.phuket.planning.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the security tests: HTTP Basic or a cookie session, JSON bodies, any header. */
final class RestClient {

    private final String base;
    private final HttpClient client;
    private String user;
    private String password;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private CookieManager cookies;

    private RestClient(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    static RestClient anonymous(int port) {
        return new RestClient("http://localhost:" + port, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** Keeps cookies between requests, as a browser does. */
    static RestClient withCookies(int port) {
        CookieManager cookies = new CookieManager();
        RestClient rest = new RestClient("http://localhost:" + port, HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build());
        rest.cookies = cookies;
        return rest;
    }

    /** The value of a cookie this client holds. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("no cookie " + name));
    }

    static RestClient as(int port, String user, String password) {
        RestClient rest = anonymous(port);
        rest.user = user;
        rest.password = password;
        return rest;
    }

    RestClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    HttpResponse<String> postForm(String path, String form) {
        return send("POST", path, form, "application/x-www-form-urlencoded");
    }

    HttpResponse<String> send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json, text/html;q=0.9");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        headers.forEach(request::setHeader);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
