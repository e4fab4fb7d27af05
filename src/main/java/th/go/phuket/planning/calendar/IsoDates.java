package th.go.phuket.planning.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISO {@code yyyy-MM-dd} dates typed by people, with errors they can act on (Thai first, then English).
 * Years from {@value #FIRST_BE_LOOKING_YEAR} on are refused as Buddhist Era years typed by mistake: 2561-08-31
 * is almost certainly 2018-08-31, and silently planning 543 years ahead would help nobody.
 */
public final class IsoDates {

    static final int FIRST_BE_LOOKING_YEAR = 2400;
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
            throw new CalendarInputException("กรุณาระบุวันที่ในรูปแบบ ปปปป-ดด-วว เช่น 2018-08-31 "
                    + "(a date is required, as yyyy-MM-dd, e.g. 2018-08-31)");
        }
        String value = text.strip();
        Matcher parts = ISO_DATE.matcher(value);
        if (!parts.matches()) {
            throw new CalendarInputException("รูปแบบวันที่ไม่ถูกต้อง: \"" + value
                    + "\" ต้องเป็น ปปปป-ดด-วว (ปี ค.ศ.) เช่น 2018-08-31 (malformed date \"" + value
                    + "\": use yyyy-MM-dd, e.g. 2018-08-31)");
        }
        int year = Integer.parseInt(parts.group(1));
        if (year >= FIRST_BE_LOOKING_YEAR) {
            throw new CalendarInputException("ปี " + year + " เป็นปี พ.ศ. กรุณาใช้ปี ค.ศ. เช่น "
                    + (year - ThaiDates.BE_OFFSET) + " (year " + year + " looks like a Buddhist Era year; use the "
                    + "Common Era year, e.g. " + (year - ThaiDates.BE_OFFSET) + ")");
        }
        if (year < FIRST_YEAR) {
            throw new CalendarInputException("ปี " + year + " ไม่อยู่ในช่วงที่ใช้ได้ (year " + year
                    + " is out of range: use " + FIRST_YEAR + " or later)");
        }
        try {
            return LocalDate.of(year, Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
        } catch (DateTimeException impossible) {
            throw new CalendarInputException("ไม่มีวันที่ " + value + " ในปฏิทิน (" + value
                    + " is not a real date)");
        }
    }
}
