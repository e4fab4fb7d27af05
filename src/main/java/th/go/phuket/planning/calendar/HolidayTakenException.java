package th.go.phuket.planning.calendar;

import java.time.LocalDate;

/** A holiday cannot go to a date that already has one (a move onto another holiday). */
public class HolidayTakenException extends RuntimeException {

    private final LocalDate date;

    public HolidayTakenException(LocalDate date) {
        super(CalendarMessages.get("calendar.holiday.taken", ThaiDates.shortDate(date), date));
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
