package th.go.phuket.planning.calendar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import th.go.phuket.planning.calendar.Holiday;
import th.go.phuket.planning.calendar.ThaiDates;

/**
 * A holiday as the API shows it.
 *
 * @param date       ISO {@code yyyy-MM-dd}
 * @param dateTh     the same date for Thai readers, e.g. {@code 31 ธ.ค. 2561}
 * @param source     where the date was checked (Cabinet resolution, announcement); empty when assumed without one
 * @param assumed    expected but not confirmed by a source
 * @param tasksMoved after a change only: open tasks whose due date moved because of it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HolidayView(String date, String dateTh, String nameTh, String nameEn, boolean substitution,
                          String source, boolean assumed, Integer tasksMoved) {

    static HolidayView of(Holiday holiday) {
        return of(holiday, null);
    }

    static HolidayView of(Holiday holiday, Integer tasksMoved) {
        return new HolidayView(holiday.date().toString(), ThaiDates.shortDate(holiday.date()), holiday.nameTh(),
                holiday.nameEn(), holiday.substitution(), holiday.source(), holiday.assumed(), tasksMoved);
    }
}
