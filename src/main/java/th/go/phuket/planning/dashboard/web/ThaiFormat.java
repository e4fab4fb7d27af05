package th.go.phuket.planning.dashboard.web;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.ThaiDates;

/** B.E. formatting for templates: {@code ${@thaiFormat.dateTime(value)}}; blank for a missing value. */
@Component
public class ThaiFormat {

    public String date(OffsetDateTime value) {
        return value == null ? "" : ThaiDates.shortDate(value.toLocalDate());
    }

    public String dateTime(OffsetDateTime value) {
        return value == null ? "" : ThaiDates.shortDateTime(value.toZonedDateTime());
    }

    /** A width in percent for a bar: {@code part} of {@code whole}, one decimal. */
    public String percent(Integer part, Integer whole) {
        if (part == null || whole == null || whole == 0) {
            return "0%";
        }
        return Math.round(part * 1000.0 / whole) / 10.0 + "%";
    }
}
