package th.go.phuket.planning.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * iCalendar (RFC 5545) text for due dates and meetings, so an agency can put them in its calendar. Times are
 * written in UTC, whole days as dates. A UID stays the same for the same task or meeting, so a later email
 * updates the entry a calendar already has instead of adding a second one.
 */
public final class IcsCalendar {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** One calendar entry: at a moment ({@code at}) or for a whole day ({@code day}); the other is null. */
    public record Event(String uid, Instant at, LocalDate day, String summary, String description, String location,
                        String url) {

        public static Event at(String uid, Instant at, String summary, String description, String url) {
            return new Event(uid, at, null, summary, description, null, url);
        }

        public static Event allDay(String uid, LocalDate day, String summary, String description, String location,
                                   String url) {
            return new Event(uid, null, day, summary, description, location, url);
        }
    }

    private IcsCalendar() {
    }

    /** A calendar with {@code events}, stamped {@code stamp} (the time the email was written). */
    public static String of(List<Event> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Phuket Provincial Office//planning-cycle//TH");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + text(event.uid()));
            line(ics, "DTSTAMP:" + UTC_TIME.format(stamp));
            if (event.at() != null) {
                line(ics, "DTSTART:" + UTC_TIME.format(event.at()));
            } else {
                line(ics, "DTSTART;VALUE=DATE:" + DATE.format(event.day()));
                line(ics, "DTEND;VALUE=DATE:" + DATE.format(event.day().plusDays(1)));
            }
            line(ics, "SUMMARY:" + text(event.summary()));
            optional(ics, "DESCRIPTION:", event.description());
            optional(ics, "LOCATION:", event.location());
            if (event.url() != null) {
                line(ics, "URL:" + event.url());
            }
            line(ics, "BEGIN:VALARM");
            line(ics, "ACTION:DISPLAY");
            line(ics, "DESCRIPTION:" + text(event.summary()));
            line(ics, "TRIGGER:-P1D");
            line(ics, "END:VALARM");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void optional(StringBuilder ics, String name, String value) {
        if (value != null && !value.isBlank()) {
            line(ics, name + text(value));
        }
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Writes a content line, folded after at most 75 octets without splitting a UTF-8 character (Thai: 3 octets). */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                ics.append(CRLF).append(' ');
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(CRLF);
    }

    /** How many octets UTF-8 takes for {@code codePoint}, without encoding it. */
    static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
