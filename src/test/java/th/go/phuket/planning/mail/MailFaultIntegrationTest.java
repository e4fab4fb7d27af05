package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import th.go.phuket.planning.PlanningApplication;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * Faults between the outbox and the SMTP server, with the whole app: a server that is down, an app stopped
 * between writing an email and sending it, work that fails after writing one. Mail goes to a GreenMail server of
 * the test (on a free port) that can be stopped and started, as the production profile's SMTP server would be.
 */
class MailFaultIntegrationTest {

    private int smtpPort;
    private GreenMail smtp;

    private static final java.util.Set<EmailKind> WORK = java.util.EnumSet.of(EmailKind.TASK_ASSIGNED,
            EmailKind.REMINDER);

    @BeforeEach
    void freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
    }

    @AfterEach
    void tearDown() {
        if (smtp != null) {
            smtp.stop();
        }
        ClockUtil.reset();
    }

    @Test
    void whileTheSmtpServerIsDownAttemptsAreCountedAndTheEmailGoesOutOnceWhenItIsBack() throws Exception {
        try (ConfigurableApplicationContext app = start("fault-down", true)) {
            startCycleAndCompleteTheDraft(app, "fault-down", "pkt_public_health");

            OutboxEntry failing = await().atMost(Duration.ofSeconds(60))
                    .until(() -> onlyEntry(app), entry -> entry.attempts() >= 1);
            assertThat(failing.status()).isEqualTo(OutboxEntry.Status.PENDING);
            assertThat(failing.lastError()).isNotBlank();

            assertThat(failing.nextAttemptAt()).as("next attempt after a back-off")
                    .isAfter(ClockUtil.getCurrentTime().toInstant());

            startSmtp();
            RehearsalClock clock = app.getBean(RehearsalClock.class);
            clock.moveTo(clock.now().plus(Duration.ofMinutes(2)));
            app.getBean(DeliveryWorkers.class).wakeUp();

            OutboxEntry sent = await().atMost(Duration.ofSeconds(60))
                    .until(() -> onlyEntry(app), entry -> entry.status() == OutboxEntry.Status.SENT);
            assertThat(sent.attempts()).isEqualTo(failing.attempts() + 1);
            Thread.sleep(3000);
            assertThat(workReceived()).hasSize(1);
        }
    }

    @Test
    void anEmailWrittenBeforeTheAppStopsIsSentOnceAfterItRestarts() throws Exception {
        startSmtp();
        try (ConfigurableApplicationContext stopped = start("fault-restart", false)) {
            startCycleAndCompleteTheDraft(stopped, "fault-restart", "pkt_public_health,dist_kathu");
            assertThat(outbox(stopped)).hasSize(2).allMatch(entry -> entry.status() == OutboxEntry.Status.PENDING);
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();

        try (ConfigurableApplicationContext restarted = start("fault-restart", true)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> outbox(restarted).stream()
                    .allMatch(entry -> entry.status() == OutboxEntry.Status.SENT));
        }
        assertThat(workReceived()).hasSize(2);

        try (ConfigurableApplicationContext again = start("fault-restart", true)) {
            Thread.sleep(5000);
            assertThat(outbox(again)).allMatch(entry -> entry.attempts() == 1);
        }
        assertThat(workReceived()).as("no email twice after another restart").hasSize(2);
    }

    @Test
    void twoNodesOnOneDatabaseSendEveryEmailOnce() throws Exception {
        startSmtp();
        try (ConfigurableApplicationContext first = start("fault-two-nodes", true);
             ConfigurableApplicationContext second = start("fault-two-nodes", true)) {
            List<String> agencies = first.getBean(th.go.phuket.planning.agency.AgencyDirectory.class).ids()
                    .subList(0, 30);
            startCycleAndCompleteTheDraft(first, "two-nodes-a", String.join(",", agencies));
            startCycleAndCompleteTheDraft(second, "two-nodes-b", String.join(",", agencies.subList(0, 10)));
            await().atMost(Duration.ofSeconds(120)).until(() -> workReceived().size() == 40);

            first.getBean(RehearsalClock.class).moveTo(OffsetDateTime.parse("2018-08-28T08:31:00+07:00").toInstant());
            jobExecutorOf(first).jobWasAdded();
            jobExecutorOf(second).jobWasAdded();

            await().atMost(Duration.ofSeconds(180)).until(() -> outbox(first).stream()
                    .filter(entry -> entry.kind() == EmailKind.REMINDER
                            && entry.status() == OutboxEntry.Status.SENT).count() == 30);
            Thread.sleep(5000);
            assertThat(workReceived()).as("40 tasks assigned, 30 agencies reminded once").hasSize(70);
            assertThat(outbox(second)).hasSize(70).allMatch(entry -> entry.attempts() == 1);
            Integer notices = first.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("select count(*) from pc_outbox_notice", Integer.class);
            assertThat(notices).as("each of the 40 due reviews listed once").isEqualTo(40);
        }
    }

    @Test
    void aFailedEmailIsShownToTheOfficeWhichSendsItAgainOnceTheServerIsBack() throws Exception {
        // no retries: the email is FAILED after its first attempt
        try (ConfigurableApplicationContext app = start("fault-failed", true, "--planning.mail.delivery.retry-after=")) {
            startCycleAndCompleteTheDraft(app, "fault-failed", "pkt_public_health");
            OutboxEntry failed = await().atMost(Duration.ofSeconds(60))
                    .until(() -> onlyEntry(app), entry -> entry.status() == OutboxEntry.Status.FAILED);
            // the agency's other email of the draft (the hearing's COMMENTS_OPEN) failed as well: the page counts both
            List<OutboxEntry> all = await().atMost(Duration.ofSeconds(60)).until(() -> everyEmail(app),
                    entries -> entries.stream().allMatch(entry -> entry.status() == OutboxEntry.Status.FAILED));
            String failedCount = "มีอีเมลส่งไม่สำเร็จ " + all.size() + " ฉบับ";
            int port = ((org.springframework.boot.web.context.WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://localhost:" + port;
            var office = new org.springframework.boot.test.web.client.TestRestTemplate("strategy", "demo");

            String page = office.getForObject(base + "/outbox", String.class);
            assertThat(page).contains(failedCount, "ส่งอีกครั้ง", "data-id=\"" + failed.id() + "\"");
            assertThat(new org.springframework.boot.test.web.client.TestRestTemplate("manager", "demo")
                    .getForObject(base + "/outbox", String.class)).as("managers read, the button is not theirs")
                    .contains(failedCount).doesNotContain("class=\"send-again\"");
            assertThat(office.getForObject(base + "/api/outbox?status=FAILED", String.class)).contains(failed.id());
            String sendAgain = base + "/api/outbox/" + failed.id() + "/send-again";
            assertThat(new org.springframework.boot.test.web.client.TestRestTemplate("manager", "demo")
                    .postForEntity(sendAgain, null, String.class).getStatusCode().value()).isEqualTo(403);
            assertThat(new org.springframework.boot.test.web.client.TestRestTemplate("pkt_public_health", "demo")
                    .postForEntity(sendAgain, null, String.class).getStatusCode().value()).isEqualTo(403);

            startSmtp();
            var again = office.postForEntity(sendAgain, null, String.class);
            assertThat(again.getStatusCode().value()).isEqualTo(200);
            assertThat(again.getBody()).contains("\"status\":\"PENDING\"");
            OutboxEntry sent = await().atMost(Duration.ofSeconds(30))
                    .until(() -> onlyEntry(app), entry -> entry.status() == OutboxEntry.Status.SENT);
            assertThat(sent.attempts()).isEqualTo(2);
            assertThat(workReceived()).hasSize(1);

            var refused = office.postForEntity(sendAgain, null, String.class);
            assertThat(refused.getStatusCode().value()).isEqualTo(409);
            assertThat(refused.getBody()).contains("ส่งอีกครั้งได้เฉพาะอีเมลที่ส่งไม่สำเร็จ", "only a FAILED email");
            assertThat(office.postForEntity(base + "/api/outbox/no-such-email/send-again", null, String.class)
                    .getStatusCode().value()).isEqualTo(404);
            assertThat(office.getForEntity(base + "/api/outbox?status=LOST", String.class).getBody())
                    .contains("ไม่รู้จักสถานะ", "unknown status");
        }
    }

    @Test
    void anEmailOfWorkThatFailsIsNeitherKeptNorSent() throws Exception {
        startSmtp();
        try (ConfigurableApplicationContext app = start("fault-rollback", true, "--planning.demo.clock=false")) {
            int port = ((org.springframework.boot.web.context.WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(new org.springframework.boot.test.web.client.TestRestTemplate("admin", "demo")
                    .getForEntity("http://localhost:" + port + "/api/demo/clock", String.class).getStatusCode().value())
                    .as("no demo clock unless planning.demo.clock=true").isEqualTo(404);

            var configuration = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
                    .getProcessEngineConfiguration();
            OutboxWriter writer = app.getBean(OutboxWriter.class);
            Email email = new Email("TASK_ASSIGNED:task-x:2018-08-17", EmailKind.TASK_ASSIGNED, "fault-rollback", null,
                    null, List.of("pkt_public_health@agencies.example"), List.of(), "ทดสอบ (test)", "ข้อความ",
                    "<p>ข้อความ</p>", null);

            assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(command -> {
                writer.write(email);
                throw new IllegalStateException("the work failed after writing its email");
            })).hasMessageContaining("the work failed");

            assertThat(outbox(app)).isEmpty();
            Thread.sleep(2000);
            assertThat(smtp.getReceivedMessages()).isEmpty();
        }
    }

    private ConfigurableApplicationContext start(String database, boolean sendMail, String... more) {
        // command-line arguments: they win over application.yaml (builder properties would not)
        List<String> args = new java.util.ArrayList<>(List.of(more));
        args.addAll(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "--planning.demo.cycle=false",
                "--planning.mail.embedded.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--camunda.bpm.job-execution.enabled=" + sendMail));
        return new SpringApplicationBuilder(PlanningApplication.class).run(args.toArray(String[]::new));
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static void startCycleAndCompleteTheDraft(ConfigurableApplicationContext app, String cycleId,
                                                      String agencies) {
        app.getBean(RehearsalClock.class).moveTo(OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant());
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, cycleId,
                Map.of(CycleProcess.VAR_CYCLE_ID, cycleId, CycleProcess.VAR_AGENCIES, agencies));
        Task draft = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycleId).singleResult();
        engine.getTaskService().complete(draft.getId(), CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));
    }

    /**
     * The outbox's emails of the agencies' work (new tasks and reminders), which these tests count: completing the
     * draft also opens the public hearing, whose COMMENTS_OPEN email each agency gets as well.
     */
    private static List<OutboxEntry> outbox(ConfigurableApplicationContext app) {
        return everyEmail(app).stream().filter(entry -> WORK.contains(entry.kind())).toList();
    }

    private static List<OutboxEntry> everyEmail(ConfigurableApplicationContext app) {
        return app.getBean(OutboxQueries.class).list(new OutboxQueries.Filter(null, null, null, 500));
    }

    /** The messages of {@link #WORK} the SMTP server received, told apart by their subjects. */
    private List<jakarta.mail.internet.MimeMessage> workReceived() throws jakarta.mail.MessagingException {
        List<jakarta.mail.internet.MimeMessage> work = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            String subject = message.getSubject();
            if (subject.startsWith("งานใหม่:") || subject.startsWith("แจ้งเตือนกำหนดส่ง:")) {
                work.add(message);
            }
        }
        return work;
    }

    private static OutboxEntry onlyEntry(ConfigurableApplicationContext app) {
        List<OutboxEntry> entries = outbox(app);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutorOf(
            ConfigurableApplicationContext app) {
        return ((ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor();
    }
}
