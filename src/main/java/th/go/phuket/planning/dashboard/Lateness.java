package th.go.phuket.planning.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.calendar.WorkingDayCalendar;

/**
 * How late something is at a moment: {@code days} are calendar days from the Bangkok date of the due date to the
 * date of the moment, at least 1 once the due time has passed (late on the due day itself after 16:30 counts as a
 * day); {@code workingDays} are Thai working days in between ({@link WorkingDayCalendar#workingDaysBetween}), so
 * Saturday after a Friday deadline is 1 calendar day and 0 working days late.
 */
public record Lateness(long days, int workingDays) {

    public static final Lateness NONE = new Lateness(0, 0);

    public static Lateness of(Instant due, Instant at, WorkingDayCalendar calendar) {
        if (due == null || at == null || !at.isAfter(due)) {
            return NONE;
        }
        LocalDate dueDay = ThaiDates.bangkokDate(due);
        LocalDate day = ThaiDates.bangkokDate(at);
        long days = Math.max(1, ChronoUnit.DAYS.between(dueDay, day));
        return new Lateness(days, Math.max(0, calendar.workingDaysBetween(dueDay, day)));
    }

    public boolean late() {
        return days > 0;
    }
}
