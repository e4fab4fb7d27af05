package th.go.phuket.planning.hearing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 from a chosen loopback address (127.0.0.x): the socket is bound before it connects, so the app sees that
 * address as the TCP peer, as it would see different people. Java's HttpClient cannot bind a local address.
 */
public final class LoopbackHttp {

    /** A response: status, headers (lower-case names), the body as text and as bytes. */
    public record Response(int status, Map<String, String> headers, String body, byte[] bodyBytes) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String from;
    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private LoopbackHttp(String from, int port) {
        this.from = from;
        this.port = port;
    }

    /** Requests from {@code from} (e.g. {@code 127.0.0.23}) to the app on {@code port}. */
    public static LoopbackHttp from(String from, int port) {
        return new LoopbackHttp(from, port);
    }

    public LoopbackHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response postJson(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Response putJson(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Response postForm(String path, String form) {
        return send("POST", path, form, "application/x-www-form-urlencoded");
    }

    public Response send(String method, String path, String body, String contentType) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\nAccept: application/json, text/html;q=0.9\r\n");
        if (!headers.containsKey("Cache-Control")) {
            // the public pages are micro-cached for a second; a test reads what it just wrote
            head.append("Cache-Control: no-cache\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("; charset=UTF-8\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " from " + from, e);
        }
    }

    static Response read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String raw = new String(all, StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8), body);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
