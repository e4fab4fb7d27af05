package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.reminder.NoticeTestEngine;

/**
 * The delivery threads of a node: an email committed wakes them and goes out at once; never more emails at the
 * mail server at once than threads (the bound on what a crash can send twice); a normal stop lets the emails in
 * flight finish and records them, so nothing is left half-sent for a restart to send again.
 */
class DeliveryWorkersTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    /** A group the delivery test saves beside its emails, so its command commits the way the app's do. */
    private static final String COMMITTING_GROUP = "delivery-workers-test";
    private static final String TO = "dist_thalang@agencies.example";

    private ProcessEngine engine;
    private ProcessEngineConfigurationImpl configuration;
    private JdbcTemplate jdbc;
    private DeliveryWorkers workers;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        ProcessTestEngine.prepare(engine);
        NoticeTestEngine.clearOutbox(engine);
        TestMailServer.clear();
        jdbc = new JdbcTemplate(configuration.getDataSource());
    }

    @AfterEach
    void tearDown() {
        if (workers != null && workers.isRunning()) {
            workers.stop();
        }
        engine.getIdentityService().deleteGroup(COMMITTING_GROUP);
        Mocks.reset();
        NoticeTestEngine.clearOutbox(engine);
    }

    @Test
    void anEmailGoesOutAsSoonAsItsTransactionCommitsAndNeverMoreAtOnceThanThreads() {
        // the first email waits (up to 10 s) for a second one at the server: two threads must send at once even when
        // a loaded machine runs one thread long before the other
        SlowSender slow = new SlowSender(Duration.ofMillis(150), 2);
        // a poll interval far longer than the test: only the commit's wake-up can explain a prompt delivery
        workers = workers(slow, 2, Duration.ofMinutes(10));
        workers.start();
        OutboxWriter writer = new OutboxWriter(new Outbox(), workers::wakeUp);

        configuration.getCommandExecutorTxRequired().execute(command -> {
            for (int i = 0; i < 12; i++) {
                writer.write(email("TASK_ASSIGNED:task-w" + i + ":2018-08-17"));
            }
            // an engine row too, as every command of the app that writes an email has: this test engine (MyBatis's
            // own transactions, unlike the app's Spring ones) commits a command that wrote through JDBC alone only
            // when its connection closes, after the COMMITTED listeners, so a thread woken then could find nothing
            engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(COMMITTING_GROUP));
            return null;
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> sent() == 12);
        assertThat(TestMailServer.receivedBy(TO)).hasSize(12);
        assertThat(slow.mostAtOnce.get()).as("emails at the mail server at once").isEqualTo(2);
    }

    @Test
    void aNormalStopLetsTheEmailsInFlightFinishAndRecordsThem() {
        SlowSender slow = new SlowSender(Duration.ofMillis(700), 1);
        workers = workers(slow, 3, Duration.ofSeconds(1));
        OutboxWriter writer = new OutboxWriter(new Outbox(), workers::wakeUp);
        configuration.getCommandExecutorTxRequired().execute(command -> {
            for (int i = 0; i < 9; i++) {
                writer.write(email("TASK_ASSIGNED:task-s" + i + ":2018-08-17"));
            }
            return null;
        });
        workers.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> slow.atOnce.get() == 3);

        workers.stop();

        assertThat(jdbc.queryForObject("select count(*) from pc_outbox where claimed_by is not null", Integer.class))
                .as("emails left claimed (half-sent)").isZero();
        assertThat(TestMailServer.receivedBy(TO)).as("every email the server took is recorded SENT")
                .hasSize(sent()).hasSizeBetween(3, 8);
    }

    private DeliveryWorkers workers(JavaMailSender sender, int threads, Duration pollInterval) {
        DeliverySettings settings = new DeliverySettings(true, threads, pollInterval, Duration.ofSeconds(60),
                DeliverySettings.defaults().retryAfter(), DeliverySettings.DEFAULT_CLAIM_BATCH);
        OutboxDelivery delivery = new OutboxDelivery(new DeliveryQueue(jdbc),
                new MailTransport(() -> sender, MailAddresses.defaults()), settings, Clock.systemUTC(), "node-test");
        return new DeliveryWorkers(delivery, settings);
    }

    private int sent() {
        return jdbc.queryForObject("select count(*) from pc_outbox where status = 'SENT'", Integer.class);
    }

    private static Email email(String key) {
        return new Email(key, EmailKind.TASK_ASSIGNED, "phuket-2563", null, null, List.of(TO), List.of(),
                "ทดสอบ " + key, "ข้อความ", "<p>ข้อความ</p>", null);
    }

    /**
     * The test's real SMTP server behind a mail server that takes its time, counting the messages it holds at once;
     * the first messages wait (10 s at most) until {@code meeting} of them are at the server together.
     */
    private static final class SlowSender implements JavaMailSender {

        final AtomicInteger atOnce = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        private final Duration perMessage;
        private final JavaMailSenderImpl server = TestMailServer.sender();
        private final CountDownLatch meeting;

        SlowSender(Duration perMessage, int meeting) {
            this.perMessage = perMessage;
            this.meeting = new CountDownLatch(meeting);
        }

        @Override
        public void send(MimeMessage... messages) {
            int now = atOnce.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                meeting.countDown();
                meeting.await(10, TimeUnit.SECONDS);
                Thread.sleep(perMessage.toMillis());
                server.send(messages);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                atOnce.decrementAndGet();
            }
        }

        @Override
        public MimeMessage createMimeMessage() {
            return server.createMimeMessage();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            return server.createMimeMessage(contentStream);
        }

        @Override
        public void send(SimpleMailMessage... simpleMessages) {
            server.send(simpleMessages);
        }
    }
}
