package th.go.phuket.planning.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.support.Messages;

/** Engine dates as Bangkok date-times, and durations as Thai readers say them. */
final class Times {

    private Times() {
    }

    static OffsetDateTime bangkok(Instant instant) {
        return instant == null ? null : instant.atZone(ThaiDates.BANGKOK).toOffsetDateTime();
    }

    static OffsetDateTime bangkok(Date date) {
        return date == null ? null : bangkok(date.toInstant());
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static String shortDate(Instant instant) {
        return instant == null ? null : ThaiDates.shortDate(instant);
    }

    /** {@code 2 วัน 3 ชม.}, {@code 4 ชม. 10 นาที} or {@code 25 นาที}. */
    static String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        if (days > 0) {
            return Messages.get("dashboard.duration.daysHours", days, hours);
        }
        if (hours > 0) {
            return Messages.get("dashboard.duration.hoursMinutes", hours, minutes % 60);
        }
        return Messages.get("dashboard.duration.minutes", minutes);
    }
}
