package th.go.phuket.planning.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.phuket.planning.cycle.CycleProcess.*;
import static th.go.phuket.planning.cycle.CycleWalk.*;
import static th.go.phuket.planning.hearing.PublicHearingProcessTest.accepted;
import static th.go.phuket.planning.hearing.PublicHearingProcessTest.at;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.task.TaskInputInvalidException;
import th.go.phuket.planning.plan.DemoProposals;
import th.go.phuket.planning.reminder.DeadlineWatchProcess;
import th.go.phuket.planning.reminder.NoticeTestEngine;

/**
 * The hearing in the cycle, engine only: publishing the draft opens comments, accepted contributions add their
 * projects as items, preparing the hearing sets the closing day, the summary waits until every visible comment is
 * answered, and the submitted plan makes the record final.
 */
@Deployment(resources = {th.go.phuket.planning.cycle.CycleProcess.RESOURCE, ContributionProcess.RESOURCE, ContributionProcess.DECISION_RESOURCE,
        DeadlineWatchProcess.RESOURCE, HearingProcess.RESOURCE})
class CycleHearingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String CYCLE = "phuket-2563";

    private ProcessEngine engine;
    private HearingTestEngine.Services hearing;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessTestEngine.prepare(engine);
        hearing = HearingTestEngine.register(engine);
        HearingTestEngine.clear(engine);
        NoticeTestEngine.clearOutbox(engine);
        ClockUtil.setCurrentTime(at("2018-08-17T09:00:00+07:00"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        ProcessTestEngine.forgetCycles(engine);
        HearingTestEngine.clear(engine);
        NoticeTestEngine.clearOutbox(engine);
    }

    @Test
    void publishingTheDraftOpensTheHearingOfTheCycle() {
        ProcessInstance cycle = startCycle();
        assertThat(hearing.hearings().find(CYCLE)).isEmpty();

        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_DRAFT));

        assertThat(cycle).hasPassed(TASK_START_PUBLIC_HEARING);
        ProcessInstance publicHearing = hearingOf();
        assertThat(publicHearing).hasBusinessKey(CYCLE).hasPassed(HearingProcess.TASK_OPEN_COMMENTS);
        Hearing opened = hearing.hearings().find(CYCLE).orElseThrow();
        assertThat(opened.draftSummary()).isEqualTo("ทบทวน SWOT และเป้าหมาย 4M + 2S");
        assertThat(opened.closesAt()).isEqualTo(at("2018-09-13T23:59:00+07:00").toInstant());
        assertThat(opened.title()).contains("ภูเก็ต");
    }

    @Test
    void theProjectsOfAnAcceptedContributionBecomeItems() {
        startCycle();
        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_DRAFT));

        Task review = contributionTask(ContributionProcess.TASK_AGENCY_REVIEW, "pkt_public_health");
        Map<String, Object> values = new HashMap<>(goodValues(ContributionProcess.TASK_AGENCY_REVIEW));
        values.put(ContributionProcess.VAR_PROJECTS, DemoProposals.THREE_AGENCIES.get("pkt_public_health"));
        engine.getTaskService().complete(review.getId(), values);
        assertThat(hearing.hearings().items(CYCLE)).noneMatch(item -> item.kind().equals("project"));
        engine.getTaskService().complete(contributionTask(ContributionProcess.TASK_SCREEN_PROPOSAL,
                "pkt_public_health").getId(), goodValues(ContributionProcess.TASK_SCREEN_PROPOSAL));

        List<HearingItem> projects = hearing.hearings().items(CYCLE).stream()
                .filter(item -> item.kind().equals(HearingItem.KIND_PROJECT)).toList();
        assertThat(projects).extracting(HearingItem::itemId).containsExactly("project:pkt_public_health:1",
                "project:pkt_public_health:2");
        assertThat(projects.get(0).title()).isEqualTo("ศูนย์ส่งต่อผู้ป่วยฉุกเฉินทางทะเลจังหวัดภูเก็ต");
        assertThat(projects.get(0).detail()).contains("สำนักงานสาธารณสุขจังหวัดภูเก็ต", "4,500,000");
        assertThat(accepted(hearing.intake().post(CYCLE, PublicHearingProcessTest.input("project:pkt_public_health:1",
                "ขอให้ศูนย์ส่งต่อผู้ป่วยมีเรือพยาบาลประจำเกาะ", null, false), "203.0.113.40"))).isNotBlank();
    }

    @Test
    void preparingTheHearingSetsTheDayTheCommentsClose() {
        walkToPrepareHearing();

        Map<String, Object> values = new HashMap<>(goodValues(TASK_PREPARE_HEARING));
        values.put(VAR_HEARING_DATE, "2018-09-18");
        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_HEARING), values);

        Hearing moved = hearing.hearings().find(CYCLE).orElseThrow();
        assertThat(moved.closesAt()).isEqualTo(at("2018-09-18T23:59:00+07:00").toInstant());
        assertThat(moved.venue()).isEqualTo("ห้องประชุมศาลากลางจังหวัดภูเก็ต");
        assertThat(hearingOf()).hasPassed(HearingProcess.TASK_MOVE_CLOSING);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(hearingOf().getId()).timers()
                .singleResult().getDuedate()).isEqualTo(at("2018-09-18T23:59:00+07:00"));
    }

    @Test
    void theSummaryWaitsUntilEveryVisibleCommentIsAnswered() {
        walkToPrepareHearing();
        String first = accepted(hearing.intake().post(CYCLE, PublicHearingProcessTest.input("general",
                "ควรเพิ่มงบประมาณด้านการศึกษาในร่างแผน", null, false), "203.0.113.41"));
        String second = accepted(hearing.intake().post(CYCLE, PublicHearingProcessTest.input("goal:PKT-M1",
                "ความเห็นที่จะถูกนำออกเพราะมีข้อมูลส่วนบุคคล", null, false), "203.0.113.42"));
        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_HEARING));
        Task summary = onlyTask(engine, CYCLE, TASK_SUMMARISE_HEARING);
        assertThat(engine.getTaskService().getVariablesLocal(summary.getId()))
                .containsEntry(SummaryTaskCounts.VAR_UNANSWERED, 2)
                .containsEntry(SummaryTaskCounts.VAR_COMMENTS_PAGE, "/cycles/phuket-2563/comments");

        assertThatThrownBy(() -> complete(engine, summary)).satisfies(failure -> assertThat(
                TaskInputInvalidException.findIn(failure).orElseThrow().getMessage()).contains(
                "ยังมีความคิดเห็นของประชาชนที่ยังไม่ได้ตอบ 2 รายการ", "2 visible comment(s) have no answer yet",
                "http://localhost:8080/cycles/phuket-2563/comments"));

        hearing.desk().answer(CYCLE, first, "considered", "รับไว้พิจารณาในแผนปี 2564", "strategy");
        hearing.desk().moderate(CYCLE, second, "remove", "มีเลขบัตรประชาชนของผู้อื่น", "strategy");
        assertThat(engine.getTaskService().getVariablesLocal(summary.getId()))
                .containsEntry(SummaryTaskCounts.VAR_UNANSWERED, 0).containsEntry(SummaryTaskCounts.VAR_ANSWERED, 1)
                .containsEntry(SummaryTaskCounts.VAR_REMOVED, 1);
        complete(engine, summary);

        assertThat(onlyTask(engine, CYCLE, TASK_REVISE_PLAN)).isNotNull();
    }

    @Test
    void theSubmittedPlanMakesTheHearingRecordFinal() {
        ProcessInstance cycle = walkToPrepareHearing();
        ProcessInstance publicHearing = hearingOf();
        for (String key : List.of(TASK_PREPARE_HEARING, TASK_SUMMARISE_HEARING, TASK_REVISE_PLAN,
                TASK_COMMITTEE_DECISION, TASK_SUBMIT_PLAN)) {
            complete(engine, onlyTask(engine, CYCLE, key));
        }

        assertThat(cycle).isEnded();
        assertThat(publicHearing).isEnded().hasPassed(HearingProcess.TASK_FINALISE_HEARING);
        assertThat(hearing.hearings().find(CYCLE).orElseThrow().isFinal()).isTrue();
    }

    private ProcessInstance startCycle() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(VAR_CYCLE_ID, CYCLE,
                VAR_AGENCIES, "pkt_public_health,dist_thalang"));
    }

    private ProcessInstance walkToPrepareHearing() {
        ProcessInstance cycle = startCycle();
        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_DRAFT));
        runJobs(engine);
        allAgenciesContributeAndAreAccepted(engine, CYCLE);
        complete(engine, onlyTask(engine, CYCLE, TASK_CONSOLIDATE_DRAFT));
        return cycle;
    }

    /** The cycle's running hearing. */
    private ProcessInstance hearingOf() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(HearingProcess.KEY)
                .processInstanceBusinessKey(CYCLE).singleResult();
    }

    private Task contributionTask(String key, String agencyId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(key)
                .processVariableValueEquals(ContributionProcess.VAR_AGENCY_ID, agencyId).singleResult();
    }
}
