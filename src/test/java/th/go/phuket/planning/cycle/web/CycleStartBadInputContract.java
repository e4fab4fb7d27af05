package th.go.phuket.planning.cycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input to {@code POST /api/cycles}: each bad value gets its own Thai and English error, and the database is
 * exactly as before (no cycle row, no process instance, not even in history). Runs on H2 and on PostgreSQL.
 */
public abstract class CycleStartBadInputContract {

    @LocalServerPort protected int port;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;

    /** A user of the strategy office, who may start cycles. */
    protected abstract String officeUser();

    protected abstract String officePassword();

    @Test
    void unknownAgencyIsRefused() {
        assertRefused("{\"cycleId\":\"bad-agency\",\"agencies\":\"pkt_public_health,pkt_nowhere\"}", 400,
                "agencies", "pkt_nowhere", "ไม่พบหน่วยงาน", "unknown agency");
    }

    @Test
    void impossibleDateIsRefused() {
        assertRefused("{\"cycleId\":\"bad-date\",\"proposalsDue\":\"2018-02-30\"}", 400,
                "proposalsDue", "2018-02-30", "ไม่ถูกต้อง", "real date");
    }

    @Test
    void malformedDateIsRefused() {
        assertRefused("{\"cycleId\":\"bad-format\",\"hearingDate\":\"13/09/2018\"}", 400,
                "hearingDate", "yyyy-MM-dd");
    }

    @Test
    void deadlineBeforeTheProposalsDateIsRefused() {
        assertRefused("{\"cycleId\":\"bad-order\",\"proposalsDue\":\"2018-08-31\",\"hearingDate\":\"2018-08-20\","
                + "\"committeeDate\":\"2018-08-21\",\"submissionDeadline\":\"2018-08-22\"}", 400,
                "hearingDate", "ต้องไม่ก่อน", "must not be before");
    }

    @Test
    void oversizedTextIsRefused() {
        String huge = "ภ".repeat(5_000);
        assertRefused("{\"cycleId\":\"bad-size\",\"province\":\"" + huge + "\"}", 400,
                "province", "ยาวเกิน", "longer than");
    }

    @Test
    void markupInTextIsRefused() {
        assertRefused("{\"cycleId\":\"bad-markup\",\"province\":\"<script>alert(1)</script>\"}", 400,
                "province", "< หรือ >", "must not contain");
    }

    @Test
    void unknownFieldsAndBrokenJsonAreRefused() {
        assertRefused("{\"cycleId\":\"bad-field\",\"budget\":1}", 400, "budget", "ไม่รู้จัก", "unknown field");
        assertRefused("{\"cycleId\":", 400, "JSON");
    }

    @Test
    void aSecondStartOfTheSameCycleIsAConflict() {
        String body = "{\"cycleId\":\"twice-" + Long.toString(System.nanoTime(), 36) + "\",\"agencies\":\"pkt_public_health\"}";
        HttpResponse<String> first = post(body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertRefused(body, 409, "cycleId", "มีอยู่แล้ว", "already exists");
    }

    private void assertRefused(String body, int status, String... expectedTexts) {
        long cycles = count("select count(*) from pc_cycle");
        long instances = runtimeService.createProcessInstanceQuery().count();
        long history = historyService.createHistoricProcessInstanceQuery().count();
        long variables = historyService.createHistoricVariableInstanceQuery().count();

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("json");
        assertThat(response.body()).contains(expectedTexts);
        assertThat(count("select count(*) from pc_cycle")).as("cycle rows").isEqualTo(cycles);
        assertThat(runtimeService.createProcessInstanceQuery().count()).as("instances").isEqualTo(instances);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).as("history").isEqualTo(history);
        assertThat(historyService.createHistoricVariableInstanceQuery().count()).as("variables").isEqualTo(variables);
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    HttpResponse<String> post(String body) {
        String credentials = officeUser() + ":" + officePassword();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cycles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
