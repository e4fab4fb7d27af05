package th.go.phuket.planning.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates as Thai readers expect them, in the Buddhist Era (B.E. = C.E. + 543) and Bangkok time:
 * {@code 31 ส.ค. 2561}, {@code 31 ส.ค. 2561 16:30 น.}, in official letters {@code ๓๑ สิงหาคม ๒๕๖๑}, plus the Thai
 * fiscal year. Instants are always shown in {@link #BANGKOK}, whatever the JVM's default zone.
 */
public final class ThaiDates {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    public static final int BE_OFFSET = 543;
    /** Government offices close at 16:30; a task "due on" a day is due at this time. */
    public static final LocalTime OFFICE_CLOSES = LocalTime.of(16, 30);

    private static final int FIRST_BE_LOOKING_YEAR = 2400;

    private static final String[] MONTHS_SHORT = {
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] MONTHS_FULL = {
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] WEEKDAYS = {
        "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"};

    private ThaiDates() {
    }

    public static int buddhistYear(LocalDate date) {
        return date.getYear() + BE_OFFSET;
    }

    /**
     * {@code true} for years from 2400 on: no date this application handles is that far ahead in C.E., so such a
     * year is a B.E. year (2400 B.E. is 1857 C.E.).
     */
    public static boolean looksLikeBuddhistYear(int year) {
        return year >= FIRST_BE_LOOKING_YEAR;
    }

    /** The C.E. year of a B.E. year: 2561 gives 2018. */
    public static int commonEraYear(int buddhistYear) {
        return buddhistYear - BE_OFFSET;
    }

    /** The calendar date in Bangkok at {@code instant}. */
    public static LocalDate bangkokDate(Instant instant) {
        return instant.atZone(BANGKOK).toLocalDate();
    }

    /** {@code date} at 16:30 Bangkok time, when a task due that day falls due. */
    public static ZonedDateTime closeOfBusiness(LocalDate date) {
        return date.atTime(OFFICE_CLOSES).atZone(BANGKOK);
    }

    /** {@code 31 ส.ค. 2561} */
    public static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_SHORT[date.getMonthValue() - 1] + " " + buddhistYear(date);
    }

    /** {@code 31 ส.ค. 2561} for the Bangkok date at {@code instant}. */
    public static String shortDate(Instant instant) {
        return shortDate(bangkokDate(instant));
    }

    /** {@code 31 ส.ค. 2561 16:30 น.}, a local date-time read as Bangkok time. */
    public static String shortDateTime(LocalDateTime dateTime) {
        return shortDate(dateTime.toLocalDate()) + " " + twoDigits(dateTime.getHour()) + ":"
                + twoDigits(dateTime.getMinute()) + " น.";
    }

    /** {@code 31 ส.ค. 2561 16:30 น.} in Bangkok time, whatever the zone of {@code dateTime}. */
    public static String shortDateTime(ZonedDateTime dateTime) {
        return shortDateTime(dateTime.withZoneSameInstant(BANGKOK).toLocalDateTime());
    }

    /** {@code 31 ส.ค. 2561 16:30 น.} in Bangkok time. */
    public static String shortDateTime(Instant instant) {
        return shortDateTime(instant.atZone(BANGKOK));
    }

    /** {@code ๓๑ สิงหาคม ๒๕๖๑}, the form of official letters. */
    public static String letterDate(LocalDate date) {
        return thaiDigits(date.getDayOfMonth() + " " + MONTHS_FULL[date.getMonthValue() - 1] + " "
                + buddhistYear(date));
    }

    /** {@code วันศุกร์ที่ 31 สิงหาคม 2561}, the form of invitations and announcements. */
    public static String fullDate(LocalDate date) {
        return "วัน" + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + "ที่ " + date.getDayOfMonth() + " "
                + MONTHS_FULL[date.getMonthValue() - 1] + " " + buddhistYear(date);
    }

    /**
     * The Thai fiscal (budget) year, B.E., that {@code date} belongs to. Fiscal year N runs from 1 October of
     * B.E. year N-1 to 30 September of B.E. year N: 2018-09-30 is in 2561, 2018-10-01 in 2562.
     */
    public static int fiscalYearOf(LocalDate date) {
        int year = buddhistYear(date);
        return date.getMonthValue() >= Month.OCTOBER.getValue() ? year + 1 : year;
    }

    /** First day of fiscal year {@code fiscalYear} (B.E.): 1 Oct 2019 for 2563. */
    public static LocalDate fiscalYearStart(int fiscalYear) {
        return LocalDate.of(commonEraYear(fiscalYear) - 1, Month.OCTOBER, 1);
    }

    /** Last day of fiscal year {@code fiscalYear} (B.E.): 30 Sep 2020 for 2563. */
    public static LocalDate fiscalYearEnd(int fiscalYear) {
        return LocalDate.of(commonEraYear(fiscalYear), Month.SEPTEMBER, 30);
    }

    /** Replaces Arabic digits by Thai digits (๐–๙). */
    public static String thaiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
