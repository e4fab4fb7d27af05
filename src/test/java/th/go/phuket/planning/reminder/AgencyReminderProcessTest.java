package th.go.phuket.planning.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.phuket.planning.contribution.ContributionProcess.*;

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
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxTable;
import th.go.phuket.planning.mail.TestMailServer;

/**
 * Reminders and overdue notices of an agency's review, on the Thai working-day calendar. The due date used is
 * Tuesday 16 Oct 2018: the day before is a substitution holiday (Mon 15, for Sat 13 Oct) after a weekend, so the
 * one-day reminder falls on Friday 12 Oct, the three-day one on Wednesday 10 Oct, and the overdue notice on
 * Wednesday 17 Oct.
 */
@Deployment(resources = {ContributionProcess.RESOURCE})
class AgencyReminderProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String HEALTH = "pkt_public_health";
    private static final Date DUE = at("2018-10-16T16:30:00+07:00");

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
        NoticeTestEngine.clearOutbox(engine);
    }

    @Test
    void remindersFallThreeAndOneWorkingDaysBeforeTheDueDateAcrossAWeekendAndAHoliday() {
        ProcessInstance contribution = startFor(HEALTH, "phuket-2563", DUE);

        Map<LocalDate, List<EmailKind>> sent = walkDaysTo(LocalDate.of(2018, 10, 24));

        assertThat(sent).containsOnlyKeys(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 10),
                LocalDate.of(2018, 10, 12), LocalDate.of(2018, 10, 17));
        assertThat(sent.get(LocalDate.of(2018, 10, 1))).containsExactly(EmailKind.TASK_ASSIGNED);
        assertThat(sent.get(LocalDate.of(2018, 10, 10))).containsExactly(EmailKind.REMINDER);
        assertThat(sent.get(LocalDate.of(2018, 10, 12))).containsExactly(EmailKind.REMINDER);
        assertThat(sent.get(LocalDate.of(2018, 10, 17))).containsExactly(EmailKind.OVERDUE);
        assertThat(TestMailServer.receivedBy("pkt_public_health@agencies.example")).hasSize(4);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(contribution.getId()).count()).as("the task is still open, nothing cancelled").isOne();
    }

    @Test
    void timersAreScheduledForEightThirtyBangkokTime() {
        ProcessInstance contribution = startFor(HEALTH, "phuket-2563", DUE);

        assertThat(timerDue(contribution, TIMER_REMINDER_DUE)).isEqualTo(at("2018-10-10T08:30:00+07:00"));
        assertThat(timerDue(contribution, TIMER_OVERDUE_NOTICE)).isEqualTo(at("2018-10-17T08:30:00+07:00"));
    }

    @Test
    void remindersCarryTheDaysLeftAndTheOverdueNoticeGoesInCopyToTheOffice() {
        startFor(HEALTH, "phuket-2563", DUE);
        walkDaysTo(LocalDate.of(2018, 10, 17));

        List<OutboxEntry> reminders = OutboxTable.of(engine, EmailKind.REMINDER);
        assertThat(reminders).extracting(OutboxEntry::text).satisfiesExactly(
                first -> assertThat(first).contains("16 ต.ค. 2561", "เหลืออีก 3 วันทำการ"),
                last -> assertThat(last).contains("16 ต.ค. 2561", "เหลืออีก 1 วันทำการ"));
        OutboxEntry overdue = OutboxTable.of(engine, EmailKind.OVERDUE).get(0);
        assertThat(overdue.to()).containsExactly("pkt_public_health@agencies.example");
        assertThat(overdue.cc()).containsExactly("strategy-office@planning.example");
        assertThat(overdue.text()).contains("เลยกำหนดมาแล้ว 1 วันทำการ");
    }

    @Test
    void nothingIsSentForATaskCompletedInTime() {
        ProcessInstance contribution = startFor(HEALTH, "phuket-2563", DUE);
        walkDaysTo(LocalDate.of(2018, 10, 9));
        CycleWalk.complete(engine, reviewOf(contribution));

        walkDaysTo(LocalDate.of(2018, 10, 31));

        assertThat(OutboxTable.all(engine)).extracting(OutboxEntry::kind).containsExactly(EmailKind.TASK_ASSIGNED);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(contribution.getId()).timers()
                .count()).as("the timers went with the task").isZero();
    }

    @Test
    void overdueGoesOutOnceAlsoWhenTheTaskStaysOpenForWeeksAndComesBackAfterScreening() {
        ProcessInstance contribution = startFor(HEALTH, "phuket-2563", DUE);
        walkDaysTo(LocalDate.of(2018, 11, 9));
        CycleWalk.complete(engine, reviewOf(contribution));
        Task screening = engine.getTaskService().createTaskQuery().processInstanceId(contribution.getId()).singleResult();
        CycleWalk.complete(engine, screening, Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                VAR_SCREENING_NOTE, "กรุณาระบุงบประมาณรายโครงการ"));

        walkDaysTo(LocalDate.of(2018, 11, 30));

        assertThat(OutboxTable.of(engine, EmailKind.OVERDUE)).hasSize(1);
        assertThat(OutboxTable.of(engine, EmailKind.REMINDER)).hasSize(2);
        OutboxEntry returned = OutboxTable.of(engine, EmailKind.RETURNED).get(0);
        assertThat(returned.text()).contains("กรุณาระบุงบประมาณรายโครงการ");
        assertThat(returned.processInstanceId()).isEqualTo(contribution.getId());
        assertThat(returned.text()).contains("/agency-review/" + contribution.getId());
    }

    @Test
    void anAppDownOnBothReminderDaysSendsOneReminderWhenItComesBackNotAFlood() {
        startFor(HEALTH, "phuket-2563", DUE);
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
    void twoReviewsOfOneAgencyDueAtOnceMakeOneEmailListingBoth() {
        startFor(HEALTH, "phuket-2563", DUE);
        startFor(HEALTH, "patong-2563", at("2018-10-12T16:30:00+07:00"));
        startFor("dist_mueang_phuket", "phuket-2563", DUE);

        ClockUtil.setCurrentTime(at("2018-10-10T08:31:00+07:00"));
        CycleWalk.runJobs(engine);
        NoticeTestEngine.deliverMail(engine);

        List<OutboxEntry> reminders = OutboxTable.of(engine, EmailKind.REMINDER);
        assertThat(reminders).hasSize(2);
        OutboxEntry health = reminders.stream().filter(r -> r.to().contains("pkt_public_health@agencies.example"))
                .findFirst().orElseThrow();
        assertThat(health.text()).contains("รอบ phuket-2563", "รอบ patong-2563", "12 ต.ค. 2561", "16 ต.ค. 2561");
        assertThat(health.subject()).contains("2 รายการ");
        assertThat(health.ics()).contains("BEGIN:VEVENT").containsPattern("(?s)VEVENT.*VEVENT");
        assertThat(OutboxTable.noticeCount(engine)).isEqualTo(3);
        assertThat(TestMailServer.receivedBy("pkt_public_health@agencies.example")).hasSize(3);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private ProcessInstance startFor(String agencyId, String cycleId, Date dueAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_AGENCY_ID, agencyId);
        variables.put(CycleProcess.VAR_CYCLE_ID, cycleId);
        variables.put(CycleProcess.VAR_CYCLE_TITLE, "รอบ " + cycleId);
        variables.put(CycleProcess.VAR_PROVINCE, "ภูเก็ต");
        variables.put(CycleProcess.VAR_PROPOSALS_DUE_AT, dueAt);
        variables.put(CycleProcess.VAR_SCREENING_DUE_AT, at("2018-10-19T16:30:00+07:00"));
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, cycleId, variables);
    }

    private Task reviewOf(ProcessInstance contribution) {
        return engine.getTaskService().createTaskQuery().processInstanceId(contribution.getId())
                .taskDefinitionKey(TASK_AGENCY_REVIEW).singleResult();
    }

    private Date timerDue(ProcessInstance contribution, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(contribution.getId())
                .activityId(activityId).singleResult();
        return job.getDuedate();
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
        for (OutboxEntry entry : OutboxTable.all(engine)) {
            byDay.computeIfAbsent(entry.createdAt().atZone(ThaiDates.BANGKOK).toLocalDate(), d -> new ArrayList<>())
                    .add(entry.kind());
        }
        return byDay;
    }

    private static Date at(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
