package th.go.phuket.planning.hearing.web;

import java.time.Instant;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.hearing.Sector;

/** B.E. dates and labels for the hearing's templates: {@code ${@hearingFormat.dateTime(value)}}. */
@Component("hearingFormat")
public class HearingFormat {

    public String date(Instant value) {
        return value == null ? "" : ThaiDates.shortDate(value);
    }

    public String dateTime(Instant value) {
        return value == null ? "" : ThaiDates.shortDateTime(value);
    }

    public String day(java.time.LocalDate value) {
        return value == null ? "" : ThaiDates.fullDate(value);
    }

    /** {@code 13 Sep 2018 23:59}, the English gloss of a Bangkok time. */
    public String english(Instant value) {
        return value == null ? "" : th.go.phuket.planning.hearing.Hearing.english(value);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Instant value) {
        return value == null ? "" : value.atZone(ThaiDates.BANGKOK).toOffsetDateTime().toString();
    }

    public String sector(String code) {
        return Sector.parse(code).map(Sector::labelTh).orElse(code == null ? "" : code);
    }

    /** The sum of a count table's lines. */
    public long total(java.util.List<th.go.phuket.planning.hearing.HearingRecord.Line> lines) {
        return lines.stream().mapToLong(th.go.phuket.planning.hearing.HearingRecord.Line::count).sum();
    }

    public String number(long value) {
        return String.format("%,d", value);
    }
}
