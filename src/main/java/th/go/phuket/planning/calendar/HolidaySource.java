package th.go.phuket.planning.calendar;

import java.time.LocalDate;

/** Answers whether a date is a Thai public (government) holiday. */
@FunctionalInterface
public interface HolidaySource {

    boolean isHoliday(LocalDate date);
}
