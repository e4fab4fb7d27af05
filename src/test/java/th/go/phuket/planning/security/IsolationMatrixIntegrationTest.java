package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;

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

import th.go.phuket.planning.agency.AgencyBook;
import th.go.phuket.planning.security.MatrixReport.Cell;
import th.go.phuket.planning.security.RouteCases.Case;
import th.go.phuket.planning.security.RouteCases.Expectation;
import th.go.phuket.planning.security.RouteCatalog.Route;

/**
 * The isolation matrix (issue #11, item 4): every route of engine REST and of the app, read from the running app,
 * called by agency A against agency B's objects and by the anonymous caller ({@link MatrixCaller}). No answer may
 * hold B's data, no call may change anything (B's objects, or any row of the engine's and the product's tables), and
 * each answer must be what {@link IsolationRoutes} says ({@link MatrixChecker}). The table lands in
 * {@code target/isolation/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class IsolationMatrixIntegrationTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired AgencyBook agencyBook;
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
        pair.plantHearingComment(port);
        pair.plantContactOfB(agencyBook);
        try {
            runMatrix(pair, jdbc, started, cpuAtStart);
        } finally {
            pair.removeContactOfB(agencyBook);
        }
    }

    private void runMatrix(AgencyPair pair, JdbcTemplate jdbc, long started, long cpuAtStart) throws Exception {
        List<MatrixCaller> callers = MatrixCaller.all(port);
        MatrixReport report = new MatrixReport(callers.stream().map(MatrixCaller::name).toList());
        report.note("agency A (caller)", AgencyPair.AGENCY_A);
        report.note("agency B (owner)", AgencyPair.AGENCY_B + ", its open review task claimed, with variables, "
                + "comments, an attachment, an incident, an email that FAILED and a contact person in the directory, "
                + "in cycle " + pair.cycleId + "; B's letter " + pair.values.get("bLetter") + " of cycle "
                + pair.values.get("bCycle"));
        report.note("B's data looked for in every answer", pair.markers.size() + " markers (secret texts and ids)");
        DatabaseRows rows = new DatabaseRows(dataSource);
        List<String> changedB;
        try (QuietEngine quiet = QuietEngine.hold(engine, jdbc)) {
            List<String> atStart = StateOfB.describe(engine, pair);
            MatrixChecker checker = new MatrixChecker(engine, pair, rows);
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
                     List<MatrixCaller> callers, MatrixChecker checker, MatrixReport report) {
        for (Route route : routes) {
            Case line = RouteCases.classify(cases, route).orElseThrow(() -> new AssertionError("unclassified " + route));
            if (line.expectation() == Expectation.OUT) {
                continue;
            }
            MatrixRequest request = MatrixRequest.of(route, line, parameters, checker.pair().values);
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

    /** CPU time of this JVM (app and test together): on a shared, busy machine a fairer figure than wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
