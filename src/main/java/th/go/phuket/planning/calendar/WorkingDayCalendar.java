package th.go.phuket.planning.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thai government working days: Monday to Friday, minus the public holidays of a {@link HolidaySource}.
 *
 * <p>Conventions shared by every method: dates are calendar dates in Bangkok ({@link ThaiDates#BANGKOK}); "after"
 * and "before" are strict (the given date itself is never counted) unless the name says "on or"; a count of working
 * days never counts the starting date. For example, with Friday 2018-08-31 as due date and no holidays around it,
 * {@code minusWorkingDays(due, 1)} is Thursday 08-30, {@code minusWorkingDays(due, 3)} is Tuesday 08-28 and
 * {@code firstWorkingDayAfter(due)} is Monday 09-03.
 */
public class WorkingDayCalendar {

    /** Longer runs of days off than this mean the holiday data is broken; fail rather than loop for ever. */
    static final int MAX_DAYS_OFF_IN_A_ROW = 366;

    private final HolidaySource holidays;

    public WorkingDayCalendar(HolidaySource holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** {@code true} on Monday to Friday unless the day is a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /**
     * The {@code n}-th working day after {@code date}, counting only days strictly after it (whether {@code date}
     * itself is a working day does not matter): {@code plusWorkingDays(Fri 08-31, 1)} is Mon 09-03.
     * {@code n = 0} gives {@link #firstWorkingDayOnOrAfter(LocalDate)}; a negative {@code n} counts backwards as
     * {@link #minusWorkingDays(LocalDate, int)} with {@code -n}.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            return minusWorkingDays(date, Math.negateExact(n));
        }
        if (n == 0) {
            return firstWorkingDayOnOrAfter(date);
        }
        LocalDate day = date;
        for (int left = n; left > 0; left--) {
            day = nextWorkingDay(day, 1);
        }
        return day;
    }

    /**
     * The {@code n}-th working day before {@code date}, counting only days strictly before it: with the due date
     * Fri 2018-08-31, {@code n = 1} gives Thu 08-30 and {@code n = 3} gives Tue 08-28 (three working days, 28, 29
     * and 30, lie between it and the due date). {@code n = 0} gives {@link #lastWorkingDayOnOrBefore(LocalDate)};
     * a negative {@code n} counts forwards as {@link #plusWorkingDays(LocalDate, int)} with {@code -n}.
     */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            return plusWorkingDays(date, Math.negateExact(n));
        }
        if (n == 0) {
            return lastWorkingDayOnOrBefore(date);
        }
        LocalDate day = date;
        for (int left = n; left > 0; left--) {
            day = nextWorkingDay(day, -1);
        }
        return day;
    }

    /** The first working day strictly after {@code date}; the same as {@code plusWorkingDays(date, 1)}. */
    public LocalDate firstWorkingDayAfter(LocalDate date) {
        return nextWorkingDay(date, 1);
    }

    /** {@code date} itself when it is a working day, otherwise the first working day after it. */
    public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date, 1);
    }

    /** The last working day strictly before {@code date}; the same as {@code minusWorkingDays(date, 1)}. */
    public LocalDate lastWorkingDayBefore(LocalDate date) {
        return nextWorkingDay(date, -1);
    }

    /**
     * {@code date} itself when it is a working day, otherwise the last working day before it: a deadline "within
     * September 2018" (Sunday 09-30) becomes Friday 2018-09-28.
     */
    public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date, -1);
    }

    /**
     * The number of working days in the half-open range ({@code from}, {@code to}]: {@code from} is not counted,
     * {@code to} is. Zero when both are the same day. When {@code to} lies before {@code from} the result is
     * negative: minus the working days in ({@code to}, {@code from}], so {@code workingDaysBetween(a, b) ==
     * -workingDaysBetween(b, a)} always holds.
     *
     * <p>"Working days left until the deadline" is {@code workingDaysBetween(today, deadline)} (Wed 2018-08-29 to
     * Fri 08-31 gives 2); "working days late" is {@code workingDaysBetween(due, today)} (due Fri 08-31, today
     * Mon 09-03 gives 1). Also {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for every {@code n > 0}.
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

    private LocalDate nextWorkingDay(LocalDate date, int direction) {
        LocalDate day = date;
        for (int step = 0; step < MAX_DAYS_OFF_IN_A_ROW; step++) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_DAYS_OFF_IN_A_ROW + " days "
                + (direction > 0 ? "after " : "before ") + date + ": check the holiday table");
    }
}
