package th.go.phuket.planning.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

import th.go.phuket.planning.security.MatrixReport.Cell;
import th.go.phuket.planning.security.RouteCases.Case;
import th.go.phuket.planning.security.RouteCases.Expectation;

/**
 * Calls one route as one caller and judges the answer: B's data in it is a leak; a changed figure of any table
 * is a change (then B's objects are described again, to say what changed); an answer the line does not expect
 * is a problem too. An answer of 500 or more is shown with ⚠ (not a leak: the engine's own refusal of a request
 * it cannot serve, e.g. deleting a task that belongs to a process).
 */
final class MatrixChecker {

    private final ProcessEngine engine;
    private final AgencyPair pair;
    private final DatabaseRows rows;
    private List<String> stateOfB;
    private Map<String, String> figures;
    int serverErrors;
    long callNanos;
    long checkNanos;

    MatrixChecker(ProcessEngine engine, AgencyPair pair, DatabaseRows rows) {
        this.engine = engine;
        this.pair = pair;
        this.rows = rows;
        this.stateOfB = StateOfB.describe(engine, pair);
        this.figures = rows.count();
    }

    Cell call(MatrixCaller caller, MatrixRequest request, Case line, boolean engineRoute) {
        long start = System.nanoTime();
        HttpResponse<String> response = caller.send(request, engineRoute);
        callNanos += System.nanoTime() - start;
        int status = response.statusCode();
        List<String> problems = new ArrayList<>();
        String answer = response.headers().map() + "\n" + response.body();
        List<String> leaked = pair.markers.entrySet().stream()
                .filter(marker -> !request.sent(marker.getValue()) && answer.contains(marker.getValue()))
                .map(Map.Entry::getKey).toList();
        if (!leaked.isEmpty()) {
            problems.add("LEAK of " + leaked + " in " + status + " " + shorten(response.body()));
        }
        if (!expected(caller, line.expectation(), status, response, engineRoute, request)) {
            problems.add("UNEXPECTED " + status + " for " + line.expectation() + ": " + shorten(response.body()));
        }
        start = System.nanoTime();
        List<String> intended = changes(problems, line);
        checkNanos += System.nanoTime() - start;
        if (status >= 500) {
            serverErrors++;
        }
        String text = problems.isEmpty() ? status + (status >= 500 ? " ⚠" : " ✓")
                : status + " " + String.join("; ", problems);
        if (!intended.isEmpty()) {
            text += " (wrote " + String.join(", ", intended) + ")";
        }
        return new Cell(status, text, problems);
    }

    AgencyPair pair() {
        return pair;
    }

    /** B's objects at the end of the run, compared with the start. */
    List<String> changedSinceStart(List<String> atStart) {
        return StateOfB.describe(engine, pair).stream().filter(line -> !atStart.contains(line)).toList();
    }

    /**
     * Adds the changed figures to {@code problems}, except rows added to a table the line says the route writes (a
     * citizen's comment); returns those.
     */
    private List<String> changes(List<String> problems, Case line) {
        Map<String, String> now = rows.count();
        List<String> changedRows = DatabaseRows.differences(figures, now);
        if (changedRows.isEmpty()) {
            return List.of();
        }
        List<String> intended = changedRows.stream().filter(change -> added(change, line)).toList();
        if (intended.size() < changedRows.size()) {
            problems.add("CHANGED rows: " + changedRows);
        }
        List<String> nowB = StateOfB.describe(engine, pair);
        List<String> changedB = nowB.stream().filter(lineOfB -> !stateOfB.contains(lineOfB)).toList();
        if (!changedB.isEmpty()) {
            problems.add("CHANGED B: " + changedB);
        }
        // a change is reported once, against the call that made it
        stateOfB = nowB;
        figures = now;
        return intended.size() < changedRows.size() ? List.of() : intended;
    }

    /** {@code PC_HEARING_COMMENT 3/0→4/0}: more rows, same revisions, in a table the line names. */
    private static boolean added(String change, Case line) {
        String[] parts = change.split(" ", 2);
        String[] counts = parts[1].split("→");
        String[] before = counts[0].split("/");
        String[] after = counts[1].split("/");
        return line.writes().contains(parts[0].toUpperCase(java.util.Locale.ROOT))
                && Long.parseLong(after[0]) > Long.parseLong(before[0]) && before[1].equals(after[1]);
    }

    private boolean expected(MatrixCaller caller, Expectation expectation, int status,
                             HttpResponse<String> response, boolean engineRoute, MatrixRequest request) {
        if (expectation == Expectation.PUBLIC) {
            return true;
        }
        if (caller.anonymous()) {
            boolean page = !engineRoute && !request.path().startsWith("/api/");
            return page ? status == 302 && response.headers().firstValue("Location").orElse("")
                    .endsWith(ApiAuthenticationFilter.LOGIN_PAGE) : status == 401;
        }
        return expectation == Expectation.SAFE || status >= 400;
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
