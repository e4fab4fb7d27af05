package th.go.phuket.planning.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import th.go.phuket.planning.calendar.ThaiDates;

/**
 * The public hearing of one cycle as {@code pc_hearing} keeps it: the draft people comment on, the hearing day and
 * venue, and the comment window. Open from {@code opensAt} until {@code closesAt} (23:59 Bangkok time of the hearing
 * day) unless the process closed it ({@code closedAt}) or the plan was submitted ({@code finalAt}).
 */
public record Hearing(String cycleId, String processInstanceId, String title, String draftSummary,
                      LocalDate hearingDate, String venue, Instant opensAt, Instant closesAt, Instant closedAt,
                      Instant finalAt) {

    /** Comments close at this time of the hearing day. */
    public static final LocalTime CLOSES_AT = LocalTime.of(23, 59);

    private static final java.time.format.DateTimeFormatter ENGLISH =
            java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", java.util.Locale.ENGLISH);

    /** {@code 13 Sep 2018 23:59}: a Bangkok time for the English part of a message. */
    public static String english(Instant time) {
        return time == null ? "-" : ENGLISH.format(time.atZone(ThaiDates.BANGKOK));
    }

    public static Instant closingOf(LocalDate hearingDate) {
        return hearingDate.atTime(CLOSES_AT).atZone(ThaiDates.BANGKOK).toInstant();
    }

    /** Whether a comment sent at {@code now} is taken; the closing time holds even before its timer ran. */
    public boolean isOpen(Instant now) {
        return closedAt == null && finalAt == null && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isFinal() {
        return finalAt != null;
    }

    /** When the window actually closed (or will close), for the record. */
    public Instant closedOrClosing() {
        return closedAt != null ? closedAt : finalAt != null ? finalAt : closesAt;
    }
}
