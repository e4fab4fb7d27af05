package th.go.phuket.planning.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.mail.EmailKind;

class DueNoticeScheduleTest {

    private static final WorkingDayCalendar CALENDAR = ProcessTestEngine.CALENDAR;

    private static DueNoticeSchedule at(String now, ReminderSettings settings) {
        return new DueNoticeSchedule(CALENDAR, settings, Clock.fixed(instant(now), ZoneOffset.UTC));
    }

    private static DueNoticeSchedule at(String now) {
        return at(now, ReminderSettings.defaults());
    }

    @Test
    void remindersAreThreeAndOneWorkingDaysBeforeAndOverdueTheFirstWorkingDayAfter() {
        DueNoticeSchedule schedule = at("2018-08-17T09:00:00+07:00");

        assertThat(schedule.reminderPoints(LocalDate.of(2018, 8, 31))).extracting(p -> p.toOffsetDateTime().toString())
                .containsExactly("2018-08-28T08:30+07:00", "2018-08-30T08:30+07:00");
        assertThat(schedule.overduePoint(LocalDate.of(2018, 8, 31)).toLocalDate()).isEqualTo(LocalDate.of(2018, 9, 3));
    }

    @Test
    void weekendsAndHolidaysAreSkipped() {
        DueNoticeSchedule schedule = at("2018-10-01T09:00:00+07:00");

        assertThat(schedule.reminderPoints(LocalDate.of(2018, 10, 16))).extracting(p -> p.toLocalDate())
                .containsExactly(LocalDate.of(2018, 10, 10), LocalDate.of(2018, 10, 12));
        assertThat(schedule.overduePoint(LocalDate.of(2018, 10, 22)).toLocalDate())
                .as("23 Oct is Chulalongkorn Day").isEqualTo(LocalDate.of(2018, 10, 24));
        assertThat(schedule.overduePoint(LocalDate.of(2018, 12, 28)).toLocalDate())
                .as("31 Dec 2018 and 1 Jan 2019 are holidays").isEqualTo(LocalDate.of(2019, 1, 2));
    }

    @Test
    void theReminderTimerCyclesDailyFromTheNextReminderDayToTheLast() {
        assertThat(at("2018-08-17T09:00:00+07:00").reminderCycle(date("2018-08-31T16:30:00+07:00")))
                .isEqualTo("R2/2018-08-28T08:30:00+07:00/P1D");
        assertThat(at("2018-08-29T09:00:00+07:00").reminderCycle(date("2018-08-31T16:30:00+07:00")))
                .as("created after the first reminder").isEqualTo("R0/2018-08-30T08:30:00+07:00/P1D");
        assertThat(at("2018-10-01T09:00:00+07:00").reminderCycle(date("2018-10-16T16:30:00+07:00")))
                .isEqualTo("R2/2018-10-10T08:30:00+07:00/P1D");
    }

    @Test
    void timersWithNothingLeftToSendAreParkedUntilTheTaskGoes() {
        DueNoticeSchedule late = at("2018-09-06T10:00:00+07:00");

        assertThat(late.reminderCycle(date("2018-08-31T16:30:00+07:00"))).isEqualTo("R0/2999-12-31T08:30:00+07:00/P1D");
        assertThat(late.overdueNoticeAt(date("2018-08-31T16:30:00+07:00")))
                .isEqualTo(Date.from(DueNoticeSchedule.PARKED.toInstant()));
        assertThat(late.overdueNoticeAt(null)).isEqualTo(Date.from(DueNoticeSchedule.PARKED.toInstant()));
        assertThat(at("2018-08-17T09:00:00+07:00").overdueNoticeAt(date("2018-08-31T16:30:00+07:00")))
                .isEqualTo(date("2018-09-03T08:30:00+07:00"));
    }

    @Test
    void theCurrentNoticeIsTheLatestMomentThatHasComeSinceTheTaskWasCreated() {
        DueNoticeSchedule schedule = at("2018-08-17T09:00:00+07:00");
        Instant due = instant("2018-08-31T16:30:00+07:00");
        Instant created = instant("2018-08-20T10:00:00+07:00");

        assertThat(schedule.currentNotice(due, created, instant("2018-08-28T08:29:00+07:00"))).isEmpty();
        assertThat(schedule.currentNotice(due, created, instant("2018-08-28T08:30:00+07:00")))
                .contains(new DueNotice(EmailKind.REMINDER, LocalDate.of(2018, 8, 28)));
        assertThat(schedule.currentNotice(due, created, instant("2018-08-31T12:00:00+07:00")))
                .as("down on both reminder days: only the latest").contains(
                        new DueNotice(EmailKind.REMINDER, LocalDate.of(2018, 8, 30)));
        assertThat(schedule.currentNotice(due, created, instant("2018-10-01T08:30:00+07:00")))
                .contains(new DueNotice(EmailKind.OVERDUE, LocalDate.of(2018, 9, 3)));
        assertThat(schedule.currentNotice(due, instant("2018-09-06T10:00:00+07:00"), instant("2018-09-07T09:00:00+07:00")))
                .as("a task created after every moment").isEmpty();
    }

    @Test
    void theDeadlineWatchWarnsFiveWorkingDaysBeforeAndMarksOverdueAfterTheDeadlineDay() {
        DueNoticeSchedule schedule = at("2018-08-17T09:00:00+07:00");

        assertThat(schedule.deadlineAtRiskAt("2018-09-30")).isEqualTo(date("2018-09-24T08:30:00+07:00"));
        assertThat(schedule.submissionOverdueAt("2018-09-30")).isEqualTo(date("2018-10-01T00:00:00+07:00"));
        assertThat(at("2018-08-17T09:00:00+07:00", ReminderSettings.parse("2", "09:00", 2))
                .deadlineAtRiskAt("2018-09-30")).isEqualTo(date("2018-09-27T09:00:00+07:00"));
    }

    @Test
    void workingDaysLeftCountFromTodayToTheDueDay() {
        DueNoticeSchedule schedule = at("2018-08-17T09:00:00+07:00");
        Instant due = instant("2018-08-31T16:30:00+07:00");

        assertThat(schedule.workingDaysLeft(due, instant("2018-08-28T08:30:00+07:00"))).isEqualTo(3);
        assertThat(schedule.workingDaysLeft(due, instant("2018-08-31T08:30:00+07:00"))).isZero();
        assertThat(schedule.workingDaysLeft(due, instant("2018-09-04T08:30:00+07:00"))).isEqualTo(-2);
    }

    @Test
    void badSettingsAreRefusedInThaiAndEnglish() {
        assertThatThrownBy(() -> ReminderSettings.parse("3,x", "08:30", 5))
                .hasMessageContaining("planning.reminders.days-before").hasMessageContaining("ไม่ถูกต้อง");
        assertThatThrownBy(() -> ReminderSettings.parse("", "08:30", 5)).hasMessageContaining("days-before");
        assertThatThrownBy(() -> ReminderSettings.parse("3,1", "8.30", 5)).hasMessageContaining("send-at");
        assertThatThrownBy(() -> ReminderSettings.parse("3,1", "08:30", -1)).hasMessageContaining("at-risk");
        assertThat(ReminderSettings.parse("1, 3, 3", "08:30", 5).daysBefore()).containsExactly(3, 1);
    }

    private static Instant instant(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    private static Date date(String iso) {
        return Date.from(instant(iso));
    }
}
