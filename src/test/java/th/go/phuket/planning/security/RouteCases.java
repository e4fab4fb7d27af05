package th.go.phuket.planning.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.phuket.planning.security.RouteCatalog.Route;

/**
 * Reads the classification tables of {@link IsolationRoutes}: a line {@code METHOD PATH EXPECTATION [REQUEST]} per
 * route or pattern, the first matching line wins. In a path {@code *} stands for one segment and {@code **} for
 * any number; in a request {@code $name} is a value of the {@link AgencyPair} and {@code @param=$name} gives a path
 * parameter a value other than its default. A {@code PUBLIC} line may name the product tables its request is meant to
 * add rows to ({@code writes=pc_hearing_comment}): a citizen's comment is the route's purpose, not a change to B.
 */
final class RouteCases {

    /** What agency A must get, and (derived) the anonymous caller. */
    enum Expectation {
        /** A: refused (any 4xx); anonymous: 401 (APIs) or the login page (pages). */
        DENIED,
        /** A: any answer below 500 (a filtered list, a refusal, nothing found); anonymous: as for DENIED. */
        SAFE,
        /** Everybody, the anonymous caller too: any answer below 500. */
        PUBLIC,
        /** Not in the matrix; the rest of the line says why. */
        OUT
    }

    /** One line of a table. */
    record Case(String method, String pattern, Expectation expectation, Map<String, String> pathValues,
                Set<String> writes, String request, int line) {

        boolean matches(Route route) {
            return ("*".equals(method) || method.equals(route.method())) && matchesPath(pattern, route.path());
        }

        @Override
        public String toString() {
            return method + " " + pattern + " " + expectation
                    + (writes.isEmpty() ? "" : " writes=" + String.join(",", new java.util.TreeSet<>(writes)))
                    + (request.isEmpty() ? "" : " " + request);
        }
    }

    private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(DENIED|SAFE|PUBLIC|OUT)\\b\\s*(.*)");
    private static final Pattern PATH_VALUE = Pattern.compile("@(\\w+)=(\\S+)\\s*");
    private static final Pattern WRITES = Pattern.compile("writes=(\\S+)\\s*");

    private RouteCases() {
    }

    static List<Case> parse(String table) {
        List<Case> cases = new ArrayList<>();
        String[] lines = table.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Line " + (i + 1) + " is not METHOD PATH EXPECTATION [REQUEST]: "
                        + line);
            }
            String rest = matcher.group(4).strip();
            Map<String, String> pathValues = new HashMap<>();
            Matcher value = PATH_VALUE.matcher(rest);
            while (value.lookingAt()) {
                pathValues.put(value.group(1), value.group(2));
                rest = rest.substring(value.end());
                value = PATH_VALUE.matcher(rest);
            }
            Set<String> writes = Set.of();
            Matcher written = WRITES.matcher(rest);
            if (written.lookingAt()) {
                writes = Set.of(written.group(1).toUpperCase(Locale.ROOT).split(","));
                rest = rest.substring(written.end());
            }
            Expectation expectation = Expectation.valueOf(matcher.group(3));
            if (!writes.isEmpty() && expectation != Expectation.PUBLIC) {
                throw new IllegalArgumentException("Line " + (i + 1) + ": only a PUBLIC route may write: " + line);
            }
            cases.add(new Case(matcher.group(1), matcher.group(2), expectation, Map.copyOf(pathValues), writes, rest,
                    i + 1));
        }
        return List.copyOf(cases);
    }

    static Optional<Case> classify(List<Case> cases, Route route) {
        return cases.stream().filter(candidate -> candidate.matches(route)).findFirst();
    }

    static boolean matchesPath(String pattern, String path) {
        return matchSegments(segments(pattern), 0, segments(path), 0);
    }

    private static boolean matchSegments(String[] pattern, int p, String[] path, int s) {
        if (p == pattern.length) {
            return s == path.length;
        }
        if ("**".equals(pattern[p])) {
            for (int rest = s; rest <= path.length; rest++) {
                if (matchSegments(pattern, p + 1, path, rest)) {
                    return true;
                }
            }
            return false;
        }
        return s < path.length && segmentMatches(pattern[p], path[s]) && matchSegments(pattern, p + 1, path, s + 1);
    }

    /** {@code *} inside a segment stands for any text, e.g. {@code modification*} or {@code case-*}. */
    private static boolean segmentMatches(String pattern, String segment) {
        if (!pattern.contains("*")) {
            return pattern.equals(segment);
        }
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .reduce((left, right) -> left + ".*" + right).orElse("");
        return segment.matches(regex);
    }

    /**
     * The value of each path parameter of {@code route}: the longest line of {@code table} ({@code PATH NAME}) whose
     * path starts the route and ends in the parameter names its value; a line {@code {param} NAME} is the fallback
     * for a parameter wherever it appears. Unknown parameters fail, naming the route.
     */
    static Map<Integer, String> parameterValues(String table, Route route, Map<String, String> overrides) {
        String[] segments = segments(route.path());
        Map<Integer, String> found = new HashMap<>();
        List<String[]> entries = new ArrayList<>();
        for (String line : table.split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2 && !parts[0].startsWith("#")) {
                entries.add(parts);
            }
        }
        entries.sort(Comparator.comparingInt(entry -> segments(entry[0]).length));
        for (int i = 0; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            // a parameter may carry a fixed ending in its segment ({letterId}.docx): the value gets the ending too
            int close = segments[i].indexOf('}');
            String parameter = segments[i].substring(0, close + 1);
            String name = parameter.substring(1, parameter.length() - 1);
            String ending = segments[i].substring(close + 1);
            if (overrides.containsKey(name)) {
                found.put(i, overrides.get(name) + ending);
                continue;
            }
            for (String[] entry : entries) {
                String[] prefix = segments(entry[0]);
                boolean fallback = prefix.length == 1 && prefix[0].equals(parameter);
                boolean startsRoute = prefix.length == i + 1
                        && Arrays.equals(prefix, Arrays.copyOfRange(segments, 0, i + 1));
                if (fallback && !found.containsKey(i) || startsRoute) {
                    found.put(i, "$" + entry[1] + ending);
                }
            }
            if (!found.containsKey(i)) {
                throw new IllegalStateException("No value for " + segments[i] + " in " + route
                        + ": add a line to IsolationRoutes' parameter table");
            }
        }
        return found;
    }

    static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
