package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The MIME bytes of an email, read back by Jakarta Mail as a mail client reads them. */
class MimeWriterTest {

    private static final Instant CREATED = Instant.parse("2018-08-15T02:30:00Z");
    /** Thai, ASCII and a character outside the Basic Multilingual Plane, long enough for several encoded words. */
    private static final String SUBJECT = "[แผนพัฒนาจังหวัดภูเก็ต] งานใหม่: ทบทวนแผนและเสนอโครงการ"
            + " ส่งภายใน 31 ส.ค. 2561 📅 (สำนักงานสาธารณสุขจังหวัดภูเก็ต) / New task due 31 Aug 2018";
    private static final String TEXT = "เรียน หน่วยงาน\nกรุณาทบทวนแผนภายใน ๓๑ สิงหาคม ๒๕๖๑\n";
    private static final String HTML = "<p>เรียน หน่วยงาน</p><p>กรุณาทบทวนแผน</p>";

    @Test
    void aThaiEmailReadsBackAsWrittenAndIsAsciiInLinesOfAtMost78() throws Exception {
        byte[] bytes = write(SUBJECT, List.of("a@agencies.example", "b@agencies.example"), List.of("office@x.example"),
                List.of(new MimeWriter.Attachment("due-date.ics", IcsCalendar.CONTENT_TYPE,
                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8))));

        for (byte b : bytes) {
            assertThat(b & 0xff).as("7-bit").isLessThan(0x80);
        }
        assertThat(new String(bytes, StandardCharsets.US_ASCII).split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(78));
        MimeMessage message = read(bytes);
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?B?");
        assertThat(message.getMessageID()).isEqualTo("<row-1@planning-cycle>");
        assertThat(message.getHeader(MailTransport.OUTBOX_HEADER)).containsExactly("row-1");
        assertThat(message.getSentDate()).isEqualTo(java.util.Date.from(CREATED));
        assertThat(Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("a@agencies.example", "b@agencies.example");
        assertThat(message.getRecipients(Message.RecipientType.CC)[0]).hasToString("office@x.example");

        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertThat(message.isMimeType("multipart/mixed")).isTrue();
        assertThat(mixed.getCount()).isEqualTo(2);
        BodyPart body = mixed.getBodyPart(0);
        assertThat(body.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart alternatives = (MimeMultipart) body.getContent();
        assertThat(alternatives.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternatives.getBodyPart(0).getContent()).isEqualTo(TEXT);
        assertThat(alternatives.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(alternatives.getBodyPart(1).getContent()).isEqualTo(HTML);
        BodyPart ics = mixed.getBodyPart(1);
        assertThat(ics.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(ics.getFileName()).isEqualTo("due-date.ics");
        assertThat(ics.getContentType()).startsWith("text/calendar").contains("method=PUBLISH");
        assertThat(new String(ics.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void aThaiFileNameOfAnyLengthKeepsEveryCharacter() throws Exception {
        String name = "หนังสือเชิญทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. ๒๕๖๑–๒๕๖๔ (ฉบับทบทวน) สำหรับหน่วยงาน.docx";
        byte[] docx = {'P', 'K', 3, 4, 0, 1, 2, (byte) 0xff};

        MimeMessage message = read(write("x", List.of("a@agencies.example"), List.of(),
                List.of(new MimeWriter.Attachment(name, "application/octet-stream", docx))));

        BodyPart file = ((MimeMultipart) message.getContent()).getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo(name);
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(docx);
        assertThat(MimeWriter.parameter("name", "a \"b\".txt")).isEqualTo(";\r\n name=\"a \\\"b\\\".txt\"");
        assertThat(MimeWriter.parameter("name", "plan-2561.docx")).isEqualTo(";\r\n name=plan-2561.docx");
    }

    @Test
    void aLineBreakInTheSubjectAddsNoHeader() throws Exception {
        MimeMessage message = read(write("Hello\r\nBcc: someone@else.example", List.of("a@agencies.example"),
                List.of(), List.of()));

        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getSubject()).isEqualTo("Hello  Bcc: someone@else.example");
    }

    @Test
    void aSenderWithAThaiNameAndAnInvalidAddress() throws Exception {
        byte[] bytes = MimeWriter.write("สำนักงานจังหวัดภูเก็ต <planning@phuket.example>",
                List.of("a@agencies.example"), List.of(), "x", CREATED, "<row-1@planning-cycle>", Map.of(), "t", "<p>t</p>", List.of());
        InternetAddress from = (InternetAddress) read(bytes).getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("สำนักงานจังหวัดภูเก็ต");
        assertThat(from.getAddress()).isEqualTo("planning@phuket.example");

        assertThatThrownBy(() -> write("x", List.of("not an address"), List.of(), List.of()))
                .isInstanceOf(AddressException.class);
        assertThatThrownBy(() -> write("x", List.of("a@x.example, b@x.example"), List.of(), List.of()))
                .isInstanceOf(AddressException.class);
    }

    private static byte[] write(String subject, List<String> to, List<String> cc, List<MimeWriter.Attachment> files)
            throws AddressException {
        return MimeWriter.write(MailAddresses.DEFAULT_FROM, to, cc, subject, CREATED, "<row-1@planning-cycle>",
                Map.of(MailTransport.OUTBOX_HEADER, "row-1"), TEXT, HTML, files);
    }

    private static MimeMessage read(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }
}
