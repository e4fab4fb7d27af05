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
 * @param source       where the date was checked (a Cabinet resolution, an announcement, a published calendar); may
 *                     be empty, never {@code null}
 * @param assumed      {@code true} when the date is expected but not confirmed by a source (always true without one)
 */
public record Holiday(LocalDate date, String nameTh, String nameEn, boolean substitution, String source,
                      boolean assumed) {

    /** Longest name the {@code pc_holiday} table stores. */
    public static final int MAX_NAME_LENGTH = 500;
    /** Longest source the {@code pc_holiday} table stores. */
    public static final int MAX_SOURCE_LENGTH = 1000;

    public Holiday {
        Objects.requireNonNull(date, "date");
        nameTh = nameTh == null ? "" : nameTh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        source = source == null ? "" : source.strip();
        if (nameTh.isEmpty()) {
            throw new CalendarInputException(CalendarMessages.get("calendar.holiday.nameTh.required"));
        }
        if (nameTh.length() > MAX_NAME_LENGTH) {
            throw new CalendarInputException(CalendarMessages.get("calendar.holiday.nameTh.tooLong", MAX_NAME_LENGTH));
        }
        if (nameEn.length() > MAX_NAME_LENGTH) {
            throw new CalendarInputException(CalendarMessages.get("calendar.holiday.nameEn.tooLong", MAX_NAME_LENGTH));
        }
        if (source.length() > MAX_SOURCE_LENGTH) {
            throw new CalendarInputException(CalendarMessages.get("calendar.holiday.source.tooLong",
                    MAX_SOURCE_LENGTH));
        }
        // a date nobody can point to a record for is an assumption, whatever the caller said
        assumed = assumed || source.isEmpty();
    }

    /** A holiday without a recorded source: an assumption. */
    public Holiday(LocalDate date, String nameTh, String nameEn, boolean substitution) {
        this(date, nameTh, nameEn, substitution, "", true);
    }

    /** The same holiday on another date (a holiday moved by the Cabinet keeps its name and source). */
    public Holiday on(LocalDate otherDate) {
        return new Holiday(otherDate, nameTh, nameEn, substitution, source, assumed);
    }
}
