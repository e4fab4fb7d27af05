package th.go.phuket.planning.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change a person made to the holiday table, as {@code pc_holiday_change} keeps it.
 *
 * @param action      {@code ADD}, {@code CHANGE}, {@code MOVE}, {@code REMOVE} (an import records one of these per
 *                    date it changed)
 * @param before      the holiday as it was ({@code date name_th [source]}), empty when added
 * @param after       the holiday as it became, empty when removed
 * @param tasksMoved  open tasks whose due date moved because of it
 */
public record HolidayChange(Instant changedAt, String changedBy, String action, LocalDate date, String before,
                            String after, int tasksMoved) {

    public static final String ADD = "ADD";
    public static final String CHANGE = "CHANGE";
    public static final String MOVE = "MOVE";
    public static final String REMOVE = "REMOVE";

    /** How the log writes a holiday: {@code 2027-01-01 วันขึ้นปีใหม่ (source)}, or {@code (assumed)}. */
    static String describe(Holiday holiday) {
        if (holiday == null) {
            return "";
        }
        String basis = holiday.source().isEmpty() ? "assumed" : (holiday.assumed() ? "assumed: " : "") + holiday.source();
        String text = holiday.date() + " " + holiday.nameTh() + (holiday.substitution() ? " [substitution]" : "")
                + " (" + basis + ")";
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
