package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.reminder.NoticeTestEngine;

/**
 * Delivery of outbox rows: retries with back-off while the SMTP server is down, each attempt counted, the email
 * sent exactly once when the server is back, FAILED after the last attempt and sent again on request; a claim held
 * by another delivery is respected (also when the demo clock jumps), one left by a dead delivery expires; several
 * deliveries draining at once send every email once. Really sent to {@link TestMailServer}.
 */
class OutboxDeliveryTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String TO = "pkt_tourism_sports@agencies.example";
    private static final Instant KICKOFF = Instant.parse("2018-08-28T01:30:00Z");

    private ProcessEngine engine;
    private ProcessEngineConfigurationImpl configuration;
    private DeliveryQueue queue;
    private final AtomicReference<JavaMailSender> smtp = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        ProcessTestEngine.prepare(engine);
        NoticeTestEngine.clearOutbox(engine);
        TestMailServer.clear();
        queue = new DeliveryQueue(new JdbcTemplate(configuration.getDataSource()));
        smtp.set(TestMailServer.sender());
        ClockUtil.setCurrentTime(Date.from(KICKOFF));
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
        OutboxDelivery delivery = delivery("node-a");

        assertThat(delivery.deliverDue()).isOne();
        OutboxEntry first = row(id);
        assertThat(first.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(first.attempts()).isOne();
        assertThat(first.lastError()).contains("ส่งอีเมล REMINDER:pkt_tourism_sports:2018-08-28 ไม่สำเร็จ");
        assertThat(first.nextAttemptAt()).as("backs off 1 minute").isEqualTo(KICKOFF.plus(Duration.ofMinutes(1)));
        assertThat(delivery.deliverDue()).as("nothing due before then").isZero();

        moveClock(Duration.ofMinutes(1));
        assertThat(delivery.deliverDue()).isOne();
        OutboxEntry second = row(id);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).as("then 2 minutes").isEqualTo(now().plus(Duration.ofMinutes(2)));
        assertThat(second.retriesLeft()).as("six attempts in all: 1 + retries after 1, 2, 5, 15, 30 min").isEqualTo(3);

        smtp.set(TestMailServer.sender());
        moveClock(Duration.ofMinutes(2));
        assertThat(delivery.deliverDue()).isOne();

        OutboxEntry sent = row(id);
        assertThat(sent.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.sentAt()).isNotNull();
        List<MimeMessage> received = TestMailServer.receivedBy(TO);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getMessageID()).as("stable, from the row").isEqualTo("<" + id + "@planning-cycle>");
        assertThat(received.get(0).getHeader(MailTransport.OUTBOX_HEADER)).containsExactly(id);
    }

    @Test
    void aSecondDeliveryOfASentEmailSendsNothing() {
        String id = write(email("TASK_ASSIGNED:task-1:2018-08-20")).orElseThrow();
        assertThat(delivery("node-a").deliverDue()).isOne();

        Instant realNow = Instant.now();
        assertThat(queue.claim(id, "node-b", now(), realNow, realNow.plusSeconds(60))).as("a SENT row").isFalse();
        moveClock(Duration.ofDays(3));
        assertThat(delivery("node-b").deliverDue()).isZero();
        assertThat(TestMailServer.receivedBy(TO)).hasSize(1);
        assertThat(row(id).attempts()).isEqualTo(1);
    }

    @Test
    void anEmailClaimedByAnotherDeliveryIsLeftToItEvenWhenTheDemoClockJumpsDaysAhead() {
        String id = write(email("REMINDER:dist_kathu:2018-08-28")).orElseThrow();
        // the other delivery holds its claim, as while it talks to the mail server
        Instant realNow = Instant.now();
        assertThat(queue.claim(id, "node-a", now(), realNow, realNow.plusSeconds(60))).isTrue();

        moveClock(Duration.ofDays(3));
        assertThat(delivery("node-b").deliverDue()).isZero();
        assertThat(TestMailServer.receivedBy(TO)).isEmpty();
        assertThat(row(id).attempts()).as("not a failed attempt").isZero();

        // the first delivery sends and records it; the second, looking again, finds nothing to do
        queue.markSent(id, now());
        assertThat(delivery("node-b").deliverDue()).isZero();
        assertThat(TestMailServer.receivedBy(TO)).isEmpty();
        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.SENT);
    }

    @Test
    void aClaimLeftByADeliveryThatDiedExpiresAndTheEmailGoesOut() {
        String id = write(email("OVERDUE:dist_kathu:2018-09-03")).orElseThrow();
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
        assertThat(queue.claim(id, "dead-node", now(), longAgo, longAgo.plusSeconds(60))).isTrue();

        assertThat(delivery("node-b").deliverDue()).isOne();

        assertThat(TestMailServer.receivedBy(TO)).hasSize(1);
        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.SENT);
    }

    @Test
    void aLiveDeliveryRenewsItsClaimSoNobodyTakesTheEmailFromIt() {
        String id = write(email("RETURNED:task-3:2018-08-21")).orElseThrow();
        // node-a's claim was made a minute and a half ago: its 60 s lease has run out unless renewed
        Clock earlier = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-90));
        OutboxDelivery nodeA = new OutboxDelivery(queue, transport(), DeliverySettings.defaults(), earlier, "node-a");
        assertThat(nodeA.claimNext()).hasSize(1);

        OutboxDelivery nodeA90sLater = delivery("node-a");
        nodeA90sLater.renew(List.of(id));
        assertThat(delivery("node-b").deliverDue()).as("renewed, so still held").isZero();
        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.PENDING);
    }

    @Test
    void afterTheLastAttemptTheEmailIsFailedAndTheOfficeCanSendItAgain() throws Exception {
        smtp.set(serverThatIsDown());
        String id = write(email("OVERDUE:pkt_tourism_sports:2018-09-03")).orElseThrow();
        OutboxDelivery delivery = delivery("node-a");
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            Instant before = now();
            assertThat(delivery.deliverDue()).as("attempt " + attempt).isOne();
            if (row(id).nextAttemptAt() != null && row(id).status() == OutboxEntry.Status.PENDING) {
                waits.add(Duration.between(before, row(id).nextAttemptAt()));
            }
            moveClock(Duration.ofMinutes(31));
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
                Duration.ofMinutes(15), Duration.ofMinutes(30));
        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(row(id).attempts()).isEqualTo(6);
        assertThat(row(id).lastError()).as("says it waits for someone, not that it will be retried")
                .contains("ลองครบทุกครั้งแล้ว", "waits for \"send again\"");
        moveClock(Duration.ofDays(1));
        assertThat(delivery.deliverDue()).as("a FAILED email waits for someone").isZero();
        assertThat(queries().list(new OutboxQueries.Filter(null, null, null, OutboxEntry.Status.FAILED, 10)))
                .extracting(OutboxEntry::id).containsExactly(id);

        smtp.set(TestMailServer.sender());
        assertThat(delivery.sendAgain(id)).isTrue();
        assertThat(delivery.deliverDue()).isOne();

        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(row(id).attempts()).isEqualTo(7);
        assertThat(TestMailServer.receivedBy(TO)).hasSize(1);
        assertThat(delivery.sendAgain(id)).as("only a FAILED email is sent again").isFalse();
        assertThat(delivery.sendAgain("no-such-email")).isFalse();
    }

    @Test
    void anEmailSentAgainThatFailsAgainIsFailedAfterThatOneAttempt() throws Exception {
        smtp.set(serverThatIsDown());
        String id = write(email("OVERDUE:dist_kathu:2018-09-03")).orElseThrow();
        OutboxDelivery delivery = new OutboxDelivery(queue, transport(), new DeliverySettings(true, 1,
                Duration.ofSeconds(5), Duration.ofSeconds(60), List.of(), 1), Clock.systemUTC(), "node-a");
        assertThat(delivery.deliverDue()).isOne();
        assertThat(row(id).status()).as("no retries configured").isEqualTo(OutboxEntry.Status.FAILED);

        assertThat(delivery.sendAgain(id)).isTrue();
        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(delivery.deliverDue()).isOne();

        assertThat(row(id).status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(row(id).attempts()).isEqualTo(2);
    }

    @Test
    void aDeliveryClaimsABatchInOneGoButLeavesTheOtherThreadsTheirShare() {
        for (int i = 0; i < 30; i++) {
            write(email("TASK_ASSIGNED:task-" + i + ":2018-08-17"));
        }
        List<OutboxEntry> first = delivery("node-a").claimNext();
        List<OutboxEntry> second = delivery("node-b").claimNext();
        List<OutboxEntry> third = delivery("node-c").claimNext();

        assertThat(first).hasSize(DeliverySettings.DEFAULT_CLAIM_BATCH)
                .allSatisfy(entry -> assertThat(claimedBy(entry.id())).isEqualTo("node-a"));
        assertThat(second).hasSize(DeliverySettings.DEFAULT_CLAIM_BATCH)
                .allSatisfy(entry -> assertThat(claimedBy(entry.id())).isEqualTo("node-b"));
        assertThat(third).as("half of the ten left: the other of two threads gets the rest").hasSize(5);

        delivery("node-a").release(first.stream().map(OutboxEntry::id).toList());
        assertThat(delivery("node-d").deliverDue()).as("given back: sent by another at once, with the last five")
                .isEqualTo(15);
        assertThat(second).allSatisfy(entry -> assertThat(row(entry.id()).status())
                .isEqualTo(OutboxEntry.Status.PENDING));
    }

    @Test
    void theSameEmailWrittenTwiceIsOneRowAndOneDelivery() {
        assertThat(write(email("RETURNED:task-7:2018-09-06"))).isPresent();
        assertThat(write(email("RETURNED:task-7:2018-09-06"))).isEmpty();

        assertThat(OutboxTable.all(engine)).hasSize(1);
        assertThat(delivery("node-a").deliverDue()).isOne();
        assertThat(TestMailServer.receivedBy(TO)).hasSize(1);
    }

    @Test
    void deliveriesDrainingTheOutboxAtOnceSendEveryEmailOnce() throws Exception {
        int emails = 40;
        for (int i = 0; i < emails; i++) {
            write(email("TASK_ASSIGNED:task-" + i + ":2018-08-17"));
        }
        List<Callable<Integer>> drains = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            OutboxDelivery delivery = delivery("node-" + i);
            drains.add(delivery::deliverDue);
        }
        ExecutorService threads = Executors.newFixedThreadPool(drains.size());
        int tried = 0;
        for (Future<Integer> drained : threads.invokeAll(drains)) {
            tried += drained.get();
        }
        threads.shutdown();

        assertThat(tried).as("attempts in all").isEqualTo(emails);
        assertThat(OutboxTable.all(engine)).hasSize(emails)
                .allSatisfy(entry -> assertThat(entry.attempts()).isOne())
                .allMatch(entry -> entry.status() == OutboxEntry.Status.SENT);
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : TestMailServer.receivedBy(TO)) {
            ids.add(message.getHeader(MailTransport.OUTBOX_HEADER)[0]);
        }
        assertThat(ids).hasSize(emails).doesNotHaveDuplicates();
    }

    private String claimedBy(String id) {
        return new JdbcTemplate(configuration.getDataSource())
                .queryForObject("select claimed_by from pc_outbox where id = ?", String.class, id);
    }

    private Optional<String> write(Email email) {
        return configuration.getCommandExecutorTxRequired().execute(command ->
                new OutboxWriter(new Outbox(), () -> { }).write(email));
    }

    private OutboxDelivery delivery(String claimant) {
        return new OutboxDelivery(queue, transport(), DeliverySettings.defaults(), Clock.systemUTC(), claimant);
    }

    private MailTransport transport() {
        return new MailTransport(smtp::get, MailAddresses.defaults());
    }

    private OutboxQueries queries() {
        return new OutboxQueries(new JdbcTemplate(configuration.getDataSource()));
    }

    private OutboxEntry row(String id) {
        return queries().find(id).orElseThrow();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(now().plus(by)));
    }

    static Email email(String key) {
        return new Email(key, EmailKind.valueOf(key.substring(0, key.indexOf(':'))), "phuket-2563", null, null,
                List.of(TO), List.of(), "ทดสอบ " + key + " (test)", "ข้อความ (text)", "<p>ข้อความ</p>", null);
    }

    /** An SMTP address nobody listens on: a port that was free a moment ago. */
    static JavaMailSender serverThatIsDown() throws Exception {
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
