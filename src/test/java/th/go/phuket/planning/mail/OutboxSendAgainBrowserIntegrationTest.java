package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.go.phuket.planning.browser.BrowserRun;
import th.go.phuket.planning.browser.BrowserScript;

/**
 * The office sends a FAILED email again from {@code /outbox} in Chromium: the mail server was down when the email
 * was written (and the app was set to give up at once), it is back when the office presses the button.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "planning.demo.cycle=false", "planning.mail.embedded.enabled=false", "spring.mail.host=127.0.0.1",
        "planning.mail.delivery.retry-after="})
class OutboxSendAgainBrowserIntegrationTest {

    private static int smtpPort;
    private static GreenMail smtp;

    @LocalServerPort
    private int port;

    @Autowired
    private ProcessEngine engine;

    @Autowired
    private OutboxWriter writer;

    @Autowired
    private OutboxQueries outbox;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    @DynamicPropertySource
    static void smtpThatIsDownForNow(DynamicPropertyRegistry registry) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        registry.add("spring.mail.port", () -> smtpPort);
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theOfficeSendsAFailedEmailAgainOnceTheMailServerIsBack() {
        Email email = new Email("TASK_ASSIGNED:send-again:2018-08-17", EmailKind.TASK_ASSIGNED, "send-again", null,
                null, List.of("pkt_public_health@agencies.example"), List.of(),
                "ทดสอบส่งอีกครั้ง: งานใหม่ (test: send again)", "ข้อความ", "<p>ข้อความ</p>", null);
        String id = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(command -> writer.write(email)).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.find(id).orElseThrow().status()
                == OutboxEntry.Status.FAILED);
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        BrowserRun run = BrowserScript.named("outbox-send-again").env("EMAIL_ID", id)
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains("notice: ", "failed row: ", "sent row: ");
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(run.screenshots()).hasSize(3);
    }
}
