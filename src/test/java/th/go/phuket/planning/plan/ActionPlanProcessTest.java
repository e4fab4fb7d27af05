package th.go.phuket.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.reminder.DeadlineWatchProcess;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.hearing.HearingProcess;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.proposal.Placement;

/**
 * The consolidated plan read from a real engine's history after the demo cycle's three agencies proposed two
 * projects each: only accepted contributions count, and the workbook's totals are those of the accepted projects.
 */
@Deployment(resources = {CycleProcess.RESOURCE, ContributionProcess.RESOURCE, ContributionProcess.DECISION_RESOURCE,
        DeadlineWatchProcess.RESOURCE, HearingProcess.RESOURCE})
class ActionPlanProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String CYCLE = "phuket-2563";

    private ProcessEngine engine;
    private ActionPlanReader reader;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessTestEngine.prepare(engine);
        reader = new ActionPlanReader(engine.getHistoryService());
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant()));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        ProcessTestEngine.forgetCycles(engine);
    }

    @Test
    void onlyProjectsOfAcceptedContributionsAreInThePlan() {
        ProcessInstance cycle = startDemoCycle();
        DemoProposals.proposeAndAccept(engine.getTaskService(), CYCLE);
        // an accepted contribution ends in a job after the officer's click; until then it is not in the plan
        assertThat(reader.read(CYCLE).orElseThrow().projects()).isEmpty();
        CycleWalk.runJobs(engine);

        ActionPlan plan = reader.read(CYCLE).orElseThrow();

        assertThat(cycle).isWaitingAt(CycleProcess.TASK_CONSOLIDATE_DRAFT);
        assertThat(plan.complete()).isTrue();
        assertThat(plan.agencies()).extracting(PlanAgency::id)
                .containsExactly("pkt_public_health", "pkt_tourism_sports", "lao_patong");
        assertThat(plan.projects()).extracting(p -> p.project().title()).containsExactlyElementsOf(
                DemoProposals.THREE_AGENCIES.values().stream().flatMap(List::stream)
                        .map(p -> (String) p.get("title")).toList());
        assertThat(plan.projects()).extracting(PlanProject::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(plan.projects()).extracting(PlanProject::placement).containsExactly(Placement.PROVINCIAL_PLAN,
                Placement.PROVINCIAL_PLAN, Placement.PROVINCIAL_PLAN, Placement.PROVINCIAL_PLAN,
                Placement.LOCAL_ADMIN_PLAN, Placement.PROVINCIAL_PLAN);
        assertThat(plan.projects()).allSatisfy(p -> assertThat(p.project().fiscalYear()).isEqualTo(2563));
        assertThat(plan.totalBudgetBaht()).isEqualByComparingTo(DemoProposals.TOTAL_BAHT);
        assertThat(plan.fiscalYear()).isEqualTo(2563);
        assertThat(plan.province()).isEqualTo("ภูเก็ต");
    }

    @Test
    void aReturnedProposalStaysOutUntilItIsAccepted() {
        startDemoCycle();
        for (Task review : tasks(TASK_AGENCY_REVIEW)) {
            engine.getTaskService().complete(review.getId(), Map.of(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED,
                    VAR_PROJECTS, DemoProposals.THREE_AGENCIES.get(agencyOf(review))));
        }
        for (Task screening : tasks(TASK_SCREEN_PROPOSAL)) {
            engine.getTaskService().complete(screening.getId(), agencyOf(screening).equals("pkt_public_health")
                    ? Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED, VAR_SCREENING_NOTE, "กรุณาแยกงบประมาณรายกิจกรรม")
                    : Map.of(VAR_SCREENING_DECISION, SCREENING_ACCEPTED));
        }
        CycleWalk.runJobs(engine);

        ActionPlan partial = reader.read(CYCLE).orElseThrow();

        assertThat(partial.complete()).isFalse();
        assertThat(partial.agenciesInvited()).isEqualTo(3);
        assertThat(partial.agencies()).extracting(PlanAgency::id).containsExactly("pkt_tourism_sports", "lao_patong");
        assertThat(partial.projects()).extracting(PlanProject::agencyId).doesNotContain("pkt_public_health").hasSize(4);
        assertThat(PlanTexts.status(partial)).contains("ผ่านการกลั่นกรองแล้ว 2 จาก 3 หน่วยงาน", "ยังรับข้อเสนอไม่ครบ");

        DemoProposals.proposeAndAccept(engine.getTaskService(), CYCLE);
        CycleWalk.runJobs(engine);

        ActionPlan complete = reader.read(CYCLE).orElseThrow();
        assertThat(complete.complete()).isTrue();
        assertThat(complete.projects()).hasSize(6);
        assertThat(complete.projects().get(0).agencyId()).isEqualTo("pkt_public_health");
    }

    @Test
    void workbookTotalsAreTheSumsOfTheAcceptedProjectsAndThaiTextSurvives() throws Exception {
        startDemoCycle();
        DemoProposals.proposeAndAccept(engine.getTaskService(), CYCLE);
        CycleWalk.runJobs(engine);
        ActionPlan plan = reader.read(CYCLE).orElseThrow();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new ActionPlanWorkbook(ProcessTestEngine.CATALOGUE).write(plan, xlsx);

        try (PlanWorkbookReader workbook = new PlanWorkbookReader(xlsx.toByteArray())) {
            List<Row> rows = workbook.body(0);
            assertThat(rows).hasSize(6);
            BigDecimal sumOfRows = rows.stream().map(row -> PlanWorkbookReader.amount(row.getCell(PlanColumns.BUDGET)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sumOfRows).isEqualByComparingTo(DemoProposals.TOTAL_BAHT);
            assertThat(workbook.total(0, PlanColumns.BUDGET)).isEqualByComparingTo(DemoProposals.TOTAL_BAHT);
            assertThat(rows.get(3).getCell(2).getStringCellValue()).isEqualTo("ส่งเสริมการท่องเที่ยวเชิงสุขภาพและเวลเนส");
            assertThat(rows.get(0).getCell(1).getStringCellValue()).isEqualTo("สำนักงานสาธารณสุขจังหวัดภูเก็ต");

            Map<String, BigDecimal> byGoal = workbook.summary(1);
            assertThat(byGoal.get("PKT-M2")).isEqualByComparingTo(budgetOf("PKT-M2"));
            assertThat(byGoal.get("PKT-M1")).isEqualByComparingTo(budgetOf("PKT-M1"));
            assertThat(byGoal.get("PKT-M3")).isEqualByComparingTo("0");
            assertThat(workbook.summary(2).get("NS5")).isEqualByComparingTo(budgetOf("NS5"));
            assertThat(workbook.summary(3).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(DemoProposals.TOTAL_BAHT);
            assertThat(workbook.summary(4).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(DemoProposals.TOTAL_BAHT);
        }
    }

    @Test
    void noCycleNoPlan() {
        assertThat(reader.read("phuket-2599")).isEmpty();
    }

    /** The sum of the demo projects that name {@code code}, computed from the input, not from the plan. */
    private static BigDecimal budgetOf(String code) {
        return DemoProposals.THREE_AGENCIES.values().stream().flatMap(List::stream)
                .filter(p -> ((List<?>) p.get("alignment")).contains(code))
                .map(p -> new BigDecimal(p.get("budgetBaht").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private ProcessInstance startDemoCycle() {
        ProcessInstance cycle = startCycle(CYCLE, DemoProposals.agencies());
        CycleWalk.complete(engine, CycleWalk.onlyTask(engine, CYCLE, CycleProcess.TASK_PREPARE_DRAFT));
        return cycle;
    }

    private ProcessInstance startCycle(String cycleId, String agencies) {
        Map<String, Object> start = new HashMap<>();
        start.put(CycleProcess.VAR_CYCLE_ID, cycleId);
        start.put(CycleProcess.VAR_AGENCIES, agencies);
        return engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, start);
    }

    private String agencyOf(Task task) {
        return (String) engine.getTaskService().getVariable(task.getId(), VAR_AGENCY_ID);
    }

    private List<Task> tasks(String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(key)
                .list();
    }
}
