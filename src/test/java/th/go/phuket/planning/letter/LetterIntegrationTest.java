package th.go.phuket.planning.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.EmbeddedMailServer;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxQueries;

/**
 * The letters of one cycle in the running application: numbered from the register in the application's own
 * transactions, read over the API with the rights of SPEC (an agency reads only what is addressed to it), the same
 * DOCX bytes on every download, the dashboard's list, and the letter attached to the agencies' emails as a mail
 * client reads them over IMAP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterIntegrationTest {

    static final String CYCLE = "phuket-2563-letters";
    static final String AGENCY = "pkt_public_health";
    static final String OTHER_AGENCY = "dist_kathu";
    static final String OUTSIDER = "pkt_statistics";
    static final List<LetterKind> ALL = List.of(LetterKind.PROPOSAL_REQUEST, LetterKind.HEARING_INVITATION,
            LetterKind.COMMITTEE_MEMO, LetterKind.PLAN_SUBMISSION);

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ProcessEngine engine;
    @Autowired RehearsalClock clock;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired OutboxQueries outbox;
    @Autowired LetterIssuer issuer;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;

    /** The whole cycle once, 2018 dates: the draft on 20 Aug, the hearing prepared on 7 Sep, submitted on 28 Sep. */
    @BeforeAll
    void walkTheCycle() {
        clock.moveTo(OffsetDateTime.parse("2018-08-20T10:00:00+07:00").toInstant());
        runtimeService.startProcessInstanceByKey(KEY, CYCLE,
                Map.of(VAR_CYCLE_ID, CYCLE, VAR_AGENCIES, AGENCY + "," + OTHER_AGENCY));
        complete(TASK_PREPARE_DRAFT, CycleWalk.goodValues(TASK_PREPARE_DRAFT));
        for (String key : List.of(ContributionProcess.TASK_AGENCY_REVIEW, ContributionProcess.TASK_SCREEN_PROPOSAL)) {
            taskService.createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(key).list()
                    .forEach(task -> taskService.complete(task.getId(), CycleWalk.goodValues(key)));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> open(TASK_CONSOLIDATE_DRAFT));
        complete(TASK_CONSOLIDATE_DRAFT, CycleWalk.goodValues(TASK_CONSOLIDATE_DRAFT));
        clock.moveTo(OffsetDateTime.parse("2018-09-07T10:00:00+07:00").toInstant());
        Map<String, Object> hearing = CycleWalk.goodValues(TASK_PREPARE_HEARING);
        hearing.put(VAR_HEARING_TIME, "09:30");
        complete(TASK_PREPARE_HEARING, hearing);
        for (String key : List.of(TASK_SUMMARISE_HEARING, TASK_REVISE_PLAN, TASK_COMMITTEE_DECISION)) {
            complete(key, CycleWalk.goodValues(key));
        }
        clock.moveTo(OffsetDateTime.parse("2018-09-28T10:00:00+07:00").toInstant());
        complete(TASK_SUBMIT_PLAN, Map.of(VAR_SUBMISSION_REFERENCE, ""));
    }

    @AfterAll
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void theRegisterNumbersTheCyclesFourLettersInTheOrderOfTheirSteps() {
        List<Map<String, Object>> letters = list("strategy");
        assertThat(letters).extracting(letter -> letter.get("kind")).containsExactlyElementsOf(
                ALL.stream().map(Enum::name).toList());
        assertThat(letters).extracting(letter -> letter.get("issuedOn"))
                .containsExactly("2018-08-20", "2018-09-07", "2018-09-07", "2018-09-28");
        int request = sequence(letters.get(0));
        assertThat((String) letters.get(0).get("number")).startsWith("ภก ๐๐๑๗.๒/ว ");
        assertThat(sequence(letters.get(1))).as("the next circular").isEqualTo(request + 1);
        assertThat(sequence(letters.get(3))).as("the next plain letter").isEqualTo(sequence(letters.get(2)) + 1);
        assertThat(letters.get(0).get("docxUrl")).isEqualTo("/api/letters/" + letters.get(0).get("letterId") + ".docx");
        assertThat(letters.get(0).get("pageUrl")).isEqualTo("/letters/" + letters.get(0).get("letterId"));
        assertThat(letters.get(0).get("to")).asList().contains("สำนักงานสาธารณสุขจังหวัดภูเก็ต", "ที่ว่าการอำเภอกะทู้");
        String cycle = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(CYCLE)
                .processDefinitionKey(KEY).singleResult().getId();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(cycle)
                .variableName(VAR_SUBMISSION_REFERENCE).singleResult().getValue())
                .as("the covering letter's number is the submission's reference").isEqualTo(letters.get(3).get("number"));
    }

    @Test
    void anAgencyReadsOnlyTheLettersAddressedToIt() {
        List<Map<String, Object>> letters = list(AGENCY);
        assertThat(letters).extracting(letter -> letter.get("kind"))
                .containsExactly("PROPOSAL_REQUEST", "HEARING_INVITATION");
        Map<String, String> ids = ids();
        assertThat(get(AGENCY, "/api/letters/" + ids.get("PROPOSAL_REQUEST") + ".docx").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get(AGENCY, "/letters/" + ids.get("HEARING_INVITATION")).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String kind : List.of("COMMITTEE_MEMO", "PLAN_SUBMISSION")) {
            ResponseEntity<String> docx = get(AGENCY, "/api/letters/" + ids.get(kind) + ".docx");
            assertThat(docx.getStatusCode()).as(kind).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(docx.getBody()).contains("ไม่ได้มีถึงหน่วยงานของท่าน", "is not addressed to your agency");
            ResponseEntity<String> page = get(AGENCY, "/letters/" + ids.get(kind));
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(page.getBody()).contains("เปิดหนังสือไม่ได้").doesNotContain("ขอเสนอร่างแผน", "ส่งแผนพัฒนา");
        }
        assertThat(list(OUTSIDER)).as("an agency outside the cycle").isEmpty();
        assertThat(get(OUTSIDER, "/api/letters/" + ids.get("PROPOSAL_REQUEST") + ".docx").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theOfficeTheManagersAndTheCommitteeReadEveryLetter() {
        for (String user : List.of("strategy", "manager", "committee")) {
            assertThat(list(user)).as(user).hasSize(4);
            ids().values().forEach(id -> assertThat(get(user, "/letters/" + id).getStatusCode()).isEqualTo(HttpStatus.OK));
        }
    }

    @Test
    void unknownCyclesAndLettersAreNotFoundAndStrangersMustLogIn() {
        assertThat(get("manager", "/api/cycles/no-such-cycle/letters").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("manager", "/api/letters/2561-letter-999999.docx").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("manager", "/letters/2561-letter-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/cycles/" + CYCLE + "/letters", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everyDownloadGivesTheDocumentAsIssued() {
        String id = ids().get("PLAN_SUBMISSION");
        ResponseEntity<byte[]> first = rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/letters/" + id + ".docx", byte[].class);
        ResponseEntity<byte[]> second = rest.withBasicAuth("strategy", "demo")
                .getForEntity("/api/letters/" + id + ".docx", byte[].class);
        assertThat(first.getBody()).isEqualTo(second.getBody());
        assertThat(first.getHeaders().getContentType()).hasToString(LetterAttachments.DOCX);
        assertThat(first.getHeaders().getContentDisposition().getFilename())
                .isEqualTo(CYCLE + "-plan-submission-" + id + ".docx");
        assertThat(first.getHeaders().getETag()).isEqualTo("\"" + LetterIssuer.sha256(first.getBody()) + "\"");
        assertThat(jdbc.queryForObject("select docx from pc_letter where letter_id = ?", byte[].class, id))
                .isEqualTo(first.getBody());
        List<String> lines = DocxReading.texts(DocxReading.open(first.getBody()));
        assertThat(lines.get(0)).startsWith("ที่ ภก ๐๐๑๗.๒/").endsWith("\tศาลากลางจังหวัดภูเก็ต");
        assertThat(lines).contains("๒๘ กันยายน ๒๕๖๑", "เรียน\tปลัดกระทรวงมหาดไทย");
    }

    @Test
    void theAgencyFindsTheLettersAttachedToItsEmailsInItsMailbox() throws Exception {
        Map<String, String> ids = ids();
        for (EmailKind kind : List.of(EmailKind.TASK_ASSIGNED, EmailKind.HEARING_INVITATION)) {
            OutboxEntry email = outbox.list(new OutboxQueries.Filter(kind, AGENCY + "@agencies.example", CYCLE, 10))
                    .get(0);
            LetterMailbox.Mail mail = await().atMost(Duration.ofSeconds(90)).until(
                    () -> LetterMailbox.email(mailServer, AGENCY + "@agencies.example", email.id()), found -> found.isPresent())
                    .orElseThrow();
            String letterId = ids.get(kind == EmailKind.TASK_ASSIGNED ? "PROPOSAL_REQUEST" : "HEARING_INVITATION");
            assertThat(mail.files()).as("%s: the calendar entry stays", kind)
                    .anyMatch(file -> file.contentType().toLowerCase().startsWith("text/calendar"));
            assertThat(mail.files()).as("%s carries its letter", kind)
                    .filteredOn(file -> !file.contentType().toLowerCase().startsWith("text/calendar")).singleElement().satisfies(file -> {
                assertThat(file.name()).endsWith("-" + letterId + ".docx");
                assertThat(file.contentType()).startsWithIgnoringCase(LetterAttachments.DOCX);
                assertThat(file.bytes()).isEqualTo(rest.withBasicAuth(AGENCY, "demo")
                        .getForEntity("/api/letters/" + letterId + ".docx", byte[].class).getBody());
            });
        }
    }

    @Test
    void aStepThatRollsBackGivesItsNumberBackToTheRegister() {
        LetterFacts facts = new LetterFacts("phuket-2563-rollback", null, "ภูเก็ต", "2561-2564", 2563, null, null,
                null, null, null, null, List.of(AGENCY), null, null, null, null, null);
        var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        AtomicReference<Letter> rolledBack = new AtomicReference<>();
        assertThatThrownBy(() -> commands.execute(context -> {
            rolledBack.set(issuer.issue(LetterKind.PLAN_SUBMISSION, facts));
            throw new IllegalStateException("a later part of the step failed");
        })).hasMessageContaining("a later part of the step failed");
        assertThat(jdbc.queryForObject("select count(*) from pc_letter where cycle_id = ?", Integer.class,
                facts.cycleId())).isZero();

        Letter issued = commands.execute(context -> issuer.issue(LetterKind.PLAN_SUBMISSION, facts));
        assertThat(issued.number()).isEqualTo(rolledBack.get().number());
        assertThat(issued.letterId()).isEqualTo(rolledBack.get().letterId());
    }

    @Test
    void theDashboardListsTheCyclesLetters() {
        ResponseEntity<String> dashboard = get("manager", "/dashboard?cycle=" + CYCLE);
        assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> letters = list("manager");
        assertThat(dashboard.getBody()).contains("หนังสือราชการของรอบ", "หน่วยงาน 2 แห่ง");
        letters.forEach(letter -> assertThat(dashboard.getBody()).contains("data-letter-id=\"" + letter.get("letterId") + "\"",
                (String) letter.get("number"), "/letters/" + letter.get("letterId")));
    }

    private boolean open(String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(taskKey).count() == 1;
    }

    private void complete(String taskKey, Map<String, Object> values) {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(taskKey)
                .singleResult().getId(), new HashMap<>(values));
    }

    private List<Map<String, Object>> list(String user) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, "demo").exchange(
                "/api/cycles/" + CYCLE + "/letters", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).as("letters for %s", user).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Map<String, String> ids() {
        Map<String, String> ids = new HashMap<>();
        list("strategy").forEach(letter -> ids.put((String) letter.get("kind"), (String) letter.get("letterId")));
        return ids;
    }

    private ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private static int sequence(Map<String, Object> letter) {
        String id = (String) letter.get("letterId");
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }
}
