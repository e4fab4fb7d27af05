package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import th.go.phuket.planning.chaos.SmtpRecorder;

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

    /**
     * A server that answers "accepted" and then drops the connection before the goodbye: the email is sent. (Spring's
     * own sender reports that as a failure, and the retry would deliver the email a second time.)
     */
    @Test
    void anEmailTheServerAcceptedIsSentEvenWhenTheConnectionDropsRightAfter(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SmtpRecorder.MODE), "drop");
        JavaMailSenderImpl smtp = recorder(dir);

        assertThatThrownBy(() -> smtp.send(transport.message(entry("row-1")))).as("Spring's sender")
                .hasMessageContaining("Failed to close server connection after message sending");
        try (MailTransport.Connection connection = new MailTransport(() -> smtp, MailAddresses.defaults()).connect()) {
            connection.send(entry("row-1"));
        }

        assertThat(Files.readAllLines(dir.resolve(SmtpRecorder.LOG))).as("both taken by the server").hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\trow-1\t<row-1@planning-cycle>"));
    }

    /**
     * A delivery's batch goes to the server over one connection; when the server drops the line after an email, the
     * next email of the batch gets a new connection and nothing is lost or sent twice.
     */
    @Test
    void aBatchGoesOverOneConnectionAndANewOneReplacesADroppedLine(@TempDir Path dir) throws Exception {
        JavaMailSenderImpl smtp = recorder(dir);
        MailTransport mail = new MailTransport(() -> smtp, MailAddresses.defaults());

        try (MailTransport.Connection connection = mail.connect()) {
            connection.send(entry("row-1"));
            connection.send(entry("row-2"));
            connection.send(entry("row-3"));
            assertThat(Files.readAllLines(dir.resolve(SmtpRecorder.CONNECTIONS))).as("connections so far").hasSize(1);
            Files.writeString(dir.resolve(SmtpRecorder.MODE), "drop");
            connection.send(entry("row-4"));
            Files.writeString(dir.resolve(SmtpRecorder.MODE), "normal");
            connection.send(entry("row-5"));
            connection.send(entry("row-6"));
        }

        assertThat(Files.readAllLines(dir.resolve(SmtpRecorder.LOG))).extracting(line -> line.split("\t")[1])
                .containsExactly("row-1", "row-2", "row-3", "row-4", "row-5", "row-6");
        assertThat(Files.readAllLines(dir.resolve(SmtpRecorder.CONNECTIONS)))
                .as("one for rows 1-4, one after the server dropped the line").hasSize(2);
    }

    /** The chaos suite's recording SMTP server on a free port, in this JVM; a sender configured for it. */
    private static JavaMailSenderImpl recorder(Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int serverPort = port;
        Thread server = new Thread(() -> {
            try {
                SmtpRecorder.main(new String[] {String.valueOf(serverPort), dir.toString()});
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        server.setDaemon(true);
        server.start();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            new java.net.Socket("127.0.0.1", serverPort).close();
            return true;
        });
        // the probe above is a connection too: counted from here on
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve(SmtpRecorder.CONNECTIONS)));
        Files.delete(dir.resolve(SmtpRecorder.CONNECTIONS));
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        return smtp;
    }

    private static MimeMessage received(MimeMessage sent) throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        sent.writeTo(wire);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(wire.toByteArray()));
    }

    private static OutboxEntry entry() {
        return entry("row-1");
    }

    private static OutboxEntry entry(String id) {
        Instant now = Instant.parse("2018-08-21T01:30:00Z");
        return new OutboxEntry(id, "TASK_ASSIGNED:" + id + ":2018-08-21", EmailKind.TASK_ASSIGNED, "phuket-2563",
                "process-1", "task-1", List.of("pkt_public_health@planning.example"), List.of(), SUBJECT,
                "ข้อความ (text)", "<p>ข้อความ (html)</p>", null, OutboxEntry.Status.PENDING, 0, null, now, now, null, now,
                null);
    }
}
