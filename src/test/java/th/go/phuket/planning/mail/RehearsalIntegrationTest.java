package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * The 2018 cycle rehearsed with the demo clock, as a person would: three agencies, one proposal returned once, one
 * agency handing in after its reminder, one late. Every email kind of the SPEC's table comes out exactly once where
 * it should, on its 2018 date, and lands in the right GreenMail mailbox with the B.E. date in its subject.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:rehearsal-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planning.demo.cycle=false"})
class RehearsalIntegrationTest {

    private static final String CYCLE = "rehearsal-2563";
    private static final String HEALTH = "pkt_public_health";
    private static final String PPAO = "lao_ppao";
    private static final String KATHU = "dist_kathu";
    private static final String OFFICE = "strategy-office@planning.example";
    private static final String MANAGERS = "managers@planning.example";
    private static final String COMMITTEE = "committee@planning.example";

    @Autowired ProcessEngine engine;
    @Autowired RehearsalClock clock;
    @Autowired OutboxQueries outbox;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired TestRestTemplate rest;

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void rehearsingTheCycleSendsEveryEmailOfTheSpecOnceOnItsDay() throws Exception {
        clock.moveTo(OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant());
        engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, CYCLE, Map.of(
                CycleProcess.VAR_CYCLE_ID, CYCLE, CycleProcess.VAR_AGENCIES, String.join(",", HEALTH, PPAO, KATHU)));
        complete(CycleProcess.TASK_PREPARE_DRAFT);

        moveTo("2018-08-20T10:00:00+07:00");
        CycleWalk.complete(engine, review(HEALTH));
        moveTo("2018-08-21T10:00:00+07:00");
        CycleWalk.complete(engine, screening(HEALTH), Map.of(ContributionProcess.VAR_SCREENING_DECISION,
                ContributionProcess.SCREENING_RETURNED, ContributionProcess.VAR_SCREENING_NOTE,
                "กรุณาระบุงบประมาณรายโครงการ"));
        moveTo("2018-08-22T10:00:00+07:00");
        CycleWalk.complete(engine, review(HEALTH));
        CycleWalk.complete(engine, screening(HEALTH));

        moveTo("2018-08-28T09:00:00+07:00");
        awaitSent(EmailKind.REMINDER, 2);
        CycleWalk.complete(engine, review(PPAO));
        moveTo("2018-08-30T09:00:00+07:00");
        awaitSent(EmailKind.REMINDER, 3);
        moveTo("2018-09-03T09:00:00+07:00");
        awaitSent(EmailKind.OVERDUE, 1);
        CycleWalk.complete(engine, review(KATHU));
        CycleWalk.complete(engine, screening(PPAO));
        CycleWalk.complete(engine, screening(KATHU));

        moveTo("2018-09-04T10:00:00+07:00");
        complete(CycleProcess.TASK_CONSOLIDATE_DRAFT);
        complete(CycleProcess.TASK_PREPARE_HEARING);
        moveTo("2018-09-14T10:00:00+07:00");
        complete(CycleProcess.TASK_SUMMARISE_HEARING);
        complete(CycleProcess.TASK_REVISE_PLAN);
        moveTo("2018-09-24T09:00:00+07:00");
        awaitSent(EmailKind.DEADLINE_AT_RISK, 1);
        moveTo("2018-09-25T10:00:00+07:00");
        complete(CycleProcess.TASK_COMMITTEE_DECISION);
        complete(CycleProcess.TASK_SUBMIT_PLAN);
        await().atMost(Duration.ofSeconds(60)).until(() -> engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(CYCLE)
                .processDefinitionKey(CycleProcess.KEY).finished().count() == 1);
        awaitSent(EmailKind.PLAN_SUBMITTED, 1);

        // every email of the cycle: kind, recipients (to + cc) and the Bangkok date it was written for
        List<OutboxEntry> all = await().atMost(Duration.ofSeconds(60)).until(
                () -> outbox.list(new OutboxQueries.Filter(null, null, CYCLE, 100)),
                entries -> entries.stream().allMatch(entry -> entry.status() == OutboxEntry.Status.SENT));
        assertThat(all.stream().map(RehearsalIntegrationTest::describe).sorted().toList()).containsExactly(
                "COMMENTS_OPEN " + CYCLE + "/dist_kathu to [dist_kathu@agencies.example] cc []",
                "COMMENTS_OPEN " + CYCLE + "/lao_ppao to [lao_ppao@agencies.example] cc []",
                "COMMENTS_OPEN " + CYCLE + "/pkt_public_health to [pkt_public_health@agencies.example] cc []",
                "DEADLINE_AT_RISK 2018-09-24 to [managers@planning.example, strategy-office@planning.example] cc []",
                "HEARING_INVITATION 2018-09-04 to [dist_kathu@agencies.example] cc []",
                "HEARING_INVITATION 2018-09-04 to [lao_ppao@agencies.example] cc []",
                "HEARING_INVITATION 2018-09-04 to [pkt_public_health@agencies.example] cc []",
                "OVERDUE 2018-09-03 to [dist_kathu@agencies.example] cc [" + OFFICE + "]",
                "PLAN_SUBMITTED 2018-09-25 to [" + MANAGERS + ", " + OFFICE + ", " + COMMITTEE + "] cc []",
                "REMINDER 2018-08-28 to [dist_kathu@agencies.example] cc []",
                "REMINDER 2018-08-28 to [lao_ppao@agencies.example] cc []",
                "REMINDER 2018-08-30 to [dist_kathu@agencies.example] cc []",
                "RETURNED 2018-08-21 to [pkt_public_health@agencies.example] cc []",
                "TASK_ASSIGNED 2018-08-17 to [dist_kathu@agencies.example] cc []",
                "TASK_ASSIGNED 2018-08-17 to [lao_ppao@agencies.example] cc []",
                "TASK_ASSIGNED 2018-08-17 to [pkt_public_health@agencies.example] cc []");
        assertThat(all).allSatisfy(entry -> assertThat(entry.attempts()).isOne());

        // what each mailbox holds: the subjects, Thai first, with the B.E. dates
        assertThat(subjects(HEALTH + "@agencies.example")).hasSize(4)
                .anySatisfy(s -> assertThat(s).startsWith("งานใหม่").contains("31 ส.ค. 2561"))
                .anySatisfy(s -> assertThat(s).startsWith("เปิดรับฟังความคิดเห็นของประชาชน"))
                .anySatisfy(s -> assertThat(s).contains("ส่งกลับ"))
                .anySatisfy(s -> assertThat(s).contains("13 ก.ย. 2561"));
        assertThat(subjects(PPAO + "@agencies.example")).hasSize(4)
                .filteredOn(s -> s.startsWith("แจ้งเตือนกำหนดส่ง")).singleElement().asString()
                .contains("31 ส.ค. 2561");
        assertThat(subjects(KATHU + "@agencies.example")).hasSize(6)
                .filteredOn(s -> s.startsWith("แจ้งเตือนกำหนดส่ง")).hasSize(2);
        assertThat(subjects(OFFICE)).hasSize(3);
        assertThat(subjects(MANAGERS)).hasSize(2).anySatisfy(s -> assertThat(s).contains("30 ก.ย. 2561"));
        assertThat(subjects(COMMITTEE)).singleElement().asString().contains("ภก 0017.2/1234");
    }

    /** Moves the rehearsal clock forward through the demo API, which wakes the job executor, as a person does. */
    private void moveTo(String isoDateTime) {
        ResponseEntity<Map> moved = rest.withBasicAuth("strategy", "demo").postForEntity("/api/demo/clock",
                Map.of("now", isoDateTime), Map.class);
        assertThat(moved.getStatusCode()).as(String.valueOf(moved.getBody())).isEqualTo(HttpStatus.OK);
    }

    private void awaitSent(EmailKind kind, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.list(new OutboxQueries.Filter(kind, null, CYCLE,
                100)).stream().filter(entry -> entry.status() == OutboxEntry.Status.SENT).count() == count);
    }

    private void complete(String taskKey) {
        Task task = await().atMost(Duration.ofSeconds(60)).until(() -> CycleWalk.onlyTask(engine, CYCLE, taskKey),
                found -> found != null);
        CycleWalk.complete(engine, task);
    }

    private Task review(String agencyId) {
        return agencyTask(ContributionProcess.TASK_AGENCY_REVIEW, agencyId);
    }

    private Task screening(String agencyId) {
        return agencyTask(ContributionProcess.TASK_SCREEN_PROPOSAL, agencyId);
    }

    private Task agencyTask(String taskKey, String agencyId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(CYCLE).taskDefinitionKey(taskKey)
                .processVariableValueEquals(ContributionProcess.VAR_AGENCY_ID, agencyId).singleResult(),
                found -> found != null);
    }

    private static String describe(OutboxEntry entry) {
        String key = entry.idempotencyKey();
        return entry.kind() + " " + key.substring(key.lastIndexOf(':') + 1) + " to " + entry.to() + " cc "
                + entry.cc();
    }

    private List<String> subjects(String address) throws Exception {
        return Mailbox.subjects(mailServer, address);
    }
}
