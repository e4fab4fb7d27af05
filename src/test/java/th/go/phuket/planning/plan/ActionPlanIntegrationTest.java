package th.go.phuket.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;

/**
 * The demo cycle walked in the running application: three agencies propose two projects each, the office accepts
 * them, and at Task_ConsolidateDraft the plan downloads as XLSX and CSV and shows as a printable page. The files
 * are kept under {@code target/action-plan/} for a human look.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planning.demo.cycle=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanIntegrationTest {

    private static final String CYCLE = "phuket-2563-plan";
    private static final Path KEPT = Path.of("target", "action-plan");

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TestRestTemplate rest;

    @BeforeAll
    void walkTheDemoCycleToConsolidation() {
        String cycle = runtimeService.startProcessInstanceByKey(CycleProcess.KEY, CYCLE, Map.of(
                CycleProcess.VAR_CYCLE_ID, CYCLE, CycleProcess.VAR_AGENCIES, DemoProposals.agencies())).getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(cycle).singleResult().getId(),
                CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));
        DemoProposals.proposeAndAccept(taskService, CYCLE);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(taskService.createTaskQuery()
                .processInstanceId(cycle).taskDefinitionKey(CycleProcess.TASK_CONSOLIDATE_DRAFT).count()).isOne());
    }

    @Test
    void theWorkbookHoldsTheSixAcceptedProjectsAndTheirTotal() throws Exception {
        ResponseEntity<byte[]> response = strategyOffice().getForEntity(
                "/api/cycles/{id}/action-plan.xlsx", byte[].class, CYCLE);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("action-plan-phuket-2563-plan.xlsx");
        keep("action-plan-" + CYCLE + ".xlsx", response.getBody());
        try (PlanWorkbookReader xlsx = new PlanWorkbookReader(response.getBody())) {
            assertThat(xlsx.text(0, 0, 0)).isEqualTo("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2563 จังหวัดภูเก็ต");
            assertThat(xlsx.body(0)).hasSize(6);
            assertThat(xlsx.body(0).get(5).getCell(2).getStringCellValue())
                    .isEqualTo("ระบบบำบัดน้ำเสียชายหาดป่าตอง ระยะที่ 2");
            assertThat(xlsx.total(0, PlanColumns.BUDGET)).isEqualByComparingTo(DemoProposals.TOTAL_BAHT);
            assertThat(xlsx.summary(3).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(DemoProposals.TOTAL_BAHT);
        }
    }

    @Test
    void theCsvIsThaiUtf8() throws Exception {
        ResponseEntity<byte[]> response = strategyOffice().getForEntity(
                "/api/cycles/{id}/action-plan.csv", byte[].class, CYCLE);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        String csv = new String(response.getBody(), StandardCharsets.UTF_8);
        keep("action-plan-" + CYCLE + ".csv", response.getBody());
        assertThat(csv).startsWith("\uFEFFแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2563")
                .contains("ลำดับ,หน่วยงานที่เสนอ,ชื่อโครงการ", "จัดการแข่งขันวิ่งมาราธอนนานาชาติจังหวัดภูเก็ต",
                        "รวมทั้งสิ้น 6 โครงการ,,,100300500.50");
    }

    @Test
    void thePrintablePageSummarisesThePlanInThai() throws Exception {
        ResponseEntity<String> response = strategyOffice().getForEntity("/cycles/{id}/action-plan", String.class,
                CYCLE);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        keep("action-plan-" + CYCLE + ".html", response.getBody().getBytes(StandardCharsets.UTF_8));
        assertThat(response.getBody()).contains("<html lang=\"th\"", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2563 จังหวัดภูเก็ต",
                "สรุปตามเป้าหมายจังหวัด", "100,300,500.50", "โครงการของเทศบาลเมืองป่าตอง",
                "ปรับปรุงทางเท้าและไฟส่องสว่างถนนทวีวงศ์", "/api/cycles/phuket-2563-plan/action-plan.xlsx",
                "@page { size: A4 landscape");
    }

    @Test
    void anUnknownCycleIsNotFound() {
        ResponseEntity<String> response = strategyOffice().getForEntity("/api/cycles/{id}/action-plan.xlsx",
                String.class, "phuket-2599");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("ไม่พบรอบการทบทวน \\\"phuket-2599\\\" (no cycle \\\"phuket-2599\\\")");
    }

    /** The demo user of the strategy office (ignored until the API asks for a login). */
    private TestRestTemplate strategyOffice() {
        return rest.withBasicAuth("strategy", "demo");
    }

    private static void keep(String name, byte[] content) throws Exception {
        Files.createDirectories(KEPT);
        Files.write(KEPT.resolve(name), content);
    }
}
