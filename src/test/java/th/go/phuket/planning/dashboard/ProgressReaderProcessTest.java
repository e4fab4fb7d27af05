package th.go.phuket.planning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import th.go.phuket.planning.dashboard.CycleProgress.AgencyProgress;

/** The read model through every transition of an agency, on the real processes and the engine clock. */
@Deployment(resources = {CycleProcess.RESOURCE, ContributionProcess.RESOURCE,
        DeadlineWatchProcess.RESOURCE, HearingProcess.RESOURCE})
class ProgressReaderProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String CYCLE = "phuket-2563";
    private static final String HEALTH = "pkt_public_health";
    private static final String DISTRICT = "dist_mueang_phuket";
    private static final String PPAO = "lao_ppao";

    private ProcessEngine engine;
    private ProgressReader reader;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessTestEngine.prepare(engine);
        reader = new ProgressReader(engine.getHistoryService(), engine.getTaskService(), ProcessTestEngine.CALENDAR,
                ProcessTestEngine.DIRECTORY, new CamundaLinks("/camunda"));
        clockAt("2018-08-17T09:00:00+07:00");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        ProcessTestEngine.forgetCycles(engine);
    }

    @Test
    void agenciesArePendingWhileTheDraftIsPrepared() {
        startCycle(CYCLE);

        CycleProgress progress = reader.progress(CYCLE);

        assertThat(progress.phase().key()).isEqualTo("prepare_draft");
        assertThat(progress.phase().nameTh()).isEqualTo("จัดทำร่างแผน");
        assertThat(progress.phase().taskId()).isEqualTo(task(CYCLE, TASK_PREPARE_DRAFT).getId());
        assertThat(progress.status()).isEqualTo("running");
        assertThat(progress.agencies()).extracting(AgencyProgress::agencyId)
                .containsExactlyInAnyOrder(HEALTH, DISTRICT, PPAO);
        assertThat(progress.agencies()).extracting(AgencyProgress::status).containsOnly("pending");
        assertThat(progress.counts()).containsEntry("pending", 3).containsEntry("total", 3);
        // no public holiday between 17 Aug and 30 Sep 2018: six weeks of five working days
        assertThat(progress.deadline().workingDaysLeft()).isEqualTo(30);
        assertThat(progress.deadline().calendarDaysLeft()).isEqualTo(44);
        assertThat(progress.deadline().dateText()).isEqualTo("30 ก.ย. 2561");
        assertThat(progress.nowText()).isEqualTo("17 ส.ค. 2561 09:00 น.");
    }

    @Test
    void agencyGoesFromOpenToSubmittedToReturnedToSubmittedToAccepted() {
        startCycle(CYCLE);
        complete(task(CYCLE, TASK_PREPARE_DRAFT));
        assertThat(statusOf(HEALTH)).isEqualTo("open");
        assertThat(reader.progress(CYCLE).phase().key()).isEqualTo("agency_contributions");

        clockAt("2018-08-28T10:00:00+07:00");
        complete(reviewOf(HEALTH));
        assertThat(statusOf(HEALTH)).isEqualTo("submitted");
        AgencyProgress submitted = row(HEALTH);
        assertThat(submitted.submittedText()).isEqualTo("28 ส.ค. 2561");
        assertThat(submitted.daysLate()).isZero();
        assertThat(submitted.taskId()).isEqualTo(screeningOf(HEALTH).getId());

        CycleWalk.complete(engine, screeningOf(HEALTH), Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                VAR_SCREENING_NOTE, "กรุณาระบุงบประมาณรายโครงการ"));
        assertThat(statusOf(HEALTH)).isEqualTo("returned");
        assertThat(row(HEALTH).returnCount()).isEqualTo(1);
        assertThat(row(HEALTH).taskId()).isEqualTo(reviewOf(HEALTH).getId());

        complete(reviewOf(HEALTH));
        assertThat(statusOf(HEALTH)).isEqualTo("submitted");

        complete(screeningOf(HEALTH));
        assertThat(statusOf(HEALTH)).as("accepted, its end still a job").isEqualTo("accepted");
        CycleWalk.runJobs(engine);
        AgencyProgress accepted = row(HEALTH);
        assertThat(accepted.status()).isEqualTo("accepted");
        assertThat(accepted.statusTh()).isEqualTo("ผ่านการกลั่นกรอง");
        assertThat(accepted.returnCount()).isEqualTo(1);
        assertThat(accepted.taskId()).isNull();
        assertThat(reader.progress(CYCLE).counts()).containsEntry("accepted", 1).containsEntry("open", 2);
    }

    @Test
    void openReviewPastItsDueDateIsOverdueWithCalendarAndWorkingDaysLate() {
        startCycle(CYCLE);
        complete(task(CYCLE, TASK_PREPARE_DRAFT));

        clockAt("2018-08-31T16:29:00+07:00");
        assertThat(statusOf(DISTRICT)).isEqualTo("open");
        clockAt("2018-08-31T16:31:00+07:00");
        assertThat(statusOf(DISTRICT)).isEqualTo("overdue");
        assertThat(row(DISTRICT).daysLate()).isEqualTo(1);
        assertThat(row(DISTRICT).workingDaysLate()).isZero();

        clockAt("2018-09-03T09:00:00+07:00");
        AgencyProgress late = row(DISTRICT);
        assertThat(late.status()).isEqualTo("overdue");
        assertThat(late.dueDateText()).isEqualTo("31 ส.ค. 2561");
        assertThat(late.dueDate()).hasToString("2018-08-31");
        assertThat(late.daysLate()).isEqualTo(3);
        assertThat(late.workingDaysLate()).isEqualTo(1);
        assertThat(reader.progress(CYCLE).counts()).containsEntry("overdue", 3);

        complete(reviewOf(DISTRICT));
        AgencyProgress handedInLate = row(DISTRICT);
        assertThat(handedInLate.status()).isEqualTo("submitted");
        assertThat(handedInLate.daysLate()).as("late when handed in").isEqualTo(3);
        assertThat(handedInLate.workingDaysLate()).isEqualTo(1);
    }

    @Test
    void proposalReturnedAfterTheDueDateIsOverdueRatherThanReturned() {
        startCycle(CYCLE);
        complete(task(CYCLE, TASK_PREPARE_DRAFT));
        complete(reviewOf(PPAO));
        clockAt("2018-09-04T10:00:00+07:00");
        CycleWalk.complete(engine, screeningOf(PPAO), Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                VAR_SCREENING_NOTE, "ขาดตัวชี้วัด"));

        AgencyProgress returnedLate = row(PPAO);
        assertThat(returnedLate.status()).isEqualTo("overdue");
        assertThat(returnedLate.returnCount()).isEqualTo(1);
        assertThat(returnedLate.workingDaysLate()).isEqualTo(2);
    }

    @Test
    void phaseHistoryShowsWhenEachPhaseWasEnteredAndFinished() {
        startCycle(CYCLE);
        clockAt("2018-08-20T10:30:00+07:00");
        complete(task(CYCLE, TASK_PREPARE_DRAFT));

        CycleProgress progress = reader.progress(CYCLE);

        assertThat(progress.history()).extracting(CycleProgress.PhaseVisit::key)
                .containsExactly("prepare_draft", "agency_contributions");
        CycleProgress.PhaseVisit draft = progress.history().get(0);
        assertThat(draft.enteredAt()).isEqualTo(OffsetDateTime.parse("2018-08-17T09:00:00+07:00"));
        assertThat(draft.finishedAt()).isEqualTo(OffsetDateTime.parse("2018-08-20T10:30:00+07:00"));
        assertThat(draft.durationMinutes()).isEqualTo(3 * 24 * 60 + 90);
        assertThat(draft.durationText()).isEqualTo("3 วัน 1 ชม.");
        assertThat(draft.late()).as("draft due 20 Aug 16:30").isFalse();
        CycleProgress.PhaseVisit agencies = progress.history().get(1);
        assertThat(agencies.finishedAt()).isNull();
        assertThat(agencies.dueAt()).isEqualTo(OffsetDateTime.parse("2018-08-31T16:30:00+07:00"));
        assertThat(progress.phase().since()).isEqualTo(agencies.enteredAt());
    }

    @Test
    void cycleListShowsEachCycleWithItsPhaseAndStatusUntilThePlanIsSubmitted() {
        startCycle(CYCLE);
        startCycle("phuket-2564");
        complete(task("phuket-2564", TASK_PREPARE_DRAFT));

        assertThat(reader.cycles()).extracting(CycleSummary::cycleId, summary -> summary.phase().key(),
                CycleSummary::status).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(CYCLE, "prepare_draft", "running"),
                        org.assertj.core.groups.Tuple.tuple("phuket-2564", "agency_contributions", "running"));

        clockAt("2018-10-01T09:00:00+07:00");
        assertThat(reader.cycles()).extracting(CycleSummary::status).containsOnly("overdue");

        complete(task(CYCLE, TASK_PREPARE_DRAFT));
        CycleWalk.allAgenciesContributeAndAreAccepted(engine, CYCLE);
        for (String key : List.of(TASK_CONSOLIDATE_DRAFT, TASK_PREPARE_HEARING, TASK_SUMMARISE_HEARING,
                TASK_REVISE_PLAN, TASK_COMMITTEE_DECISION, TASK_SUBMIT_PLAN)) {
            assertThat(reader.progress(CYCLE).phase().activityId()).isEqualTo(key);
            complete(task(CYCLE, key));
        }
        CycleSummary submitted = reader.cycles().stream().filter(cycle -> cycle.cycleId().equals(CYCLE))
                .findFirst().orElseThrow();
        assertThat(submitted.status()).isEqualTo("submitted");
        assertThat(submitted.phase().key()).isEqualTo("submitted");
        assertThat(submitted.dueDates()).extracting(CycleProgress.Milestone::key)
                .containsExactly("kickoff", "proposals_due", "hearing", "committee", "submission");
        CycleProgress done = reader.progress(CYCLE);
        assertThat(done.counts()).containsEntry("accepted", 3);
        assertThat(done.history()).extracting(CycleProgress.PhaseVisit::key).endsWith("submit_plan", "submitted");
    }

    @Test
    void unknownCycleIsRefusedInThaiAndEnglish() {
        assertThatThrownBy(() -> reader.progress("no-such-cycle")).isInstanceOf(UnknownCycleException.class)
                .hasMessage("ไม่พบรอบการทบทวนแผน \"no-such-cycle\" (cycle no-such-cycle not found)");
    }

    private void startCycle(String cycleId) {
        Map<String, Object> start = new HashMap<>();
        start.put(VAR_CYCLE_ID, cycleId);
        start.put(VAR_AGENCIES, String.join(",", HEALTH, DISTRICT, PPAO));
        engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, start);
    }

    private String statusOf(String agencyId) {
        return row(agencyId).status();
    }

    private AgencyProgress row(String agencyId) {
        return reader.progress(CYCLE).agencies().stream().filter(row -> row.agencyId().equals(agencyId))
                .findFirst().orElseThrow();
    }

    private Task task(String cycleId, String key) {
        return CycleWalk.onlyTask(engine, cycleId, key);
    }

    private Task reviewOf(String agencyId) {
        return agencyTask(agencyId, TASK_AGENCY_REVIEW);
    }

    private Task screeningOf(String agencyId) {
        return agencyTask(agencyId, TASK_SCREEN_PROPOSAL);
    }

    private Task agencyTask(String agencyId, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(key)
                .processVariableValueEquals(VAR_AGENCY_ID, agencyId).singleResult();
    }

    private void complete(Task task) {
        CycleWalk.complete(engine, task);
    }

    private static void clockAt(String moment) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(moment).toInstant()));
    }
}
