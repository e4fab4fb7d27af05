package th.go.phuket.planning.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One Thai government holiday: a single date off for government offices.
 *
 * @param date         the day off (a holiday falling on a weekend is still recorded, with its own name)
 * @param nameTh       the official Thai name, required
 * @param nameEn       the English name; may be empty, never {@code null}
 * @param substitution {@code true} for a day off given in lieu of a holiday that fell on a weekend
 */
public record Holiday(LocalDate date, String nameTh, String nameEn, boolean substitution) {

    /** Longest name the {@code pc_holiday} table stores. */
    public static final int MAX_NAME_LENGTH = 500;

    public Holiday {
        Objects.requireNonNull(date, "date");
        nameTh = nameTh == null ? "" : nameTh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        if (nameTh.isEmpty()) {
            throw new CalendarInputException(CalendarMessages.get("calendar.holiday.nameTh.required"));
        }
        if (nameTh.length() > MAX_NAME_LENGTH) {
            throw new CalendarInputException(CalendarMessages.get("calendar.holiday.nameTh.tooLong", MAX_NAME_LENGTH));
        }
        if (nameEn.length() > MAX_NAME_LENGTH) {
            throw new CalendarInputException(CalendarMessages.get("calendar.holiday.nameEn.tooLong", MAX_NAME_LENGTH));
        }
    }
}
