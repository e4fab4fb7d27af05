package th.go.phuket.planning.calendar.web;

import java.time.LocalDate;
import th.go.phuket.planning.calendar.Holiday;

/**
 * Body of {@code PUT /api/holidays/{date}}; {@code nameTh} is required, a missing {@code substitution} is false, a
 * holiday without {@code source} is an assumption.
 */
public record HolidayRequest(String nameTh, String nameEn, Boolean substitution, String source, Boolean assumed) {

    Holiday toHoliday(LocalDate date) {
        return new Holiday(date, nameTh, nameEn, Boolean.TRUE.equals(substitution), source,
                Boolean.TRUE.equals(assumed));
    }
}
