package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The MIME message built from an outbox row, as it goes over the wire. */
class MailTransportTest {

    private static final String SUBJECT = "[แผนพัฒนาจังหวัดภูเก็ต] งานใหม่: ทบทวนแผนและเสนอโครงการ ส่งภายใน 31 ส.ค. 2561"
            + " (สำนักงานสาธารณสุขจังหวัดภูเก็ต) / New task due 31 Aug 2018";

    private final MailTransport transport = new MailTransport(() -> null, MailAddresses.defaults());

    @Test
    void theThaiSubjectIsEncodedForTheWireAndReadsBackTheSame() throws Exception {
        MimeMessage message = transport.message(entry());
        message.saveChanges();

        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?B?").doesNotContain("แผน");
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        MimeMessage received = received(message);
        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        assertThat(received.getMessageID()).isEqualTo("<row-1@planning-cycle>");
        assertThat(received.getHeader(MailTransport.OUTBOX_HEADER)[0]).isEqualTo("row-1");
    }

    @Test
    void jakartaMailFindsItsStreamProviderWithoutScanningEveryJar() {
        assertThat(System.getProperty(MailTransport.STREAM_PROVIDER_PROPERTY))
                .isEqualTo(MailTransport.ANGUS_STREAM_PROVIDER);
    }

    private static MimeMessage received(MimeMessage sent) throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        sent.writeTo(wire);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(wire.toByteArray()));
    }

    private static OutboxEntry entry() {
        Instant now = Instant.parse("2018-08-21T01:30:00Z");
        return new OutboxEntry("row-1", "TASK_ASSIGNED:task-1:2018-08-21", EmailKind.TASK_ASSIGNED, "phuket-2563",
                "process-1", "task-1", List.of("pkt_public_health@planning.example"), List.of(), SUBJECT,
                "ข้อความ (text)", "<p>ข้อความ (html)</p>", null, OutboxEntry.Status.PENDING, 0, null, now, now, null, now,
                null);
    }
}
