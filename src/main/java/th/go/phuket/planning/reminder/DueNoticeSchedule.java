package th.go.phuket.planning.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.mail.EmailKind;

/**
 * The Thai working-day rules of due notices, and the timer values the BPMN reads from it (bean
 * {@code dueNoticeSchedule}). With the defaults, a task due Friday 31 Aug 2018 is reminded on Tue 28 and Thu 30 Aug
 * and, if still open, called overdue on Mon 3 Sep, each at 08:30 Bangkok time.
 */
@Component
public class DueNoticeSchedule {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /**
     * Where a timer waits when it has nothing to send while its task is open: a task created after its last
     * reminder (or overdue) moment, such as a proposal returned late, or one without a due date. The timer goes
     * with the task; it never fires in between, so it never competes with the people working on the task.
     */
    public static final ZonedDateTime PARKED = ZonedDateTime.of(2999, 12, 31, 8, 30, 0, 0, ThaiDates.BANGKOK);

    private final WorkingDayCalendar calendar;
    private final ReminderSettings settings;
    private final Clock clock;

    /** The application's schedule: the settings {@code planning.reminders.*}, the engine's clock. */
    @Autowired
    public DueNoticeSchedule(WorkingDayCalendar calendar,
            @Value("${planning.reminders.days-before:" + ReminderSettings.DEFAULT_DAYS_BEFORE + "}") String daysBefore,
            @Value("${planning.reminders.send-at:" + ReminderSettings.DEFAULT_SEND_AT + "}") String sendAt,
            @Value("${planning.reminders.at-risk-working-days:" + ReminderSettings.DEFAULT_AT_RISK_WORKING_DAYS + "}")
            int atRiskWorkingDays) {
        this(calendar, ReminderSettings.parse(daysBefore, sendAt, atRiskWorkingDays), new EngineClock());
    }

    /** {@code clock} is the engine's: timers are set against the time the engine (or a rehearsal) is at. */
    public DueNoticeSchedule(WorkingDayCalendar calendar, ReminderSettings settings, Clock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    public ReminderSettings settings() {
        return settings;
    }

    /** Reminder moments for a task due on {@code dueDay}, earliest first. */
    public List<ZonedDateTime> reminderPoints(LocalDate dueDay) {
        return settings.daysBefore().stream()
                .map(days -> at(calendar.minusWorkingDays(dueDay, days)))
                .distinct().sorted().toList();
    }

    /** The first working day after the due day, at the sending time. */
    public ZonedDateTime overduePoint(LocalDate dueDay) {
        return at(calendar.firstWorkingDayAfter(dueDay));
    }

    /**
     * {@code Timer_ReminderDue}: every morning from the next reminder day to the last one (an ISO 8601 repeating
     * interval); each morning the task is looked at and only reminder days send anything. A day in between costs
     * one look, and any list of reminder days works without changing the model. With no reminder day ahead, the
     * timer is {@link #PARKED}.
     */
    public String reminderCycle(Date dueAt) {
        Instant now = clock.instant();
        List<ZonedDateTime> upcoming = dueAt == null ? List.of() : reminderPoints(dueDay(dueAt)).stream()
                .filter(point -> point.toInstant().isAfter(now)).toList();
        if (upcoming.isEmpty()) {
            return "R0/" + ISO.format(PARKED) + "/P1D";
        }
        ZonedDateTime first = upcoming.get(0);
        long days = ChronoUnit.DAYS.between(first.toLocalDate(), upcoming.get(upcoming.size() - 1).toLocalDate());
        return "R" + days + "/" + ISO.format(first) + "/P1D";
    }

    /** {@code Timer_OverdueNotice}. */
    public Date overdueNoticeAt(Date dueAt) {
        ZonedDateTime overdue = dueAt == null ? PARKED : overduePoint(dueDay(dueAt));
        return Date.from((overdue.toInstant().isAfter(clock.instant()) ? overdue : PARKED).toInstant());
    }

    /** {@code Timer_DeadlineAtRisk}: N working days before the submission deadline ({@code yyyy-MM-dd}). */
    public Date deadlineAtRiskAt(String submissionDeadline) {
        return Date.from(at(calendar.minusWorkingDays(LocalDate.parse(submissionDeadline),
                settings.atRiskWorkingDays())).toInstant());
    }

    /** {@code Timer_SubmissionOverdue}: the deadline day has passed (midnight after it, Bangkok). */
    public Date submissionOverdueAt(String submissionDeadline) {
        return Date.from(LocalDate.parse(submissionDeadline).plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant());
    }

    /**
     * The notice a task due at {@code dueAt}, created at {@code createdAt}, is due for at {@code now}: the latest
     * reminder or overdue moment that has come and that lies after the task was created. A moment passed while the
     * app was down still counts, but only the latest one: one notice, not a backlog of stale ones.
     */
    public Optional<DueNotice> currentNotice(Instant dueAt, Instant createdAt, Instant now) {
        LocalDate dueDay = dueAt.atZone(ThaiDates.BANGKOK).toLocalDate();
        DueNotice current = null;
        for (ZonedDateTime point : reminderPoints(dueDay)) {
            if (hasCome(point, createdAt, now)) {
                current = new DueNotice(EmailKind.REMINDER, point.toLocalDate());
            }
        }
        ZonedDateTime overdue = overduePoint(dueDay);
        if (hasCome(overdue, createdAt, now)) {
            current = new DueNotice(EmailKind.OVERDUE, overdue.toLocalDate());
        }
        return Optional.ofNullable(current);
    }

    private static boolean hasCome(ZonedDateTime point, Instant createdAt, Instant now) {
        return point.toInstant().isAfter(createdAt) && !point.toInstant().isAfter(now);
    }

    /** Working days from today to the due day (negative when late): 3 on a reminder 3 working days ahead. */
    public int workingDaysLeft(Instant dueAt, Instant now) {
        return calendar.workingDaysBetween(now.atZone(ThaiDates.BANGKOK).toLocalDate(),
                dueAt.atZone(ThaiDates.BANGKOK).toLocalDate());
    }

    private ZonedDateTime at(LocalDate day) {
        return day.atTime(settings.sendAt()).atZone(ThaiDates.BANGKOK);
    }

    private static LocalDate dueDay(Date dueAt) {
        return dueAt.toInstant().atZone(ThaiDates.BANGKOK).toLocalDate();
    }
}
