package th.go.phuket.planning.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.phuket.planning.browser.BrowserRun;
import th.go.phuket.planning.browser.BrowserScript;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * Three days after the proposals were due, in Chromium: the manager's dashboard lists the demo cycle and shows a
 * rehearsal of it with its late agencies; the strategy office's Tasklist filters list the overdue tasks with agency
 * and due date. The rehearsal is a cycle of its own: the demo cycle's draft stays open for the Tasklist walk
 * ({@code PrepareDraftInTasklistBrowserIntegrationTest}), which shares this application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserIntegrationTest {

    private static final String DEMO_CYCLE = "phuket-2563";
    private static final String REHEARSAL = "phuket-2563-rehearsal";
    private static final String LATE_AGENCY = "pkt_public_health";
    private static final String HANDED_IN_AGENCY = "pkt_tourism_sports";
    private static final String RETURNED_AGENCY = "pkt_statistics";
    private static final String REHEARSAL_DAY = "2018-09-03T10:00:00+07:00";

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RehearsalClock clock;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    /**
     * The rehearsal starts on 20 Aug for every agency and the office sends the draft at once; three agencies hand in,
     * one is accepted, one returned; then it is 3 Sep.
     */
    @BeforeEach
    void rehearsalAfterTheProposalsWereDue() {
        if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(REHEARSAL).count() == 0) {
            clock.moveTo(OffsetDateTime.parse("2018-08-20T10:00:00+07:00").toInstant());
            runtimeService.startProcessInstanceByKey(CycleProcess.KEY, REHEARSAL);
            Task draft = taskService.createTaskQuery().processInstanceBusinessKey(REHEARSAL)
                    .taskDefinitionKey(CycleProcess.TASK_PREPARE_DRAFT).singleResult();
            taskService.complete(draft.getId(), CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));
            for (String agency : new String[] {HANDED_IN_AGENCY, RETURNED_AGENCY, "pkt_provincial_office"}) {
                complete(agency, ContributionProcess.TASK_AGENCY_REVIEW, CycleWalk.goodValues(
                        ContributionProcess.TASK_AGENCY_REVIEW));
            }
            complete("pkt_provincial_office", ContributionProcess.TASK_SCREEN_PROPOSAL, CycleWalk.goodValues(
                    ContributionProcess.TASK_SCREEN_PROPOSAL));
            complete(RETURNED_AGENCY, ContributionProcess.TASK_SCREEN_PROPOSAL, Map.of(
                    ContributionProcess.VAR_SCREENING_DECISION, ContributionProcess.SCREENING_RETURNED,
                    ContributionProcess.VAR_SCREENING_NOTE, "กรุณาระบุงบประมาณรายโครงการ"));
        }
        clock.moveTo(OffsetDateTime.parse(REHEARSAL_DAY).toInstant());
    }

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void managerSeesTheDemoCycleAndItsLateAgencies() {
        BrowserRun run = BrowserScript.named("dashboard-manager")
                .env("CYCLE_ID", REHEARSAL)
                .env("DEMO_CYCLE_ID", DEMO_CYCLE)
                .env("LATE_AGENCY", LATE_AGENCY)
                .env("HANDED_IN_AGENCY", HANDED_IN_AGENCY)
                .env("TODAY_TEXT", "3 กันยายน 2561")
                .env("MANAGER_USER", "manager")
                .env("MANAGER_PASSWORD", "demo")
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains("cycles listed: ", DEMO_CYCLE,
                "dashboard shows cycle " + REHEARSAL + " in phase หน่วยงานทบทวนแผน",
                "late agency " + LATE_AGENCY + ": สำนักงานสาธารณสุขจังหวัดภูเก็ต",
                "เลยกำหนด 31 ส.ค. 2561 3 วัน (1 วันทำการ)",
                "downloaded " + REHEARSAL + "-progress-2018-09-03.xlsx",
                "/api/cycles/" + REHEARSAL + "/action-plan.xlsx", "/cycles/" + REHEARSAL + "/action-plan",
                "opened the task of " + LATE_AGENCY + " in Tasklist from the dashboard");
        assertThat(run.screenshots()).hasSize(7).allSatisfy(shot -> assertThat(shot).isNotEmptyFile());
    }

    @Test
    void strategyOfficeFindsTheOverdueTasksInTasklistWithAgencyAndDueDate() {
        BrowserRun run = BrowserScript.named("tasklist-filters")
                .env("TASKLIST_USER", "strategy")
                .env("TASKLIST_PASSWORD", "demo")
                .env("ENGINE_NOW", "2018-09-03T10:00:00.000+0700")
                .env("DUE_DATE_TEXT", "31 ส.ค. 2561")
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains(
                "filters: งานที่ต้องทำ / To do | งานของฉัน / My tasks | งานของกลุ่ม / My group's tasks"
                        + " | งานทั้งหมดของรอบ / All cycle tasks | เลยกำหนด / Overdue",
                "first card หน่วยงาน:", "กำหนดส่ง: 31 ส.ค. 2561");
        assertThat(run.screenshots()).hasSize(2);
    }

    private void complete(String agencyId, String taskKey, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(REHEARSAL).taskDefinitionKey(taskKey)
                .processVariableValueEquals(ContributionProcess.VAR_AGENCY_ID, agencyId).singleResult();
        taskService.complete(task.getId(), values);
    }
}
