package th.go.phuket.planning.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.agency.GroupIds;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;

@Deployment(resources = {ContributionProcess.RESOURCE})
class ContributionProcessTest {

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

    private ProcessInstance startFor(String agencyId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_AGENCY_ID, agencyId);
        variables.put(CycleProcess.VAR_CYCLE_ID, "phuket-2563");
        variables.put(CycleProcess.VAR_PROPOSALS_DUE_AT, ContributionStart.due("2018-08-31"));
        variables.put(CycleProcess.VAR_SCREENING_DUE_AT, ContributionStart.due("2018-09-05"));
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "phuket-2563", variables);
    }

    private Task task(ProcessInstance contribution) {
        return engine.getTaskService().createTaskQuery().processInstanceId(contribution.getId()).singleResult();
    }

    @Test
    void acceptedProposalEndsTheContribution() {
        ProcessInstance contribution = startFor("pkt_public_health");

        assertThat(contribution).isWaitingAt(TASK_AGENCY_REVIEW).task().hasCandidateGroup("pkt_public_health");
        // the emails' addresses come from the directory, not from each contribution
        assertThat(contribution).variables().containsEntry(VAR_AGENCY_NAME_TH, "สำนักงานสาธารณสุขจังหวัดภูเก็ต")
                .doesNotContainKeys("agencyEmail", VAR_RETURN_COUNT);
        CycleWalk.complete(engine, task(contribution));

        assertThat(contribution).isWaitingAt(TASK_SCREEN_PROPOSAL).task().hasCandidateGroup(GroupIds.STRATEGY_OFFICE);
        CycleWalk.complete(engine, task(contribution));

        // the contribution ends in a job of its own, so the agency's click never waits on the cycle's counters
        assertThat(contribution).isWaitingAt(END);
        execute(job());
        assertThat(contribution).isEnded().hasPassed(END);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceIdIn(contribution.getId()).variableName(VAR_RETURN_COUNT).count())
                .as("never returned: no counter").isZero();
        // what Cockpit shows of it: the agency told of its task, the decision suggesting each project's plan
        assertThat(contribution).hasPassedInOrder(TASK_NOTIFY_AGENCY_ASSIGNED, TASK_AGENCY_REVIEW,
                TASK_SUGGEST_PLACEMENTS, TASK_SCREEN_PROPOSAL, END).hasNotPassed(TASK_NOTIFY_AGENCY_RETURNED);
    }

    @Test
    void returnedProposalGoesBackToTheAgencyAndIsThenAccepted() {
        ProcessInstance contribution = startFor("dist_mueang_phuket");
        CycleWalk.complete(engine, task(contribution));

        CycleWalk.complete(engine, task(contribution), Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                VAR_SCREENING_NOTE, "กรุณาระบุงบประมาณรายโครงการ"));

        assertThat(contribution).isWaitingAt(TASK_AGENCY_REVIEW).task().hasCandidateGroup("dist_mueang_phuket");
        assertThat(contribution).variables().containsEntry(VAR_RETURN_COUNT, 1)
                .containsEntry(VAR_SCREENING_NOTE, "กรุณาระบุงบประมาณรายโครงการ");

        CycleWalk.complete(engine, task(contribution));
        assertThat(contribution).isWaitingAt(TASK_SCREEN_PROPOSAL);
        assertThat(engine.getRuntimeService().getVariable(contribution.getId(), VAR_SCREENING_DECISION))
                .as("the second screening starts without the first round's decision").isNull();
        CycleWalk.complete(engine, task(contribution));
        execute(job());

        assertThat(contribution).isEnded().hasPassed(END);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(contribution.getId()).activityId(TASK_AGENCY_REVIEW).count()).isEqualTo(2);
        for (String once : new String[] {TASK_NOTIFY_AGENCY_ASSIGNED, TASK_NOTIFY_AGENCY_RETURNED}) {
            assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processInstanceId(contribution.getId()).activityId(once).count()).as(once).isOne();
        }
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(contribution.getId()).activityId(TASK_SUGGEST_PLACEMENTS).count())
                .as("the decision before each screening").isEqualTo(2);
    }
}
