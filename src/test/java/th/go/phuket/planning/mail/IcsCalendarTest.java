package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static final Instant STAMP = OffsetDateTime.parse("2018-08-28T08:30:00+07:00").toInstant();
    private static final Instant DUE = OffsetDateTime.parse("2018-08-31T16:30:00+07:00").toInstant();

    @Test
    void aDueDateIsAnEventAtItsMomentInUtcWithAStableUidAndAnAlarmTheDayBefore() {
        String ics = IcsCalendar.of(List.of(IcsCalendar.Event.at("42.Task_AgencyReview@planning-cycle", DUE,
                "ครบกำหนดส่ง: ทบทวนแผนและเสนอโครงการ", "รอบ phuket-2563", "http://localhost:8080/t?task=1")), STAMP);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("METHOD:PUBLISH", "UID:42.Task_AgencyReview@planning-cycle", "DTSTAMP:20180828T013000Z",
                        "DTSTART:20180831T093000Z", "TRIGGER:-P1D", "URL:http://localhost:8080/t?task=1");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void aMeetingDayIsAWholeDayEvent() {
        String ics = IcsCalendar.of(List.of(IcsCalendar.Event.allDay("phuket-2563.hearing@planning-cycle",
                LocalDate.of(2018, 9, 13), "เวทีประชาคม", null, "ศาลากลาง", null)), STAMP);

        assertThat(ics).contains("DTSTART;VALUE=DATE:20180913", "DTEND;VALUE=DATE:20180914", "LOCATION:ศาลากลาง")
                .doesNotContain("URL:");
    }

    @Test
    void textIsEscapedAndLongThaiLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String summary = "ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2561–2564; แผนปฏิบัติราชการ, ปี 2563\\ สรุป\nบรรทัดสอง";
        String ics = IcsCalendar.of(List.of(IcsCalendar.Event.at("u@x", DUE, summary, null, null)), STAMP);

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2561–2564\\; แผนปฏิบัติราชการ\\, ปี 2563"
                + "\\\\ สรุป\\nบรรทัดสอง");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(line -> line.startsWith(" ")).count()).isPositive();
    }

    @Test
    void octetsAreCountedAsUtf8EncodesEachCharacter() {
        "aé–ก😀\u0000\u07FF\u0800\uFFFF".codePoints().forEach(codePoint -> assertThat(IcsCalendar.utf8Octets(codePoint))
                .as("U+%04X", codePoint)
                .isEqualTo(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void aDigestHasOneEventPerTask() {
        String ics = IcsCalendar.of(List.of(IcsCalendar.Event.at("a@x", DUE, "A", null, null),
                IcsCalendar.Event.at("b@x", DUE.plusSeconds(86400), "B", null, null)), STAMP);

        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).contains("UID:a@x", "UID:b@x", "DTSTART:20180901T093000Z");
    }
}
