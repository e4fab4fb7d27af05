package th.go.phuket.planning.calendar;

import java.time.LocalDate;

/**
 * Answers whether a date is a Thai public (government) holiday. Weekends are the calendar's business, not the
 * source's: a source only knows the dates of its holiday list. Implementations must be safe to call from several
 * threads and fast (the calendar asks once per day it walks over).
 */
@FunctionalInterface
public interface HolidaySource {

    boolean isHoliday(LocalDate date);
}
