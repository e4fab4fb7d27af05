package th.go.phuket.planning.calendar;

import java.time.LocalDate;
import java.time.ZoneId;

/** Buddhist Era dates as Thai readers expect them: {@code 31 ส.ค. 2561} and, in letters, {@code ๓๑ สิงหาคม ๒๕๖๑}. */
public final class ThaiDates {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    public static final int BE_OFFSET = 543;

    private static final String[] MONTHS_SHORT = {
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] MONTHS_FULL = {
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};

    private ThaiDates() {
    }

    public static int buddhistYear(LocalDate date) {
        return date.getYear() + BE_OFFSET;
    }

    /** {@code 31 ส.ค. 2561} */
    public static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_SHORT[date.getMonthValue() - 1] + " " + buddhistYear(date);
    }

    /** {@code ๓๑ สิงหาคม ๒๕๖๑}, the form of official letters. */
    public static String letterDate(LocalDate date) {
        return thaiDigits(date.getDayOfMonth() + " " + MONTHS_FULL[date.getMonthValue() - 1] + " " + buddhistYear(date));
    }

    /** Replaces Arabic digits by Thai digits (๐–๙). */
    public static String thaiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return out.toString();
    }
}
