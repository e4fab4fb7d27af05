package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * Emails really delivered to the embedded GreenMail server of the default profile, read back over IMAP: recipient,
 * Thai subject, B.E. due date, Tasklist link, {@code .ics}; reminders fired by moving the demo clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:mail-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planning.demo.cycle=false"})
class MailIntegrationTest {

    private static final String HEALTH = "pkt_public_health@agencies.example";
    private static final String PPAO = "lao_ppao@agencies.example";

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired RehearsalClock clock;
    @Autowired OutboxQueries outbox;
    @Autowired TestRestTemplate rest;

    /** /api/** and /outbox need a user (security/); the strategy office reads the outbox and moves the demo clock. */
    private TestRestTemplate office() {
        return rest.withBasicAuth("strategy", "demo");
    }

    private static final String NEW_TASK = "งานใหม่:";
    private static final String REMINDER = "แจ้งเตือนกำหนดส่ง:";

    @BeforeEach
    void setUp() throws Exception {
        clock.moveTo(OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant());
        mailServer.greenMail().purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void theAgencyReadsItsNewTaskInItsMailboxInThaiWithTheBuddhistDueDateATasklistLinkAndACalendarEntry()
            throws Exception {
        String cycle = startCycleAndCompleteTheDraft("it-assigned", "pkt_public_health");
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(cycle)
                .taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW).singleResult();

        List<Map<String, Object>> inbox = await().atMost(Duration.ofSeconds(60))
                .until(() -> readInbox(HEALTH, NEW_TASK), messages -> messages.size() == 1);

        Map<String, Object> mail = inbox.get(0);
        assertThat(mail.get("to")).isEqualTo(HEALTH);
        assertThat((String) mail.get("subject")).startsWith("งานใหม่: ทบทวนแผนและเสนอโครงการ")
                .contains("กำหนดส่ง 31 ส.ค. 2561");
        // written just before the task exists, the email links to the contribution's review, which opens the task
        String link = "/agency-review/" + review.getProcessInstanceId();
        assertThat((String) mail.get("text")).contains("เรียน สำนักงานสาธารณสุขจังหวัดภูเก็ต", "31 ส.ค. 2561",
                "เหลืออีก 10 วันทำการ", "http://localhost:8080" + link, "English:");
        assertThat((String) mail.get("html")).contains("href=\"http://localhost:8080" + link + "\"");
        assertThat(redirectOf(link, "pkt_public_health")).as("the agency, signed in to Tasklist")
                .isEqualTo("/camunda/app/tasklist/default/#/?task=" + review.getId());
        assertThat(redirectOf(link, null)).as("nobody signed in: Tasklist's login, no task id")
                .isEqualTo("/camunda/app/tasklist/default/");
        assertThat(redirectOf(link, "pkt_tourism_sports")).as("another agency: never the task's id")
                .isEqualTo("/camunda/app/tasklist/default/");
        assertThat((String) mail.get("icsType")).startsWith("text/calendar");
        assertThat((String) mail.get("icsName")).isEqualTo(MailTransport.ICS_FILE);
        assertThat((String) mail.get("ics")).contains("DTSTART:20180831T093000Z", "BEGIN:VEVENT");
        assertThat(outbox.list(new OutboxQueries.Filter(EmailKind.TASK_ASSIGNED, HEALTH, cycle, 10)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo(OutboxEntry.Status.SENT);
                    assertThat(entry.attempts()).isOne();
                    assertThat(entry.processInstanceId()).isEqualTo(review.getProcessInstanceId());
                });

        // handed in: the same link now opens the agency's Tasklist, not a closed task
        taskService.complete(review.getId(), CycleWalk.goodValues(ContributionProcess.TASK_AGENCY_REVIEW));
        assertThat(redirectOf(link, "pkt_public_health")).isEqualTo("/camunda/app/tasklist/default/");
    }

    /**
     * Where the app sends a browser that opens {@code path}: signed in to Tasklist as {@code user} (as Tasklist's
     * login page does it), or nobody when null.
     */
    private String redirectOf(String path, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();
        if (user != null) {
            String tasklist = rest.getRootUri() + "/camunda/app/tasklist/default/";
            browser.send(HttpRequest.newBuilder(URI.create(tasklist)).build(), HttpResponse.BodyHandlers.discarding());
            String token = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies()
                    .stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow()
                    .getValue();
            HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(URI.create(rest.getRootUri()
                    + "/camunda/api/admin/auth/user/default/login/tasklist")).header("X-XSRF-TOKEN", token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(login.statusCode()).as("%s signs in to Tasklist", user).isEqualTo(200);
        }
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("%s redirects", path).isEqualTo(302);
        return URI.create(rest.getRootUri()).resolve(response.headers().firstValue("Location").orElseThrow())
                .toString().replace(rest.getRootUri(), "");
    }

    @Test
    void movingTheDemoClockFiresTheRemindersAndAnAgencyWithTwoDueReviewsGetsOneEmail() throws Exception {
        startCycleAndCompleteTheDraft("it-reminder-a", "lao_ppao");
        startCycleAndCompleteTheDraft("it-reminder-b", "lao_ppao,dist_kathu");
        await().atMost(Duration.ofSeconds(60)).until(() -> readInbox(PPAO, NEW_TASK).size() == 2);

        ResponseEntity<Map> moved = office().postForEntity("/api/demo/clock",
                Map.of("now", "2018-08-28T09:00:00+07:00"), Map.class);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody()).containsEntry("nowText", "28 ส.ค. 2561 09:00 น.");

        await().atMost(Duration.ofSeconds(60)).until(() -> readInbox(PPAO, REMINDER).size() == 1);
        Thread.sleep(2000); // a second reminder, were one written, would be delivered by now
        List<Map<String, Object>> reminders = readInbox(PPAO, REMINDER);
        assertThat(reminders).hasSize(1);
        assertThat((String) reminders.get(0).get("subject")).contains("2 รายการ", "31 ส.ค. 2561");
        assertThat((String) reminders.get(0).get("text")).contains("เหลืออีก 3 วันทำการ");
        assertThat(readInbox(PPAO, NEW_TASK)).hasSize(2);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> readInbox("dist_kathu@agencies.example", REMINDER).size() == 1);

        ResponseEntity<List> api = office().getForEntity("/api/outbox?kind=REMINDER&to=" + PPAO, List.class);
        assertThat(api.getBody()).singleElement().satisfies(entry -> assertThat((Map<String, Object>) entry)
                .containsEntry("kind", "REMINDER").containsEntry("status", "SENT")
                .containsEntry("calendarAttached", true));
        ResponseEntity<String> page = office().getForEntity("/outbox?kind=REMINDER", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("กล่องอีเมลขาออก", "แจ้งเตือนกำหนดส่ง", "28 ส.ค. 2561");
        // the site's layout: header with the engine's date, navigation with the outbox marked
        assertThat(page.getBody()).contains("class=\"site-header\"", "id=\"engine-clock\"",
                "href=\"/outbox\" class=\"is-active\"", "href=\"/dashboard\"", "/assets/site.css");
    }

    @Test
    void theOutboxApiRefusesAnUnknownKindInThaiAndEnglish() {
        ResponseEntity<Map> refused = office().getForEntity("/api/outbox?kind=SPAM", Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("detail")).contains("ไม่รู้จักประเภทอีเมล", "unknown email kind");
    }

    @Test
    void theDemoClockShowsTheRehearsalTimeAndRefusesBadOrBackwardTimesInThaiAndEnglish() {
        ResponseEntity<Map> shown = office().getForEntity("/api/demo/clock", Map.class);
        assertThat(shown.getBody()).containsEntry("rehearsal", true);
        assertThat((String) shown.getBody().get("now")).startsWith("2018-08-17T09:0").endsWith("+07:00");
        assertThat((String) shown.getBody().get("nowText")).startsWith("17 ส.ค. 2561 09:0");

        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        for (Object body : List.of(Map.of("now", "29/08/2018"), Map.of("later", "x"), "{not json",
                Map.of("now", "2018-08-16T09:00:00+07:00"))) {
            ResponseEntity<Map> refused = office().postForEntity("/api/demo/clock", new HttpEntity<>(body, json), Map.class);
            assertThat(refused.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) refused.getBody().get("detail")).as(body.toString()).containsPattern("[ก-๙]")
                    .containsPattern("\\([a-z].*\\)");
        }
        assertThat((String) office().getForEntity("/api/demo/clock", Map.class).getBody().get("nowText"))
                .startsWith("17 ส.ค. 2561");
    }

    private String startCycleAndCompleteTheDraft(String cycleId, String agencies) {
        runtimeService.startProcessInstanceByKey(CycleProcess.KEY, cycleId,
                Map.of(CycleProcess.VAR_CYCLE_ID, cycleId, CycleProcess.VAR_AGENCIES, agencies));
        Task draft = taskService.createTaskQuery().processInstanceBusinessKey(cycleId)
                .taskDefinitionKey(CycleProcess.TASK_PREPARE_DRAFT).singleResult();
        taskService.complete(draft.getId(), CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));
        return cycleId;
    }

    /**
     * The messages in {@code address}'s mailbox whose subject starts with {@code subjectStart}: an agency's mailbox
     * also holds the other emails of the cycle (the public hearing's opening, letters), which are not these tests'.
     */
    private List<Map<String, Object>> readInbox(String address, String subjectStart) throws Exception {
        return Mailbox.read(mailServer, address).stream()
                .filter(mail -> ((String) mail.get("subject")).startsWith(subjectStart)).toList();
    }
}
