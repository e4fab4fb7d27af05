package th.go.phuket.planning.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISO {@code yyyy-MM-dd} dates typed by people, with errors they can act on (Thai first, then English).
 * Years from 2400 on are refused as Buddhist Era years typed by mistake: 2561-08-31
 * is almost certainly 2018-08-31, and silently planning 543 years ahead would help nobody.
 */
public final class IsoDates {

    static final int FIRST_YEAR = 1900;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private IsoDates() {
    }

    /**
     * @throws CalendarInputException when {@code text} is blank, not {@code yyyy-MM-dd}, not a real date
     *                                (e.g. {@code 2018-02-30}), has a Buddhist Era year or a year before
     *                                {@value #FIRST_YEAR}
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new CalendarInputException(CalendarMessages.get("calendar.date.required"));
        }
        String value = text.strip();
        Matcher parts = ISO_DATE.matcher(value);
        if (!parts.matches()) {
            throw new CalendarInputException(CalendarMessages.get("calendar.date.malformed", value));
        }
        int year = Integer.parseInt(parts.group(1));
        if (ThaiDates.looksLikeBuddhistYear(year)) {
            throw new CalendarInputException(CalendarMessages.get("calendar.date.buddhistYear", year,
                    ThaiDates.commonEraYear(year)));
        }
        if (year < FIRST_YEAR) {
            throw new CalendarInputException(CalendarMessages.get("calendar.date.yearOutOfRange", year, FIRST_YEAR));
        }
        try {
            return LocalDate.of(year, Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
        } catch (DateTimeException impossible) {
            throw new CalendarInputException(CalendarMessages.get("calendar.date.notReal", value));
        }
    }
}
