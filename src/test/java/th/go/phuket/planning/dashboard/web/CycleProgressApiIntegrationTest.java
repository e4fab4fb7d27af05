package th.go.phuket.planning.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * The progress API and its exports over HTTP, on a cycle of its own beside the demo cycle. Sends the manager's
 * HTTP Basic credentials, as programs do once {@code /api/**} requires them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CycleProgressApiIntegrationTest {

    private static final String CYCLE = "phuket-export-test";
    private static final List<String> AGENCIES = List.of("pkt_public_health", "dist_mueang_phuket", "lao_ppao",
            "pkt_tourism_sports");
    private static final List<String> THAI_HEADERS = List.of("ลำดับ", "รหัสหน่วยงาน", "หน่วยงาน", "ประเภทหน่วยงาน",
            "สถานะ", "กำหนดส่ง", "วันที่ส่ง", "เลยกำหนด (วัน)", "เลยกำหนด (วันทำการ)", "ส่งกลับแก้ไข (ครั้ง)");

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RehearsalClock clock;

    @BeforeEach
    void cycleWithOneAgencyLateAndOneHandedIn() {
        clock.moveTo(OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant());
        if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(CYCLE).count() == 0) {
            runtimeService.startProcessInstanceByKey(CycleProcess.KEY, CYCLE,
                    Map.of(CycleProcess.VAR_AGENCIES, String.join(",", AGENCIES)));
            taskService.complete(task(CycleProcess.TASK_PREPARE_DRAFT), CycleWalk.goodValues(
                    CycleProcess.TASK_PREPARE_DRAFT));
            String review = taskService.createTaskQuery().processInstanceBusinessKey(CYCLE)
                    .taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW)
                    .processVariableValueEquals(ContributionProcess.VAR_AGENCY_ID, "lao_ppao").singleResult().getId();
            taskService.complete(review, CycleWalk.goodValues(ContributionProcess.TASK_AGENCY_REVIEW));
        }
        clock.moveTo(OffsetDateTime.parse("2018-09-03T10:00:00+07:00").toInstant());
    }

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void cyclesListsTheDemoCycleAndThisOneWithTheirPhases() {
        ResponseEntity<List> cycles = api().getForEntity("/api/cycles", List.class);

        assertThat(cycles.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> body = cycles.getBody();
        Map<String, Object> demo = body.stream().filter(cycle -> "phuket-2563".equals(cycle.get("cycleId")))
                .findFirst().orElseThrow();
        Map<String, Object> mine = body.stream().filter(cycle -> CYCLE.equals(cycle.get("cycleId")))
                .findFirst().orElseThrow();
        assertThat(((Map<?, ?>) mine.get("phase")).get("key")).isEqualTo("agency_contributions");
        assertThat(((Map<?, ?>) mine.get("phase")).get("nameTh")).isEqualTo("หน่วยงานทบทวนแผน");
        assertThat(mine.get("status")).isEqualTo("running");
        assertThat(demo.get("title")).asString().contains("ภูเก็ต");
    }

    @Test
    void progressNamesTheLateAgenciesWithTheirDueDateInBuddhistEra() {
        Map<String, Object> progress = api().getForObject("/api/cycles/" + CYCLE + "/progress", Map.class);

        assertThat(progress.get("counts")).isEqualTo(Map.of("open", 0, "returned", 0, "overdue", 3, "submitted", 1,
                "accepted", 0, "pending", 0, "cancelled", 0, "total", 4));
        List<Map<String, Object>> agencies = (List<Map<String, Object>>) progress.get("agencies");
        Map<String, Object> health = agencies.stream().filter(a -> "pkt_public_health".equals(a.get("agencyId")))
                .findFirst().orElseThrow();
        assertThat(health).containsEntry("status", "overdue").containsEntry("dueDateText", "31 ส.ค. 2561")
                .containsEntry("dueDate", "2018-08-31").containsEntry("daysLate", 3)
                .containsEntry("workingDaysLate", 1).containsEntry("dueAt", "2018-08-31T16:30:00+07:00");
        assertThat(((Map<?, ?>) progress.get("deadline")).get("workingDaysLeft")).isEqualTo(19);
    }

    @Test
    void unknownCycleIs404WithThaiThenEnglish() {
        ResponseEntity<Map> response = api().getForEntity("/api/cycles/no-such-cycle/progress", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("detail",
                "ไม่พบรอบการทบทวนแผน \"no-such-cycle\" (cycle no-such-cycle not found)");
    }

    @Test
    void xlsxOpensWithThaiHeadersAndOneRowPerAgency() throws Exception {
        ResponseEntity<byte[]> response = api().getForEntity("/api/cycles/" + CYCLE + "/progress.xlsx",
                byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo(CYCLE + "-progress-2018-09-03.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("สถานะหน่วยงาน");
            assertThat(cells(sheet.getRow(0))).isEqualTo(THAI_HEADERS);
            assertThat(sheet.getLastRowNum()).isEqualTo(AGENCIES.size());
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                rows.add(cells(sheet.getRow(i)));
            }
            assertThat(rows).extracting(row -> row.get(1)).containsExactlyInAnyOrderElementsOf(AGENCIES);
            List<String> ppao = rows.stream().filter(row -> row.get(1).equals("lao_ppao")).findFirst().orElseThrow();
            assertThat(ppao.subList(3, 10)).containsExactly("องค์กรปกครองส่วนท้องถิ่น", "ส่งแล้ว รอกลั่นกรอง",
                    "31 ส.ค. 2561", "17 ส.ค. 2561", "0", "0", "0");
            List<String> health = rows.stream().filter(row -> row.get(1).equals("pkt_public_health")).findFirst()
                    .orElseThrow();
            assertThat(health.subList(4, 10)).containsExactly("เลยกำหนด", "31 ส.ค. 2561", "", "3", "1", "0");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("สรุป");
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndNarrowsToTheAskedStatus() {
        ResponseEntity<byte[]> response = api().getForEntity(
                "/api/cycles/" + CYCLE + "/progress.csv?status=overdue", byte[].class);

        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        String csv = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + String.join(",", THAI_HEADERS) + "\r\n");
        assertThat(csv.split("\r\n")).hasSize(1 + 3).noneMatch(line -> line.contains("lao_ppao"));
    }

    private TestRestTemplate api() {
        return rest.withBasicAuth("manager", "demo");
    }

    private String task(String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(key).singleResult()
                .getId();
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        return cells;
    }
}
