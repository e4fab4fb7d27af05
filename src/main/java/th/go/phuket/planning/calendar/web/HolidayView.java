package th.go.phuket.planning.calendar.web;

import th.go.phuket.planning.calendar.Holiday;
import th.go.phuket.planning.calendar.ThaiDates;

/**
 * A holiday as the API shows it.
 *
 * @param date   ISO {@code yyyy-MM-dd}
 * @param dateTh the same date for Thai readers, e.g. {@code 31 ธ.ค. 2561}
 */
public record HolidayView(String date, String dateTh, String nameTh, String nameEn, boolean substitution) {

    static HolidayView of(Holiday holiday) {
        return new HolidayView(holiday.date().toString(), ThaiDates.shortDate(holiday.date()), holiday.nameTh(),
                holiday.nameEn(), holiday.substitution());
    }
}
