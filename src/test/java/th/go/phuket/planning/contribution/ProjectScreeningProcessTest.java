package th.go.phuket.planning.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.proposal.ProposedProjects.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.proposal.Placement;
import th.go.phuket.planning.proposal.ScreeningJson;
import th.go.phuket.planning.task.TaskInputInvalidException;

/**
 * Projects through the agency contribution: the screening decision suggests a plan for each, an incomplete one makes
 * the officer's form suggest returning it, and the officer decides.
 */
@Deployment(resources = {ContributionProcess.RESOURCE, ContributionProcess.DECISION_RESOURCE})
class ProjectScreeningProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        init(engine);
        ProcessTestEngine.prepare(engine);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void projectClassifiedIncompleteIsReturnedToItsAgency() {
        ProcessInstance contribution = startFor("pkt_public_health");
        var withoutUnit = good("รถพยาบาลฉุกเฉินทางน้ำ", 4_800_000, "PKT-M2", "NS3");
        withoutUnit.remove("responsibleUnit");
        propose(contribution, list(good(), withoutUnit));

        assertThat(contribution).isWaitingAt(TASK_SCREEN_PROPOSAL);
        assertThat(placements(contribution)).containsExactly(Placement.PROVINCIAL_PLAN, Placement.INCOMPLETE);
        assertThat(contribution).variables().containsEntry(VAR_SCREENING_SUGGESTION, SCREENING_RETURNED)
                .containsEntry(VAR_SCREENING_DECISION, SCREENING_RETURNED);
        String note = (String) variable(contribution, VAR_SCREENING_NOTE);
        assertThat(note).contains("โครงการที่ 2 \"รถพยาบาลฉุกเฉินทางน้ำ\"", "ยังไม่ระบุหน่วยรับผิดชอบ")
                .doesNotContain("โครงการที่ 1");

        // the officer keeps what the form pre-selected and sends the note
        complete(contribution, Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED, VAR_SCREENING_NOTE, note));

        assertThat(contribution).isWaitingAt(TASK_AGENCY_REVIEW).task().hasCandidateGroup("pkt_public_health");
        assertThat(contribution).variables().containsEntry(VAR_RETURN_COUNT, 1).containsEntry(VAR_SCREENING_NOTE, note);

        withoutUnit.put("responsibleUnit", "ศูนย์รับแจ้งเหตุและสั่งการจังหวัด");
        propose(contribution, list(good(), withoutUnit));

        assertThat(placements(contribution)).containsExactly(Placement.PROVINCIAL_PLAN, Placement.PROVINCIAL_PLAN);
        assertThat(contribution).variables().containsEntry(VAR_SCREENING_SUGGESTION, SCREENING_ACCEPTED)
                .doesNotContainKey(VAR_SCREENING_DECISION);
        complete(contribution, Map.of(VAR_SCREENING_DECISION, SCREENING_ACCEPTED));
        execute(job());
        assertThat(contribution).isEnded().hasPassed(END);
        assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(DECISION_PROPOSAL_SCREENING).count()).as("one decision per project and round")
                .isEqualTo(4);
    }

    @Test
    void officerDecidesAndMayAcceptAProjectTheDecisionFoundIncomplete() {
        ProcessInstance contribution = startFor("pkt_tourism_sports");
        propose(contribution, list(with("objective", null)));
        assertThat(contribution).variables().containsEntry(VAR_SCREENING_DECISION, SCREENING_RETURNED);

        complete(contribution, Map.of(VAR_SCREENING_DECISION, SCREENING_ACCEPTED, VAR_SCREENING_NOTE,
                "วัตถุประสงค์ตามแผนงานเดิม รับไว้"));
        execute(job());

        assertThat(contribution).isEnded().hasPassed(END);
        assertThat(placements(contribution)).containsExactly(Placement.INCOMPLETE);
    }

    @Test
    void localAdministrationProjectsGoToTheLocalPlanWithinItsCapacityOtherwiseToTheProvinceOrTheGroup() {
        ProcessInstance contribution = startFor("lao_patong");
        var andaman = good("เส้นทางเรือท่องเที่ยวอันดามัน", 900_000, "PKT-M1", "NS2");
        andaman.put("district", "andaman_group");
        propose(contribution, list(good("ปรับปรุงทางเท้าหาดป่าตอง", 3_000_000, "PKT-S1", "NS5"),
                good("ระบบบำบัดน้ำเสียป่าตอง", 85_000_000, "PKT-S1", "NS5"), andaman));

        assertThat(placements(contribution)).containsExactly(Placement.LOCAL_ADMIN_PLAN, Placement.PROVINCIAL_PLAN,
                Placement.PROVINCIAL_GROUP_PLAN);
        assertThat(contribution).variables().containsEntry(VAR_SCREENING_SUGGESTION, SCREENING_ACCEPTED)
                .doesNotContainKey(VAR_SCREENING_DECISION);
        SpinJsonNode rows = (SpinJsonNode) variable(contribution, VAR_PROJECT_SCREENING);
        assertThat(rows.elements().get(0).prop("budgetText").stringValue()).isEqualTo("3,000,000.00");
        assertThat(rows.elements().get(0).prop("placementText").stringValue())
                .isEqualTo("แผนพัฒนาท้องถิ่น (local administration plan)");
        assertThat(rows.elements().get(2).prop("districtText").stringValue())
                .isEqualTo("หลายจังหวัดในกลุ่มจังหวัดภาคใต้ฝั่งอันดามัน");
    }

    @Test
    void aStaleReturnOfAnEarlierRoundIsNotPreSelectedAgain() {
        ProcessInstance contribution = startFor("dist_kathu");
        propose(contribution, list(good()));
        complete(contribution, Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED, VAR_SCREENING_NOTE,
                "กรุณาแยกงบประมาณรายกิจกรรม"));
        propose(contribution, list(good()));

        assertThat(contribution).isWaitingAt(TASK_SCREEN_PROPOSAL);
        assertThat(contribution).variables().doesNotContainKey(VAR_SCREENING_DECISION)
                .containsEntry(VAR_SCREENING_SUGGESTION, SCREENING_ACCEPTED);
    }

    @Test
    void projectsAreKeptAsAJsonVariableWhateverTheClientSent() {
        ProcessInstance contribution = startFor("pkt_public_health");
        propose(contribution, "[{\"title\":\"ตลาดนัดสุขภาพ\",\"objective\":\"ลดเค็ม\",\"budgetBaht\":\"250,000\","
                + "\"responsibleUnit\":\"กลุ่มงานส่งเสริมสุขภาพ\",\"alignment\":\"PKT-M2 NS3\"}]");

        var projects = engine.getRuntimeService().getVariableTyped(contribution.getId(), VAR_PROJECTS, false);
        assertThat(projects.getType()).isEqualTo(SpinValueType.JSON);
        assertThat(projects.getType()).isNotEqualTo(ValueType.STRING);
        assertThat(variable(contribution, VAR_PROJECTS).toString()).isEqualTo("[{\"title\":\"ตลาดนัดสุขภาพ\","
                + "\"objective\":\"ลดเค็ม\",\"budgetBaht\":250000,\"responsibleUnit\":\"กลุ่มงานส่งเสริมสุขภาพ\","
                + "\"fiscalYear\":2563,\"alignment\":[\"PKT-M2\",\"NS3\"]}]");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("th.go.phuket.planning.proposal.ProjectChecksTest#badValues")
    void aBadValueKeepsTheReviewOpenAndSavesNothing(String field, Object value, String reported, String message) {
        ProcessInstance contribution = startFor("pkt_public_health");
        Task review = task(contribution);

        var refusal = catchThrowableOfType(Exception.class, () -> propose(contribution, list(with(field, value))));

        assertThat(TaskInputInvalidException.findIn(refusal)).get()
                .satisfies(invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("projects[0]." + reported));
        assertThat(task(contribution).getId()).isEqualTo(review.getId());
        assertThat(contribution).isWaitingAt(TASK_AGENCY_REVIEW);
        assertThat(engine.getRuntimeService().getVariables(contribution.getId()))
                .doesNotContainKeys(VAR_PROJECTS, VAR_REVIEW_OUTCOME, VAR_PROJECT_SCREENING);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(contribution.getId()).variableNameIn(VAR_PROJECTS, VAR_REVIEW_OUTCOME).count())
                .isZero();
    }

    private ProcessInstance startFor(String agencyId) {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "phuket-2563",
                ContributionStart.variables(agencyId));
    }

    private void propose(ProcessInstance contribution, Object projects) {
        Map<String, Object> values = new HashMap<>();
        values.put(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED);
        values.put(VAR_REVIEW_COMMENTS, "เสนอโครงการเข้าแผนปฏิบัติราชการประจำปี 2563");
        values.put(VAR_PROJECTS, projects);
        complete(contribution, values);
    }

    private void complete(ProcessInstance contribution, Map<String, Object> values) {
        engine.getTaskService().complete(task(contribution).getId(), values);
    }

    private Task task(ProcessInstance contribution) {
        return engine.getTaskService().createTaskQuery().processInstanceId(contribution.getId()).singleResult();
    }

    private Object variable(ProcessInstance contribution, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(contribution.getId())
                .variableName(name).singleResult().getValue();
    }

    private List<Placement> placements(ProcessInstance contribution) {
        return ScreeningJson.placements(variable(contribution, VAR_PROJECT_SCREENING));
    }

}
