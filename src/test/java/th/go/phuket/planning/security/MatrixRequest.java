package th.go.phuket.planning.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.phuket.planning.security.RouteCatalog.Route;

/**
 * One request of the matrix: a route with its path parameters filled from the {@link AgencyPair} and the body or
 * query of its classification line. Multipart bodies carry a small text file written by agency A; {@code form:}
 * bodies are what a page's plain form posts.
 */
record MatrixRequest(String method, String path, String body, String contentType) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\w+)");
    static final String BOUNDARY = "isolation-boundary-7d1f";

    static MatrixRequest of(Route route, RouteCases.Case line, String parameters, Map<String, String> values) {
        String[] segments = RouteCases.segments(route.path());
        Map<Integer, String> parameterValues = RouteCases.parameterValues(parameters, route, line.pathValues());
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = parameterValues.containsKey(i)
                    ? URLEncoder.encode(fill(parameterValues.get(i), values), StandardCharsets.UTF_8) : segments[i];
            path.append('/').append(segment);
        }
        if (path.isEmpty()) {
            path.append('/');
        }
        String request = line.request();
        if (request.startsWith("?")) {
            return new MatrixRequest(route.method(), path + query(request, values), null, null);
        }
        if (request.startsWith("{") || request.startsWith("[")) {
            return new MatrixRequest(route.method(), path.toString(), fill(request, values), "application/json");
        }
        if (request.startsWith("form:")) {
            return new MatrixRequest(route.method(), path.toString(), form(request.substring(5), values),
                    "application/x-www-form-urlencoded");
        }
        if (request.startsWith("multipart:")) {
            return new MatrixRequest(route.method(), path.toString(), multipart(request.substring(10).split(",")),
                    "multipart/form-data; boundary=" + BOUNDARY);
        }
        if (!request.isEmpty()) {
            throw new IllegalArgumentException("Line " + line.line() + ": a request is ?query, JSON, form: or multipart:");
        }
        return new MatrixRequest(route.method(), path.toString(), null, null);
    }

    /** Whether {@code text} was part of what the caller sent (an id the caller sent back is no leak). */
    boolean sent(String text) {
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
        return path.contains(text) || path.contains(encoded)
                || body != null && (body.contains(text) || body.contains(encoded));
    }

    /** A plain HTML form's body ({@code form:name=value&…}, values as typed, encoded here). */
    private static String form(String fields, Map<String, String> values) {
        return query("?" + fields, values).substring(1);
    }

    private static String query(String request, Map<String, String> values) {
        StringBuilder query = new StringBuilder("?");
        for (String pair : request.substring(1).split("&")) {
            int equals = pair.indexOf('=');
            if (query.length() > 1) {
                query.append('&');
            }
            query.append(pair, 0, equals + 1)
                    .append(URLEncoder.encode(fill(pair.substring(equals + 1), values), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value $" + matcher.group(1) + " in " + text);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    private static String multipart(String[] fields) {
        StringBuilder body = new StringBuilder();
        for (String field : fields) {
            body.append("--").append(BOUNDARY).append("\r\n");
            boolean file = field.equals("data") || field.equals("content") || field.equals("file");
            body.append("Content-Disposition: form-data; name=\"").append(field).append('"')
                    .append(file ? "; filename=\"by-a.txt\"" : "").append("\r\n");
            body.append(file ? "Content-Type: text/plain\r\n" : "").append("\r\n");
            body.append(field.endsWith("-type") ? "text/plain" : "ข้อมูลที่ A ส่ง").append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }
}
