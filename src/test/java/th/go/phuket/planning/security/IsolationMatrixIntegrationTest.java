package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import th.go.phuket.planning.security.MatrixReport.Cell;
import th.go.phuket.planning.security.RouteCases.Case;
import th.go.phuket.planning.security.RouteCases.Expectation;
import th.go.phuket.planning.security.RouteCatalog.Route;

/**
 * The isolation matrix (issue #11, item 4): every route of engine REST and of the app, read from the running app,
 * called by agency A against agency B's objects and by the anonymous caller. No answer may hold B's data, no call
 * may change anything (B's objects, or any row of the engine's and the product's tables), no answer may be a 5xx,
 * and each answer must be what {@link IsolationRoutes} says. The table lands in {@code target/isolation/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class IsolationMatrixIntegrationTest {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired DataSource dataSource;
    @Autowired CamundaJerseyResourceConfig engineRest;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc;

    @Test
    void everyRouteOfTheRunningAppIsClassifiedAndEveryLineStillMatchesARoute() {
        List<String> unclassified = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        check(RouteCatalog.engineRest(engineRest.getClasses()), IsolationRoutes.engineCases(), "ENGINE", unclassified,
                stale);
        check(RouteCatalog.app(mvc), IsolationRoutes.appCases(), "APP", unclassified, stale);
        assertThat(unclassified).as("routes without a line in IsolationRoutes; add one, e.g. "
                + "`GET     /api/letters/{letterId}.docx     DENIED`").isEmpty();
        assertThat(stale).as("lines of IsolationRoutes that match no route any more").isEmpty();
    }

    private static void check(Set<Route> routes, List<Case> cases, String table, List<String> unclassified,
                              List<String> stale) {
        routes.stream().filter(route -> RouteCases.classify(cases, route).isEmpty())
                .forEach(route -> unclassified.add(table + ": " + route));
        cases.stream().filter(line -> routes.stream().noneMatch(line::matches))
                .forEach(line -> stale.add(table + " line " + line.line() + ": " + line));
    }

    @Test
    void agencyANeitherSeesNorChangesAnythingOfAgencyBThroughAnyRoute() throws Exception {
        long started = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        AgencyPair pair = AgencyPair.start(engine);
        List<MatrixCaller> callers = MatrixCaller.all(port);
        MatrixReport report = new MatrixReport(callers.stream().map(MatrixCaller::name).toList());
        report.note("agency A (caller)", AgencyPair.AGENCY_A);
        report.note("agency B (owner)", AgencyPair.AGENCY_B + ", its open review task claimed, with variables, "
                + "comments, an attachment and an incident in cycle " + pair.cycleId);
        report.note("B's data looked for in every answer", pair.markers.size() + " markers (secret texts and ids)");
        DatabaseRows rows = new DatabaseRows(dataSource);
        List<String> changedB;
        try (QuietEngine quiet = QuietEngine.hold(engine, jdbc)) {
            List<String> atStart = StateOfB.describe(engine, pair);
            Checker checker = new Checker(pair, rows);
            run(RouteCatalog.engineRest(engineRest.getClasses()), IsolationRoutes.engineCases(),
                    IsolationRoutes.ENGINE_PARAMETERS, true, callers, checker, report);
            run(RouteCatalog.app(mvc), IsolationRoutes.appCases(), IsolationRoutes.APP_PARAMETERS, false, callers,
                    checker, report);
            changedB = checker.changedSinceStart(atStart);
            report.note("answers of 500 or more (⚠, not leaks)", String.valueOf(checker.serverErrors));
            report.note("time in calls / in checks of the tables", String.format("%.1f s / %.1f s",
                    checker.callNanos / 1e9, checker.checkNanos / 1e9));
        }
        report.note("B's objects at the end", changedB.isEmpty() ? "as at the start" : "CHANGED " + changedB);
        report.note("time", String.format("%.1f s (CPU time of the JVM, app and test: %.1f s)",
                (System.nanoTime() - started) / 1e9, (processCpuNanos() - cpuAtStart) / 1e9));
        var written = report.write();
        assertThat(report.calls()).as("calls made").isGreaterThan(1000);
        assertThat(report.problems()).as("see " + written.toAbsolutePath()).isEmpty();
        assertThat(changedB).as("B's objects after the whole run").isEmpty();
    }

    private void run(Set<Route> routes, List<Case> cases, String parameters, boolean engineRoutes,
                     List<MatrixCaller> callers, Checker checker, MatrixReport report) {
        for (Route route : routes) {
            Case line = RouteCases.classify(cases, route).orElseThrow(() -> new AssertionError("unclassified " + route));
            if (line.expectation() == Expectation.OUT) {
                continue;
            }
            MatrixRequest request = MatrixRequest.of(route, line, parameters, checker.pair.values);
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (MatrixCaller caller : callers) {
                boolean reaches = engineRoutes || caller.callsAppRoutes();
                cells.put(caller.name(), reaches ? checker.call(caller, request, line, engineRoutes) : null);
            }
            report.add(new MatrixReport.Row(family(route, engineRoutes), route, line, cells));
        }
    }

    private static String family(Route route, boolean engineRoute) {
        String[] segments = RouteCases.segments(route.path());
        if (!engineRoute) {
            return segments.length > 1 && segments[0].equals("api") ? "/api/" + segments[1] : "page";
        }
        return segments[0].equals("history") && segments.length > 1 ? "history/" + segments[1] : segments[0];
    }

    /**
     * Calls one route as one caller and judges the answer: B's data in it is a leak; a changed figure of any table
     * is a change (then B's objects are described again, to say what changed); an answer the line does not expect
     * is a problem too. An answer of 500 or more is shown with ⚠ (not a leak: the engine's own refusal of a request
     * it cannot serve, e.g. deleting a task that belongs to a process).
     */
    private final class Checker {

        private final AgencyPair pair;
        private final DatabaseRows rows;
        private List<String> stateOfB;
        private Map<String, String> figures;
        int serverErrors;
        long callNanos;
        long checkNanos;

        Checker(AgencyPair pair, DatabaseRows rows) {
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
            changes(problems);
            checkNanos += System.nanoTime() - start;
            if (status >= 500) {
                serverErrors++;
            }
            String text = problems.isEmpty() ? status + (status >= 500 ? " ⚠" : " ✓")
                    : status + " " + String.join("; ", problems);
            return new Cell(status, text, problems);
        }

        /** B's objects at the end of the run, compared with the start. */
        List<String> changedSinceStart(List<String> atStart) {
            return StateOfB.describe(engine, pair).stream().filter(line -> !atStart.contains(line)).toList();
        }

        private void changes(List<String> problems) {
            Map<String, String> now = rows.count();
            List<String> changedRows = DatabaseRows.differences(figures, now);
            if (changedRows.isEmpty()) {
                return;
            }
            problems.add("CHANGED rows: " + changedRows);
            List<String> nowB = StateOfB.describe(engine, pair);
            List<String> changedB = nowB.stream().filter(lineOfB -> !stateOfB.contains(lineOfB)).toList();
            if (!changedB.isEmpty()) {
                problems.add("CHANGED B: " + changedB);
            }
            // a change is reported once, against the call that made it
            stateOfB = nowB;
            figures = now;
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
    }

    /** CPU time of this JVM (app and test together): on a shared, busy machine a fairer figure than wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
