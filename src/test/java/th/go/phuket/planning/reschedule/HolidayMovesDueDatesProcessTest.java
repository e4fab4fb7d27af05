package th.go.phuket.planning.reschedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.calendar.HolidayCsv;
import th.go.phuket.planning.calendar.Holidays;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleSchedule;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxTable;
import th.go.phuket.planning.mail.TestMailServer;
import th.go.phuket.planning.reminder.NoticeTestEngine;
import th.go.phuket.planning.task.DescribeTaskListener;

/**
 * The office declares Friday 31 Aug 2018, the day the agencies' proposals are due, a special holiday while the
 * agencies are still working: the open review becomes due on Thursday 30 Aug, its reminders move to Monday 27 and
 * Wednesday 29 Aug (three and one working days before), and the mails go out on those mornings; the overdue notice
 * stays on Monday 3 Sep, the first working day after. Taking the holiday back moves everything back. The clock is
 * moved with {@link ClockUtil}, day by day.
 */
class HolidayMovesDueDatesProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String CYCLE = "phuket-2563-holiday";
    private static final String AGENCY = "pkt_public_health";
    private static final LocalDate PROPOSALS_DUE = LocalDate.of(2018, 8, 31);

    private final Set<LocalDate> declared = ConcurrentHashMap.newKeySet();
    private ProcessEngine engine;
    private OpenTaskRescheduler rescheduler;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        Holidays official = Holidays.of(HolidayCsv.read(getClass().getResourceAsStream("/data/holidays-2018.csv"),
                "holidays-2018.csv"));
        WorkingDayCalendar calendar = new WorkingDayCalendar(day -> official.isHoliday(day) || declared.contains(day));
        ProcessTestEngine.prepare(engine, ProcessTestEngine.DIRECTORY, calendar);
        ProcessTestEngine.deployAllProcesses(engine, "holiday-moves-due-dates");
        ProcessTestEngine.forgetCycles(engine);
        NoticeTestEngine.clearOutbox(engine);
        TestMailServer.clear();
        rescheduler = new OpenTaskRescheduler(engine, new CycleSchedule(calendar));

        ClockUtil.setCurrentTime(at("2018-08-20T10:00:00+07:00"));
        engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, CYCLE,
                Map.of(CycleProcess.VAR_AGENCIES, AGENCY));
        CycleWalk.complete(engine, CycleWalk.onlyTask(engine, CYCLE, CycleProcess.TASK_PREPARE_DRAFT));
        CycleWalk.runJobs(engine);
    }

    @AfterEach
    void tearDown() {
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(instance -> {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test cleanup", true, true);
            }
        });
        NoticeTestEngine.clearOutbox(engine);
        ProcessTestEngine.forgetCycles(engine);
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void aHolidayOnTheDueDateMovesTheOpenReviewAndItsRemindersToTheWorkingDayBefore() {
        assertThat(review().getDueDate()).isEqualTo(at("2018-08-31T16:30:00+07:00"));
        assertThat(timer(CycleProcess.TIMER_REMINDER_DUE)).isEqualTo(at("2018-08-28T08:30:00+07:00"));

        declared.add(PROPOSALS_DUE);
        int moved = rescheduler.holidaysChanged(Set.of(PROPOSALS_DUE));

        assertThat(moved).as("the agency's open review").isOne();
        assertThat(review().getDueDate()).isEqualTo(at("2018-08-30T16:30:00+07:00"));
        assertThat(engine.getTaskService().getVariableLocal(review().getId(), DescribeTaskListener.VAR_DUE_DATE_TEXT))
                .isEqualTo("30 ส.ค. 2561");
        assertThat(timer(CycleProcess.TIMER_REMINDER_DUE)).isEqualTo(at("2018-08-27T08:30:00+07:00"));
        assertThat(timer(CycleProcess.TIMER_OVERDUE_NOTICE)).as("first working day after Thu 30 Aug")
                .isEqualTo(at("2018-09-03T08:30:00+07:00"));
        assertThat(cycleVariable(CycleProcess.VAR_PROPOSALS_DUE_AT)).isEqualTo(at("2018-08-30T16:30:00+07:00"));

        Map<LocalDate, List<EmailKind>> sent = walkDaysTo(LocalDate.of(2018, 9, 4));

        assertThat(sent).containsOnlyKeys(LocalDate.of(2018, 8, 20), LocalDate.of(2018, 8, 27),
                LocalDate.of(2018, 8, 29), LocalDate.of(2018, 9, 3));
        assertThat(sent.get(LocalDate.of(2018, 8, 27))).containsExactly(EmailKind.REMINDER);
        assertThat(sent.get(LocalDate.of(2018, 8, 29))).containsExactly(EmailKind.REMINDER);
        assertThat(sent.get(LocalDate.of(2018, 9, 3))).containsExactly(EmailKind.OVERDUE);
        assertThat(OutboxTable.of(engine, EmailKind.REMINDER)).extracting(OutboxEntry::text).satisfiesExactly(
                first -> assertThat(first).contains("30 ส.ค. 2561", "เหลืออีก 3 วันทำการ"),
                last -> assertThat(last).contains("30 ส.ค. 2561", "เหลืออีก 1 วันทำการ"));
    }

    @Test
    void takingTheHolidayBackMovesEverythingBackAndAChangeThatMovesNothingChangesNothing() {
        declared.add(PROPOSALS_DUE);
        rescheduler.holidaysChanged(Set.of(PROPOSALS_DUE));
        declared.remove(PROPOSALS_DUE);

        assertThat(rescheduler.holidaysChanged(Set.of(PROPOSALS_DUE))).isOne();

        assertThat(review().getDueDate()).isEqualTo(at("2018-08-31T16:30:00+07:00"));
        assertThat(timer(CycleProcess.TIMER_REMINDER_DUE)).isEqualTo(at("2018-08-28T08:30:00+07:00"));
        LocalDate farAway = LocalDate.of(2018, 12, 28);
        declared.add(farAway);
        assertThat(rescheduler.holidaysChanged(Set.of(farAway))).isZero();
        assertThat(review().getDueDate()).isEqualTo(at("2018-08-31T16:30:00+07:00"));
    }

    @Test
    void anOfficeTaskDueAfterTheNewHolidayMovesToo() {
        CycleWalk.complete(engine, review());
        Task screening = CycleWalk.onlyTask(engine, CYCLE, ContributionProcess.TASK_SCREEN_PROPOSAL);
        assertThat(screening.getDueDate()).as("three working days after 31 Aug").isEqualTo(at("2018-09-05T16:30:00+07:00"));

        LocalDate monday = LocalDate.of(2018, 9, 3);
        declared.add(monday);

        assertThat(rescheduler.holidaysChanged(Set.of(monday))).isOne();
        assertThat(CycleWalk.onlyTask(engine, CYCLE, ContributionProcess.TASK_SCREEN_PROPOSAL).getDueDate())
                .isEqualTo(at("2018-09-06T16:30:00+07:00"));
        assertThat(cycleVariable(CycleProcess.VAR_CONSOLIDATION_DUE_AT)).as("five working days after 31 Aug")
                .isEqualTo(at("2018-09-10T16:30:00+07:00"));
    }

    private Task review() {
        return CycleWalk.onlyTask(engine, CYCLE, ContributionProcess.TASK_AGENCY_REVIEW);
    }

    /** The cycle's due-notice timers: one of each kind for all its agencies. */
    private Date timer(String activityId) {
        String cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(CYCLE)
                .processDefinitionKey(CycleProcess.KEY).singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(cycle)
                .activityId(activityId).singleResult().getDuedate();
    }

    private Object cycleVariable(String name) {
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(CYCLE)
                .processDefinitionKey(CycleProcess.KEY).singleResult();
        return engine.getRuntimeService().getVariable(cycle.getId(), name);
    }

    /** 09:00 of every day up to {@code last}, running what is due; which emails were written on which day. */
    private Map<LocalDate, List<EmailKind>> walkDaysTo(LocalDate last) {
        LocalDate day = ThaiDates.bangkokDate(ClockUtil.getCurrentTime().toInstant());
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            ZonedDateTime nine = day.atTime(9, 0).atZone(ThaiDates.BANGKOK);
            if (nine.toInstant().isAfter(ClockUtil.getCurrentTime().toInstant())) {
                ClockUtil.setCurrentTime(Date.from(nine.toInstant()));
            }
            CycleWalk.runJobs(engine);
        }
        return OutboxTable.all(engine).stream().filter(entry -> CYCLE.equals(entry.cycleId())).collect(
                Collectors.groupingBy(entry -> ThaiDates.bangkokDate(entry.createdAt()), java.util.TreeMap::new,
                        Collectors.mapping(OutboxEntry::kind, Collectors.toList())));
    }

    private static Date at(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
