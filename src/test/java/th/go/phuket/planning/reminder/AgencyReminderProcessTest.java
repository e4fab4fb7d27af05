package th.go.phuket.planning.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.cycle.CycleProcess.CALL_AGENCY_CONTRIBUTION;
import static th.go.phuket.planning.cycle.CycleProcess.TASK_CONSOLIDATE_DRAFT;
import static th.go.phuket.planning.cycle.CycleProcess.TASK_PREPARE_DRAFT;
import static th.go.phuket.planning.cycle.CycleProcess.TASK_SEND_OVERDUE_NOTICE;
import static th.go.phuket.planning.cycle.CycleProcess.TASK_SEND_REMINDER;
import static th.go.phuket.planning.cycle.CycleProcess.TIMER_OVERDUE_NOTICE;
import static th.go.phuket.planning.cycle.CycleProcess.TIMER_REMINDER_DUE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
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
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.hearing.HearingProcess;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxTable;
import th.go.phuket.planning.mail.TestMailServer;

/**
 * Reminders and overdue notices of the agencies' reviews, on the Thai working-day calendar, from the cycle's two
 * timers on {@code Call_AgencyContribution}. The due date used is Tuesday 16 Oct 2018: the day before is a
 * substitution holiday (Mon 15, for Sat 13 Oct) after a weekend, so the one-day reminder falls on Friday 12 Oct, the
 * three-day one on Wednesday 10 Oct, and the overdue notice on Wednesday 17 Oct.
 */
@Deployment(resources = {CycleProcess.RESOURCE, ContributionProcess.RESOURCE, DeadlineWatchProcess.RESOURCE,
        HearingProcess.RESOURCE})
class AgencyReminderProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String HEALTH = "pkt_public_health";
    private static final String MUEANG = "dist_mueang_phuket";
    private static final String DUE = "2018-10-16";

    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessTestEngine.prepare(engine);
        NoticeTestEngine.clearOutbox(engine);
        TestMailServer.clear();
        ClockUtil.setCurrentTime(at("2018-10-01T09:00:00+07:00"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        ProcessTestEngine.forgetCycles(engine);
        NoticeTestEngine.clearOutbox(engine);
    }

    @Test
    void remindersFallThreeAndOneWorkingDaysBeforeTheDueDateAcrossAWeekendAndAHoliday() {
        ProcessInstance cycle = startAndDraft("phuket-2563", DUE, HEALTH);

        Map<LocalDate, List<EmailKind>> sent = walkDaysTo(LocalDate.of(2018, 10, 24));

        assertThat(sent).containsOnlyKeys(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 10),
                LocalDate.of(2018, 10, 12), LocalDate.of(2018, 10, 17));
        assertThat(sent.get(LocalDate.of(2018, 10, 1))).containsExactly(EmailKind.TASK_ASSIGNED);
        assertThat(sent.get(LocalDate.of(2018, 10, 10))).containsExactly(EmailKind.REMINDER);
        assertThat(sent.get(LocalDate.of(2018, 10, 12))).containsExactly(EmailKind.REMINDER);
        assertThat(sent.get(LocalDate.of(2018, 10, 17))).containsExactly(EmailKind.OVERDUE);
        assertThat(TestMailServer.receivedBy("pkt_public_health@agencies.example")).as("and COMMENTS_OPEN").hasSize(5);
        assertThat(reviewOf(HEALTH, "phuket-2563")).as("the task is still open, nothing cancelled").isNotNull();
        assertThat(cycle).hasPassed(TASK_SEND_REMINDER, TASK_SEND_OVERDUE_NOTICE).isWaitingAt(CALL_AGENCY_CONTRIBUTION);
    }

    @Test
    void theCycleHasOneReminderTimerAndOneOverdueTimerAtEightThirtyBangkokTimeWhateverTheNumberOfAgencies() {
        ProcessInstance cycle = startAndDraft("phuket-2563", DUE, HEALTH, MUEANG, "lao_ppao");

        assertThat(timersOf(cycle, TIMER_REMINDER_DUE)).containsExactly(at("2018-10-10T08:30:00+07:00"));
        assertThat(timersOf(cycle, TIMER_OVERDUE_NOTICE)).containsExactly(at("2018-10-17T08:30:00+07:00"));
        assertThat(engine.getManagementService().createJobQuery().timers().processDefinitionKey(ContributionProcess.KEY)
                .count()).as("no timer on the agencies' reviews").isZero();
    }

    @Test
    void remindersCarryTheDaysLeftAndTheOverdueNoticeGoesInCopyToTheOffice() {
        startAndDraft("phuket-2563", DUE, HEALTH);
        walkDaysTo(LocalDate.of(2018, 10, 17));

        List<OutboxEntry> reminders = OutboxTable.of(engine, EmailKind.REMINDER);
        assertThat(reminders).extracting(OutboxEntry::text).satisfiesExactly(
                first -> assertThat(first).contains("16 ต.ค. 2561", "เหลืออีก 3 วันทำการ"),
                last -> assertThat(last).contains("16 ต.ค. 2561", "เหลืออีก 1 วันทำการ"));
        // the province a contribution reads from its cycle (no copy of its own) signs every agency email
        assertThat(OutboxTable.of(engine, EmailKind.TASK_ASSIGNED).get(0).text()).contains("สำนักงานจังหวัดภูเก็ต");
        assertThat(reminders).extracting(OutboxEntry::text).allSatisfy(text -> assertThat(text)
                .contains("สำนักงานจังหวัดภูเก็ต"));
        OutboxEntry overdue = OutboxTable.of(engine, EmailKind.OVERDUE).get(0);
        assertThat(overdue.to()).containsExactly("pkt_public_health@agencies.example");
        assertThat(overdue.cc()).containsExactly("strategy-office@planning.example");
        assertThat(overdue.text()).contains("เลยกำหนดมาแล้ว 1 วันทำการ");
        assertThat(overdue.text()).contains("http://localhost:8080/camunda/app/tasklist/default/#/?task="
                + reviewOf(HEALTH, "phuket-2563").getId());
    }

    @Test
    void onlyTheAgenciesStillReviewingAreRemindedAndTheTimersGoWithTheLastContribution() {
        ProcessInstance cycle = startAndDraft("phuket-2563", DUE, HEALTH, MUEANG);
        walkDaysTo(LocalDate.of(2018, 10, 9));
        CycleWalk.complete(engine, reviewOf(HEALTH, "phuket-2563"));

        walkDaysTo(LocalDate.of(2018, 10, 10));
        assertThat(OutboxTable.of(engine, EmailKind.REMINDER)).flatExtracting(OutboxEntry::to)
                .containsExactly("dist_mueang_phuket@agencies.example");

        CycleWalk.complete(engine, reviewOf(MUEANG, "phuket-2563"));
        CycleWalk.allAgenciesContributeAndAreAccepted(engine, "phuket-2563");
        walkDaysTo(LocalDate.of(2018, 10, 31));

        assertThat(cycle).hasPassed(CALL_AGENCY_CONTRIBUTION).isWaitingAt(TASK_CONSOLIDATE_DRAFT);
        assertThat(timersOf(cycle, TIMER_REMINDER_DUE, TIMER_OVERDUE_NOTICE)).as("the timers went with the call")
                .isEmpty();
        assertThat(agencyTaskEmails()).extracting(OutboxEntry::kind).containsExactlyInAnyOrder(
                EmailKind.TASK_ASSIGNED, EmailKind.TASK_ASSIGNED, EmailKind.REMINDER);
    }

    @Test
    void overdueGoesOutOnceAlsoWhenTheTaskStaysOpenForWeeksAndComesBackAfterScreening() {
        startAndDraft("phuket-2563", DUE, HEALTH);
        walkDaysTo(LocalDate.of(2018, 11, 9));
        returnAfterReview(HEALTH, "phuket-2563");

        walkDaysTo(LocalDate.of(2018, 11, 30));

        assertThat(OutboxTable.of(engine, EmailKind.OVERDUE)).hasSize(1);
        assertThat(OutboxTable.of(engine, EmailKind.REMINDER)).hasSize(2);
        OutboxEntry returned = OutboxTable.of(engine, EmailKind.RETURNED).get(0);
        String contribution = reviewOf(HEALTH, "phuket-2563").getProcessInstanceId();
        assertThat(returned.text()).contains("กรุณาระบุงบประมาณรายโครงการ");
        assertThat(returned.processInstanceId()).isEqualTo(contribution);
        assertThat(returned.text()).contains("/agency-review/" + contribution);
    }

    @Test
    void aProposalReturnedAfterTheDueDateButBeforeTheOverdueMorningIsCalledOverdueOnce() {
        startAndDraft("phuket-2563", DUE, HEALTH);
        walkDaysTo(LocalDate.of(2018, 10, 12));
        CycleWalk.complete(engine, reviewOf(HEALTH, "phuket-2563"));
        ClockUtil.setCurrentTime(at("2018-10-16T17:00:00+07:00"));
        returnScreening(HEALTH, "phuket-2563");

        walkDaysTo(LocalDate.of(2018, 10, 31));

        assertThat(OutboxTable.of(engine, EmailKind.OVERDUE)).extracting(OutboxEntry::createdAt)
                .containsExactly(at("2018-10-17T09:00:00+07:00").toInstant());
    }

    @Test
    void aProposalReturnedAfterTheOverdueMorningGetsNoMoreDueNotices() {
        startAndDraft("phuket-2563", DUE, HEALTH);
        walkDaysTo(LocalDate.of(2018, 10, 12));
        CycleWalk.complete(engine, reviewOf(HEALTH, "phuket-2563"));
        walkDaysTo(LocalDate.of(2018, 10, 18));
        returnScreening(HEALTH, "phuket-2563");

        walkDaysTo(LocalDate.of(2018, 11, 30));

        assertThat(OutboxTable.of(engine, EmailKind.REMINDER)).hasSize(2);
        assertThat(OutboxTable.of(engine, EmailKind.OVERDUE)).isEmpty();
        assertThat(reviewOf(HEALTH, "phuket-2563")).as("the returned review is open again").isNotNull();
    }

    @Test
    void anAppDownOnBothReminderDaysSendsOneReminderWhenItComesBackNotAFlood() {
        startAndDraft("phuket-2563", DUE, HEALTH);
        CycleWalk.runJobs(engine);

        ClockUtil.setCurrentTime(at("2018-10-16T10:00:00+07:00"));
        CycleWalk.runJobs(engine);
        CycleWalk.runJobs(engine);

        List<OutboxEntry> reminders = OutboxTable.of(engine, EmailKind.REMINDER);
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).text()).contains("ครบกำหนดวันนี้");
        assertThat(OutboxTable.of(engine, EmailKind.OVERDUE)).isEmpty();
    }

    @Test
    void anAgencyWithReviewsInTwoCyclesDueAtOnceGetsOneEmailListingBoth() {
        startAndDraft("phuket-2563", DUE, HEALTH, MUEANG);
        startAndDraft("patong-2563", "2018-10-12", HEALTH);

        ClockUtil.setCurrentTime(at("2018-10-10T08:31:00+07:00"));
        CycleWalk.runJobs(engine);
        NoticeTestEngine.deliverMail(engine);

        List<OutboxEntry> reminders = OutboxTable.of(engine, EmailKind.REMINDER);
        assertThat(reminders).hasSize(2);
        OutboxEntry health = reminders.stream().filter(r -> r.to().contains("pkt_public_health@agencies.example"))
                .findFirst().orElseThrow();
        assertThat(health.text()).contains("12 ต.ค. 2561", "16 ต.ค. 2561",
                "?task=" + reviewOf(HEALTH, "phuket-2563").getId(), "?task=" + reviewOf(HEALTH, "patong-2563").getId());
        assertThat(health.subject()).contains("2 รายการ");
        assertThat(health.ics()).contains("BEGIN:VEVENT").containsPattern("(?s)VEVENT.*VEVENT");
        assertThat(OutboxTable.noticeCount(engine)).isEqualTo(3);
        assertThat(TestMailServer.receivedBy("pkt_public_health@agencies.example"))
                .as("TASK_ASSIGNED and COMMENTS_OPEN of each cycle, one reminder").hasSize(5);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    /** Starts a cycle of {@code agencies} due on {@code proposalsDue} and sends the draft (contributions start). */
    private ProcessInstance startAndDraft(String cycleId, String proposalsDue, String... agencies) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CycleProcess.VAR_CYCLE_ID, cycleId);
        variables.put(CycleProcess.VAR_AGENCIES, String.join(",", agencies));
        variables.put(CycleProcess.VAR_PROPOSALS_DUE, proposalsDue);
        variables.put(CycleProcess.VAR_HEARING_DATE, "2018-10-25");
        variables.put(CycleProcess.VAR_COMMITTEE_DATE, "2018-10-31");
        variables.put(CycleProcess.VAR_SUBMISSION_DEADLINE, "2018-12-28");
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, variables);
        CycleWalk.complete(engine, CycleWalk.onlyTask(engine, cycleId, TASK_PREPARE_DRAFT));
        return cycle;
    }

    private Task reviewOf(String agencyId, String cycleId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycleId)
                .taskDefinitionKey(TASK_AGENCY_REVIEW).taskCandidateGroup(agencyId).singleResult();
    }

    private void returnAfterReview(String agencyId, String cycleId) {
        CycleWalk.complete(engine, reviewOf(agencyId, cycleId));
        returnScreening(agencyId, cycleId);
    }

    private void returnScreening(String agencyId, String cycleId) {
        String contribution = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ContributionProcess.KEY).processInstanceBusinessKey(cycleId)
                .variableValueEquals(VAR_AGENCY_ID, agencyId).singleResult().getId();
        Task screening = engine.getTaskService().createTaskQuery().processInstanceId(contribution)
                .taskDefinitionKey(TASK_SCREEN_PROPOSAL).singleResult();
        CycleWalk.complete(engine, screening, Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                VAR_SCREENING_NOTE, "กรุณาระบุงบประมาณรายโครงการ"));
    }

    private List<Date> timersOf(ProcessInstance cycle, String... activityIds) {
        List<Date> dueDates = new ArrayList<>();
        for (String activityId : activityIds) {
            engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).activityId(activityId)
                    .timers().list().forEach(job -> dueDates.add(job.getDuedate()));
        }
        return dueDates;
    }

    /**
     * Moves the clock to 09:00 of every day up to {@code last} (from the current day), runs what is due, and
     * returns which kinds of email were written on which day.
     */
    private Map<LocalDate, List<EmailKind>> walkDaysTo(LocalDate last) {
        LocalDate day = ClockUtil.getCurrentTime().toInstant().atZone(ThaiDates.BANGKOK).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            ZonedDateTime nine = day.atTime(9, 0).atZone(ThaiDates.BANGKOK);
            if (nine.toInstant().isAfter(ClockUtil.getCurrentTime().toInstant())) {
                ClockUtil.setCurrentTime(Date.from(nine.toInstant()));
            }
            CycleWalk.runJobs(engine);
            NoticeTestEngine.deliverMail(engine);
        }
        Map<LocalDate, List<EmailKind>> byDay = new HashMap<>();
        for (OutboxEntry entry : agencyTaskEmails()) {
            byDay.computeIfAbsent(entry.createdAt().atZone(ThaiDates.BANGKOK).toLocalDate(), d -> new ArrayList<>())
                    .add(entry.kind());
        }
        return byDay;
    }

    /** The outbox without the public hearing's announcement (COMMENTS_OPEN, sent with the draft; not this test's). */
    private List<OutboxEntry> agencyTaskEmails() {
        return OutboxTable.all(engine).stream().filter(entry -> entry.kind() != EmailKind.COMMENTS_OPEN).toList();
    }

    private static Date at(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
