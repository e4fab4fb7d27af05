package th.go.phuket.planning.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.proposal.ProjectSlots;
import th.go.phuket.planning.task.DescribeTaskListener;
import th.go.phuket.planning.task.TaskInputInvalidException;

/**
 * The agency form's project slots through the engine as Tasklist submits them (form service): they become the
 * {@code projects} list and are not kept; a returned proposal shows its projects in the slots again; a client that
 * sends {@code projects} itself keeps its list; a bad slot keeps the task open and stores nothing.
 */
@Deployment(resources = {ContributionProcess.RESOURCE, ContributionProcess.DECISION_RESOURCE})
class ProjectSlotsProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private ProcessEngine engine;
    private ProcessInstance contribution;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        init(engine);
        ProcessTestEngine.prepare(engine);
    }

    /** The deployment is made just before each test runs, after {@code setUp}. */
    private void start() {
        contribution = engine.getRuntimeService().startProcessInstanceByKey(KEY, "phuket-2563",
                ContributionStart.variables("pkt_tourism_sports"));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void theFormOffersEmptySlotsAndNoCopyOfTheCatalogue() {
        start();
        Map<String, Object> local = engine.getTaskService().getVariablesLocal(task().getId());

        // the tag lists' codes are static values of the form (ProjectFormsTest): nothing large is written per task
        // and no digest of the projects offered while there are none (it comes with the first list, see below)
        assertThat(local).containsOnlyKeys(ProjectSlots.VAR_PROJECT_COUNT, DescribeTaskListener.VAR_DUE_DATE_TEXT)
                .containsEntry(ProjectSlots.VAR_PROJECT_COUNT, 0);
    }

    @Test
    void aClientThatSendsProjectsInTheFirstRoundKeepsItsList() {
        start();

        engine.getTaskService().complete(task().getId(), Map.of(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED,
                VAR_PROJECTS, List.of(Map.of("title", "ศูนย์ข้อมูลกีฬา", "budgetBaht", 900000,
                        "alignment", List.of("PKT-S2", "NS6")))));

        assertThat(engine.getRuntimeService().getVariable(contribution.getId(), VAR_PROJECTS).toString())
                .startsWith("[{\"title\":\"ศูนย์ข้อมูลกีฬา\"");
    }

    @Test
    void slotsTheFormSentBecomeTheProjectsAndAreNotKept() {
        start();
        submitForm(twoSlots());

        assertThat(contribution).isWaitingAt(TASK_SCREEN_PROPOSAL);
        assertThat(engine.getRuntimeService().getVariable(contribution.getId(), VAR_PROJECTS).toString())
                .isEqualTo("[{\"title\":\"วิ่งมาราธอนนานาชาติภูเก็ต\",\"objective\":\"ส่งเสริมการท่องเที่ยวเชิงกีฬา\","
                        + "\"budgetBaht\":3000000.5,\"responsibleUnit\":\"กลุ่มงานกีฬา\",\"district\":\"thalang\","
                        + "\"fiscalYear\":2563,\"alignment\":[\"PKT-S2\",\"NS2\"]},"
                        + "{\"title\":\"ตลาดสุขภาพเวลเนส\",\"objective\":\"รายได้ชุมชน\",\"budgetBaht\":250000,"
                        + "\"responsibleUnit\":\"กลุ่มงานท่องเที่ยว\",\"district\":\"province_wide\","
                        + "\"fiscalYear\":2564,\"alignment\":[\"PKT-M2\",\"NS2\"]}]");
        assertThat(engine.getRuntimeService().getVariables(contribution.getId()))
                .doesNotContainKeys(ProjectSlots.allVariables().toArray(String[]::new));
        assertThat(contribution).variables().containsEntry(VAR_SCREENING_SUGGESTION, SCREENING_ACCEPTED);
    }

    /** Projects the form sent clean are written once: no second history detail of the same list. */
    @Test
    void projectsTheFormSentCleanAreStoredOnce() {
        start();
        Map<String, Object> form = twoSlots();
        form.put("project1BudgetBaht", 3000000);
        form.put("project1FiscalYear", 2563);
        submitForm(form);

        List<HistoricDetail> writes = engine.getHistoryService().createHistoricDetailQuery()
                .processInstanceId(contribution.getId()).variableUpdates().list().stream()
                .filter(detail -> VAR_PROJECTS.equals(((HistoricVariableUpdate) detail).getVariableName())).toList();
        assertThat(writes).hasSize(1);
        assertThat(((HistoricVariableUpdate) writes.get(0)).getTypeName()).isEqualTo("json");
        assertThat(engine.getRuntimeService().getVariable(contribution.getId(), VAR_PROJECTS).toString())
                .startsWith("[{\"title\":\"วิ่งมาราธอนนานาชาติภูเก็ต\",\"objective\":\"ส่งเสริมการท่องเที่ยวเชิงกีฬา\","
                        + "\"budgetBaht\":3000000,\"responsibleUnit\":\"กลุ่มงานกีฬา\"");
    }

    @Test
    void aReturnedProposalShowsItsProjectsInTheSlotsAgain() {
        start();
        submitForm(twoSlots());
        engine.getTaskService().complete(task().getId(), Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                VAR_SCREENING_NOTE, "กรุณาแยกงบประมาณรายกิจกรรม"));

        Map<String, Object> local = engine.getTaskService().getVariablesLocal(task().getId());

        assertThat(local).containsEntry(ProjectSlots.VAR_PROJECT_COUNT, 2)
                .containsEntry("project1Title", "วิ่งมาราธอนนานาชาติภูเก็ต").containsEntry("project1BudgetBaht", 3000000.5)
                .containsEntry("project2FiscalYear", 2564).containsEntry("project2District", "province_wide");
        assertThat(local.get("project2Alignment").toString()).isEqualTo("[\"PKT-M2\",\"NS2\"]");

        // the agency keeps project 1 only, changing its budget
        submitForm(Map.of(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED, ProjectSlots.VAR_PROJECT_COUNT, 1,
                "project1BudgetBaht", 2800000));
        assertThat(engine.getRuntimeService().getVariable(contribution.getId(), VAR_PROJECTS).toString())
                .contains("\"budgetBaht\":2800000").contains("วิ่งมาราธอนนานาชาติภูเก็ต").doesNotContain("เวลเนส");
    }

    @Test
    void aClientThatSendsProjectsItselfKeepsItsList() {
        start();
        submitForm(twoSlots());
        engine.getTaskService().complete(task().getId(), Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                VAR_SCREENING_NOTE, "กรุณาทบทวน"));

        engine.getTaskService().complete(task().getId(), Map.of(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED,
                VAR_PROJECTS, List.of(Map.of("title", "ศูนย์ข้อมูลกีฬา", "budgetBaht", 900000,
                        "alignment", List.of("PKT-S2", "NS6")))));

        assertThat(engine.getRuntimeService().getVariable(contribution.getId(), VAR_PROJECTS).toString())
                .startsWith("[{\"title\":\"ศูนย์ข้อมูลกีฬา\"").doesNotContain("มาราธอน");
        assertThat(engine.getRuntimeService().getVariables(contribution.getId()))
                .doesNotContainKeys(ProjectSlots.allVariables().toArray(String[]::new));
    }

    /** No projects and none before: neither an empty list nor an empty screening is stored, in runtime or history. */
    @Test
    void aReviewWithoutProjectsStoresNoEmptyLists() {
        start();
        submitForm(Map.of(VAR_REVIEW_OUTCOME, OUTCOME_NO_CHANGE, ProjectSlots.VAR_PROJECT_COUNT, 0));

        assertThat(contribution).isWaitingAt(TASK_SCREEN_PROPOSAL);
        assertThat(engine.getRuntimeService().getVariables(contribution.getId()))
                .doesNotContainKeys(VAR_PROJECTS, VAR_PROJECT_SCREENING)
                .containsEntry(VAR_SCREENING_SUGGESTION, SCREENING_ACCEPTED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(contribution.getId()).variableNameIn(VAR_PROJECTS, VAR_PROJECT_SCREENING).count())
                .isZero();
    }

    /** A returned proposal whose agency drops every project: both lists are written empty, the change recorded. */
    @Test
    void aProposalThatDropsAllItsProjectsIsWrittenEmpty() {
        start();
        submitForm(twoSlots());
        engine.getTaskService().complete(task().getId(), Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                VAR_SCREENING_NOTE, "โครงการยังไม่พร้อม"));

        submitForm(Map.of(VAR_REVIEW_OUTCOME, OUTCOME_NO_CHANGE, ProjectSlots.VAR_PROJECT_COUNT, 0));

        assertThat(engine.getRuntimeService().getVariable(contribution.getId(), VAR_PROJECTS).toString())
                .isEqualTo("[]");
        assertThat(engine.getRuntimeService().getVariable(contribution.getId(), VAR_PROJECT_SCREENING).toString())
                .isEqualTo("[]");
    }

    @Test
    void aBadSlotIsReportedUnderItsProjectNumberAndNothingIsKept() {
        start();
        Map<String, Object> form = twoSlots();
        form.put("project2BudgetBaht", 0);
        Task review = task();

        var refusal = catchThrowableOfType(Exception.class, () -> submitForm(form));

        assertThat(TaskInputInvalidException.findIn(refusal).orElseThrow().fieldErrors()).containsOnlyKeys(
                "projects[1].budgetBaht").containsValue("โครงการที่ 2: งบประมาณต้องมากกว่า 0 บาท (ได้ 0) "
                        + "(project 2: budgetBaht must be more than 0, got 0)");
        assertThat(task().getId()).isEqualTo(review.getId());
        assertThat(engine.getRuntimeService().getVariables(contribution.getId())).doesNotContainKeys(VAR_PROJECTS,
                VAR_REVIEW_OUTCOME, "project1Title", "project2BudgetBaht");
        assertThat(engine.getTaskService().getVariablesLocal(review.getId()))
                .containsEntry(ProjectSlots.VAR_PROJECT_COUNT, 0);
    }

    @Test
    void aCountBeyondTheSlotsIsRefused() {
        start();
        Map<String, Object> form = twoSlots();
        form.put(ProjectSlots.VAR_PROJECT_COUNT, 21);

        var refusal = catchThrowableOfType(Exception.class, () -> submitForm(form));

        assertThat(TaskInputInvalidException.findIn(refusal).orElseThrow().fieldErrors()).containsExactly(Map.entry(
                ProjectSlots.VAR_PROJECT_COUNT, "จำนวนโครงการที่เสนอต้องเป็นจำนวนเต็ม 0 ถึง 20 (ได้ \"21\") "
                        + "(projectCount must be a whole number from 0 to 20, got \"21\")"));
        assertThat(contribution).isWaitingAt(TASK_AGENCY_REVIEW);
    }

    /** What Tasklist submits for two filled slots: plain values, the tag list as a JSON variable. */
    private static Map<String, Object> twoSlots() {
        Map<String, Object> form = new HashMap<>();
        form.put(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED);
        form.put(VAR_REVIEW_COMMENTS, "");
        form.put(ProjectSlots.VAR_PROJECT_COUNT, 2);
        form.put("project1Title", "วิ่งมาราธอนนานาชาติภูเก็ต");
        form.put("project1Objective", "ส่งเสริมการท่องเที่ยวเชิงกีฬา");
        form.put("project1BudgetBaht", 3000000.5);
        form.put("project1FiscalYear", null);
        form.put("project1District", "thalang");
        form.put("project1ResponsibleUnit", "กลุ่มงานกีฬา");
        form.put("project1Alignment", SpinValues.jsonValue("[\"PKT-S2\",\"NS2\"]").create());
        form.put("project2Title", "ตลาดสุขภาพเวลเนส");
        form.put("project2Objective", "รายได้ชุมชน");
        form.put("project2BudgetBaht", 250000);
        form.put("project2FiscalYear", 2564);
        form.put("project2District", "province_wide");
        form.put("project2ResponsibleUnit", "กลุ่มงานท่องเที่ยว");
        form.put("project2Alignment", SpinValues.jsonValue("[\"PKT-M2\",\"NS2\"]").create());
        return form;
    }

    private void submitForm(Map<String, Object> values) {
        engine.getFormService().submitTaskForm(task().getId(), values);
    }

    private Task task() {
        return engine.getTaskService().createTaskQuery().processInstanceId(contribution.getId()).singleResult();
    }

}
