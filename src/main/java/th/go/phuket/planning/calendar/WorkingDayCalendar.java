package th.go.phuket.planning.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Thai government working days: Monday to Friday, minus public holidays. */
public class WorkingDayCalendar {

    private final HolidaySource holidays;

    public WorkingDayCalendar(HolidaySource holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /** The n-th working day after {@code date} (n = 0 gives {@code date} itself, moved forward if it is a day off). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            return minusWorkingDays(date, -n);
        }
        LocalDate day = n == 0 ? firstWorkingDayOnOrAfter(date) : date;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The n-th working day before {@code date} (n = 0 gives {@code date} itself, moved back if it is a day off). */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            return plusWorkingDays(date, -n);
        }
        LocalDate day = n == 0 ? lastWorkingDayOnOrBefore(date) : date;
        for (int left = n; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    public LocalDate firstWorkingDayAfter(LocalDate date) {
        return firstWorkingDayOnOrAfter(date.plusDays(1));
    }

    public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} lies before
     * {@code from}. "Working days left until the deadline" is {@code workingDaysBetween(today, deadline)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
