package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.reminder.NoticeTestEngine;

/**
 * Delivery of outbox rows through {@code mailDelivery}: retries while the SMTP server is down, each attempt
 * counted, the email sent exactly once when the server is back, an incident after the last attempt.
 */
@Deployment(resources = MailDeliveryProcess.RESOURCE)
class MailDeliveryProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String TO = "pkt_tourism_sports@agencies.example";

    private ProcessEngine engine;
    private ProcessEngineConfigurationImpl configuration;
    private final AtomicReference<JavaMailSender> smtp = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        engine = extension.getProcessEngine();
        configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        ProcessTestEngine.prepare(engine);
        NoticeTestEngine.clearOutbox(engine);
        TestMailServer.clear();
        OutboxDelivery delivery = new OutboxDelivery(new Outbox(), new MailTransport(smtp::get, MailAddresses.defaults()));
        ProcessTestEngine.register(new SendEmailDelegate(delivery));
        smtp.set(TestMailServer.sender());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        NoticeTestEngine.clearOutbox(engine);
    }

    @Test
    void aDownSmtpServerCountsEveryAttemptAndTheEmailGoesOutOnceWhenItIsBack() throws Exception {
        smtp.set(serverThatIsDown());
        String id = write(email("REMINDER:pkt_tourism_sports:2018-08-28")).orElseThrow();
        Job delivery = deliveryJob();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(delivery.getId()))
                .hasMessageContaining("ส่งอีเมล REMINDER:pkt_tourism_sports:2018-08-28 ไม่สำเร็จ");
        assertThatThrownBy(() -> engine.getManagementService().executeJob(delivery.getId()));

        OutboxEntry failing = row(id);
        assertThat(failing.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(failing.attempts()).isEqualTo(2);
        assertThat(failing.lastError()).isNotBlank();
        Job retried = deliveryJob();
        assertThat(retried.getRetries()).as("six attempts in all: 1 + retries after 1, 2, 5, 15, 30 min").isEqualTo(4);
        assertThat(retried.getDuedate()).as("backs off").isAfter(ClockUtil.getCurrentTime());

        smtp.set(TestMailServer.sender());
        engine.getManagementService().executeJob(retried.getId());

        OutboxEntry sent = row(id);
        assertThat(sent.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(TestMailServer.receivedBy(TO)).hasSize(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryProcess.KEY).count()).isZero();
    }

    @Test
    void aSecondDeliveryOfASentEmailSendsNothing() {
        String id = write(email("TASK_ASSIGNED:task-1:2018-08-20")).orElseThrow();
        engine.getManagementService().executeJob(deliveryJob().getId());

        engine.getRuntimeService().startProcessInstanceByKey(MailDeliveryProcess.KEY,
                Map.of(MailDeliveryProcess.VAR_OUTBOX_ID, id));
        engine.getManagementService().executeJob(deliveryJob().getId());

        assertThat(TestMailServer.receivedBy(TO)).hasSize(1);
        assertThat(row(id).attempts()).isEqualTo(1);
    }

    @Test
    void aDeliveryRunningTwiceAtOnceSendsOnceTheSecondRunWaitsAndThenFindsItSent() {
        String id = write(email("REMINDER:dist_kathu:2018-08-28")).orElseThrow();
        Job delivery = deliveryJob();
        // the first run holds its claim, as while it talks to the mail server (its job lock expired: demo clock jump)
        Instant now = Instant.now();
        boolean claimed = configuration.getCommandExecutorTxRequired().execute(command ->
                new Outbox().claim(id, now, now.plus(OutboxDelivery.LEASE)));
        assertThat(claimed).isTrue();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(delivery.getId()))
                .isInstanceOf(OptimisticLockingException.class).hasMessageContaining("REMINDER:dist_kathu:2018-08-28");
        assertThat(TestMailServer.receivedBy(TO)).isEmpty();
        assertThat(row(id).attempts()).as("not a failed attempt").isZero();

        // the first run sends and records it; the second run, tried again, finds it sent
        configuration.getCommandExecutorTxRequired().execute(command -> {
            new Outbox().markSent(id, now);
            return null;
        });
        engine.getManagementService().executeJob(deliveryJob().getId());
        assertThat(TestMailServer.receivedBy(TO)).isEmpty();
        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryProcess.KEY).count()).isZero();
    }

    @Test
    void aClaimLeftByADeliveryThatDiedExpiresAndTheEmailGoesOut() {
        String id = write(email("OVERDUE:dist_kathu:2018-09-03")).orElseThrow();
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
        configuration.getCommandExecutorTxRequired().execute(command ->
                new Outbox().claim(id, longAgo, longAgo.plus(OutboxDelivery.LEASE)));

        engine.getManagementService().executeJob(deliveryJob().getId());

        assertThat(TestMailServer.receivedBy(TO)).hasSize(1);
        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.SENT);
    }

    @Test
    void afterTheLastAttemptTheEmailIsFailedAndAnIncidentWaitsForSomeoneToRetryIt() throws Exception {
        smtp.set(serverThatIsDown());
        String id = write(email("OVERDUE:pkt_tourism_sports:2018-09-03")).orElseThrow();
        String jobId = deliveryJob().getId();
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId));
        }

        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(row(id).attempts()).isEqualTo(6);
        Incident incident = engine.getRuntimeService().createIncidentQuery().singleResult();
        assertThat(incident.getActivityId()).isEqualTo(MailDeliveryProcess.TASK_SEND_EMAIL);

        smtp.set(TestMailServer.sender());
        engine.getManagementService().setJobRetries(jobId, 1);
        engine.getManagementService().executeJob(jobId);

        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        assertThat(TestMailServer.receivedBy(TO)).hasSize(1);
    }

    @Test
    void theSameEmailWrittenTwiceIsOneRowAndOneDelivery() {
        assertThat(write(email("RETURNED:task-7:2018-09-06"))).isPresent();
        assertThat(write(email("RETURNED:task-7:2018-09-06"))).isEmpty();

        assertThat(OutboxTable.all(engine)).hasSize(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryProcess.KEY).count()).isOne();
    }

    private Optional<String> write(Email email) {
        return configuration.getCommandExecutorTxRequired().execute(command -> new OutboxWriter(new Outbox()).write(email));
    }

    private Job deliveryJob() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(MailDeliveryProcess.KEY)
                .singleResult();
    }

    private OutboxEntry row(String id) {
        return OutboxTable.all(engine).stream().filter(entry -> entry.id().equals(id)).findFirst().orElseThrow();
    }

    private static Email email(String key) {
        return new Email(key, EmailKind.valueOf(key.substring(0, key.indexOf(':'))), "phuket-2563", null, null,
                List.of(TO), List.of(), "ทดสอบ " + key + " (test)", "ข้อความ (text)", "<p>ข้อความ</p>", null);
    }

    /** An SMTP address nobody listens on: a port that was free a moment ago. */
    private static JavaMailSender serverThatIsDown() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }
}
