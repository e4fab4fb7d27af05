package th.go.phuket.planning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.phuket.planning.cycle.CycleProcess.*;
import static th.go.phuket.planning.cycle.CycleWalk.*;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import th.go.phuket.planning.hearing.HearingProcess;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.reminder.DeadlineWatchProcess;
import th.go.phuket.planning.task.DescribeTaskListener;
import th.go.phuket.planning.task.TaskInputInvalidException;

@Deployment(resources = {CycleProcess.RESOURCE, ContributionProcess.RESOURCE, ContributionProcess.DECISION_RESOURCE,
        DeadlineWatchProcess.RESOURCE, HearingProcess.RESOURCE})
class CycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String THREE_AGENCIES = "pkt_public_health,dist_mueang_phuket,lao_ppao";

    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessTestEngine.prepare(engine);
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant()));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        ProcessTestEngine.forgetCycles(engine);
    }

    private ProcessInstance startCycle(String cycleId, String agencies) {
        Map<String, Object> start = new HashMap<>();
        start.put(VAR_CYCLE_ID, cycleId);
        start.put(VAR_AGENCIES, agencies);
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, start);
    }

    @Test
    void happyPathWithThreeAgenciesEndsWithTheSubmittedPlan() {
        ProcessInstance cycle = startCycle("phuket-2563", THREE_AGENCIES);

        assertThat(cycle).isWaitingAt(TASK_PREPARE_DRAFT).hasBusinessKey("phuket-2563")
                .hasPassedInOrder(START, TASK_INITIALISE_CYCLE, TASK_START_DEADLINE_WATCH);
        complete(engine, onlyTask(engine, "phuket-2563", TASK_PREPARE_DRAFT));

        List<Task> reviews = engine.getTaskService().createTaskQuery()
                .taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW).list();
        assertThat(reviews).hasSize(3);
        assertThat(reviews).allSatisfy(review ->
                assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).taskCandidateGroup(
                        (String) engine.getTaskService().getVariable(review.getId(), "agencyId")).count()).isOne());

        allAgenciesContributeAndAreAccepted(engine, "phuket-2563");
        assertThat(cycle).isWaitingAt(TASK_CONSOLIDATE_DRAFT);

        for (String key : List.of(TASK_CONSOLIDATE_DRAFT, TASK_PREPARE_HEARING, TASK_SUMMARISE_HEARING,
                TASK_REVISE_PLAN, TASK_COMMITTEE_DECISION, TASK_SUBMIT_PLAN)) {
            assertThat(cycle).isWaitingAt(key);
            complete(engine, onlyTask(engine, "phuket-2563", key));
        }

        assertThat(cycle).isEnded().hasPassed(END);
        assertThat(cycle).variables().containsEntry(VAR_SUBMISSION_REFERENCE, "ภก 0017.2/1234")
                .containsEntry(VAR_COMMITTEE_DECISION, DECISION_APPROVED);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ContributionProcess.KEY).finished().count()).isEqualTo(3);
    }

    @Test
    void committeeSendsThePlanBackOnceThenApproves() {
        ProcessInstance cycle = startCycle("phuket-2563", THREE_AGENCIES);
        complete(engine, onlyTask(engine, "phuket-2563", TASK_PREPARE_DRAFT));
        allAgenciesContributeAndAreAccepted(engine, "phuket-2563");
        for (String key : List.of(TASK_CONSOLIDATE_DRAFT, TASK_PREPARE_HEARING, TASK_SUMMARISE_HEARING,
                TASK_REVISE_PLAN)) {
            complete(engine, onlyTask(engine, "phuket-2563", key));
        }

        complete(engine, onlyTask(engine, "phuket-2563", TASK_COMMITTEE_DECISION),
                Map.of(VAR_COMMITTEE_DECISION, DECISION_REVISE, VAR_COMMITTEE_NOTE, "ให้เพิ่มโครงการด้านความปลอดภัย"));

        assertThat(cycle).isWaitingAt(TASK_REVISE_PLAN);
        complete(engine, onlyTask(engine, "phuket-2563", TASK_REVISE_PLAN));
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), VAR_COMMITTEE_DECISION))
                .as("the committee decides anew").isNull();
        complete(engine, onlyTask(engine, "phuket-2563", TASK_COMMITTEE_DECISION));
        complete(engine, onlyTask(engine, "phuket-2563", TASK_SUBMIT_PLAN));

        assertThat(cycle).isEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
                .activityId(TASK_REVISE_PLAN).count()).isEqualTo(2);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
                .activityId(TASK_COMMITTEE_DECISION).count()).isEqualTo(2);
    }

    @Test
    void eachAcceptedContributionReachesTheCycleInOneJobNeverInTheScreeningItself() {
        ProcessInstance cycle = startCycle("phuket-2563", THREE_AGENCIES);
        complete(engine, onlyTask(engine, "phuket-2563", TASK_PREPARE_DRAFT));
        for (String key : List.of(ContributionProcess.TASK_AGENCY_REVIEW, ContributionProcess.TASK_SCREEN_PROPOSAL)) {
            engine.getTaskService().createTaskQuery().processInstanceBusinessKey("phuket-2563")
                    .taskDefinitionKey(key).list().forEach(task -> complete(engine, task));
        }

        // the screenings touched no counter of the cycle's multi-instance: each contribution waits in one job
        assertThat(completedContributions(cycle)).isEqualTo(0);
        assertThat(contributionJobs()).hasSize(3);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).executable()
                .count()).as("nothing waits on the cycle itself").isZero();

        engine.getManagementService().executeJob(contributionJobs().get(0).getId());
        assertThat(completedContributions(cycle)).as("that job also counted it on the cycle").isEqualTo(1);
        assertThat(contributionJobs()).as("no second job for that contribution").hasSize(2);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).executable()
                .count()).isZero();

        runJobs(engine);
        assertThat(cycle).isWaitingAt(TASK_CONSOLIDATE_DRAFT);
    }

    private List<Job> contributionJobs() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(ContributionProcess.KEY)
                .executable().list();
    }

    private Object completedContributions(ProcessInstance cycle) {
        return engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(cycle.getId())
                .variableName("nrOfCompletedInstances").singleResult().getValue();
    }

    @Test
    void cycleWithOneAgencyMovesOnWhenThatAgencyIsAccepted() {
        ProcessInstance cycle = startCycle("phuket-2563-pilot", "pkt_tourism_sports");
        complete(engine, onlyTask(engine, "phuket-2563-pilot", TASK_PREPARE_DRAFT));

        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW)
                .taskCandidateGroup("pkt_tourism_sports").count()).isOne();
        allAgenciesContributeAndAreAccepted(engine, "phuket-2563-pilot");

        assertThat(cycle).isWaitingAt(TASK_CONSOLIDATE_DRAFT);
    }

    @Test
    void withoutAgenciesTheCycleInvitesTheWholeDirectory() {
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(KEY);

        assertThat(cycle).hasBusinessKey(CycleSettings.DEFAULT_CYCLE_ID);
        assertThat(cycle).variables().containsEntry(VAR_PROPOSALS_DUE, "2018-08-31")
                .containsEntry(VAR_FISCAL_YEAR, 2563).containsEntry(VAR_PROVINCE, "ภูเก็ต");
        @SuppressWarnings("unchecked")
        List<String> agencyIds = (List<String>) engine.getRuntimeService().getVariable(cycle.getId(), VAR_AGENCY_IDS);
        assertThat(agencyIds).hasSize(67).contains("pkt_public_health", "cso_community_councils");
    }

    @Test
    void tasksAreDueOnThe2018Calendar() {
        startCycle("phuket-2563", "pkt_public_health");
        Task draft = onlyTask(engine, "phuket-2563", TASK_PREPARE_DRAFT);
        assertThat(draft.getDueDate()).isEqualTo(at("2018-08-20T16:30:00+07:00"));
        assertThat(engine.getTaskService().getVariableLocal(draft.getId(), DescribeTaskListener.VAR_DUE_DATE_TEXT))
                .isEqualTo("20 ส.ค. 2561");

        complete(engine, draft);
        Task review = onlyTask(engine, "phuket-2563", ContributionProcess.TASK_AGENCY_REVIEW);
        assertThat(review.getDueDate()).isEqualTo(at("2018-08-31T16:30:00+07:00"));
        assertThat(engine.getTaskService().getVariableLocal(review.getId(), DescribeTaskListener.VAR_DUE_DATE_TEXT))
                .isEqualTo("31 ส.ค. 2561");
        assertThat(engine.getTaskService().getVariable(review.getId(), ContributionProcess.VAR_AGENCY_NAME_TH))
                .isEqualTo("สำนักงานสาธารณสุขจังหวัดภูเก็ต");
        // the contribution reads the cycle's dates and fiscal year from the cycle: no copy of its own
        assertThat(engine.getRuntimeService().getVariables(review.getProcessInstanceId())).doesNotContainKeys(
                VAR_PROVINCE, VAR_FISCAL_YEAR, VAR_PROPOSALS_DUE_AT, VAR_SCREENING_DUE_AT);
        complete(engine, review, Map.of(
                ContributionProcess.VAR_REVIEW_OUTCOME, ContributionProcess.OUTCOME_CHANGES_PROPOSED,
                ContributionProcess.VAR_PROJECTS, List.of(Map.of("title", "คัดกรองโรคไข้เลือดออก",
                        "budgetBaht", 500000, "alignment", List.of("PKT-S1", "NS4")))));
        Object projects = engine.getRuntimeService().getVariable(review.getProcessInstanceId(),
                ContributionProcess.VAR_PROJECTS);
        assertThat(projects.toString()).as("a project naming no fiscal year gets the cycle's")
                .contains("\"fiscalYear\":2563");
        assertThat(onlyTask(engine, "phuket-2563", ContributionProcess.TASK_SCREEN_PROPOSAL).getDueDate())
                .isEqualTo(at("2018-09-05T16:30:00+07:00"));

        allAgenciesContributeAndAreAccepted(engine, "phuket-2563");
        assertThat(onlyTask(engine, "phuket-2563", TASK_CONSOLIDATE_DRAFT).getDueDate())
                .isEqualTo(at("2018-09-07T16:30:00+07:00"));
        Map<String, Object> variables = engine.getRuntimeService().getVariables(
                onlyTask(engine, "phuket-2563", TASK_CONSOLIDATE_DRAFT).getProcessInstanceId());
        assertThat(variables).containsEntry(VAR_HEARING_PREP_DUE_AT, at("2018-09-10T16:30:00+07:00"))
                .containsEntry(VAR_HEARING_SUMMARY_DUE_AT, at("2018-09-18T16:30:00+07:00"))
                .containsEntry(VAR_REVISION_DUE_AT, at("2018-09-20T16:30:00+07:00"))
                .containsEntry(VAR_COMMITTEE_DUE_AT, at("2018-09-21T16:30:00+07:00"))
                .containsEntry(VAR_SUBMISSION_DUE_AT, at("2018-09-28T16:30:00+07:00"));
    }

    @Test
    void badStartValuesAreRefusedWithEveryProblemAndNothingIsKept() {
        Map<String, Object> start = new HashMap<>();
        start.put(VAR_CYCLE_ID, "phuket-2563");
        start.put(VAR_AGENCIES, "pkt_public_health,pkt_nowhere");
        start.put(VAR_PROPOSALS_DUE, "2018-02-30");
        start.put(VAR_HEARING_DATE, "13/09/2018");
        start.put(VAR_COMMITTEE_DATE, "2018-09-21");
        start.put(VAR_SUBMISSION_DEADLINE, "2018-09-01");
        start.put(VAR_FISCAL_YEAR, "2020x");

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, start))
                .isInstanceOf(CycleStartRefusedException.class)
                .hasMessageContaining("pkt_nowhere")
                .hasMessageContaining("2018-02-30")
                .hasMessageContaining("13/09/2018")
                .hasMessageContaining("submissionDeadline")
                .hasMessageContaining("ปีงบประมาณ");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();

        startCycle("phuket-2563", "pkt_public_health");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isOne();
    }

    @Test
    void aCycleIdCanBeStartedOnlyOnce() {
        startCycle("phuket-2563", "pkt_public_health");

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, "phuket-2563"))
                .isInstanceOfSatisfying(CycleStartRefusedException.class, e -> assertThat(e.duplicate()).isTrue())
                .hasMessageContaining("phuket-2563");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isOne();
    }

    @Test
    void aTaskCompletedWithoutItsRequiredValueStaysOpen() {
        ProcessInstance cycle = startCycle("phuket-2563", "pkt_public_health");
        Task draft = onlyTask(engine, "phuket-2563", TASK_PREPARE_DRAFT);

        assertThatThrownBy(() -> complete(engine, draft, Map.of(VAR_DRAFT_SUMMARY, "   ")))
                .hasRootCauseInstanceOf(TaskInputInvalidException.class)
                .hasMessageContaining("สรุปร่างแผน").hasMessageContaining("draftSummary is required");

        assertThat(cycle).isWaitingAt(TASK_PREPARE_DRAFT);
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), VAR_DRAFT_SUMMARY)).isNull();
    }

    private static Date at(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
