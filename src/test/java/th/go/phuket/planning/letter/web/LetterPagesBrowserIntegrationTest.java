package th.go.phuket.planning.letter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.phuket.planning.browser.BrowserRun;
import th.go.phuket.planning.browser.BrowserScript;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * The four letters of a cycle as people see them in Chromium: the memo linked from the committee's form in
 * Tasklist, each printable page (screenshots and an A4 PDF in {@code target/screenshots/} for a human look), the
 * dashboard's list, and an agency on a phone reading its circular and refused the memo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class LetterPagesBrowserIntegrationTest {

    private static final String CYCLE = "phuket-2563-letters-web";

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RehearsalClock clock;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void theCommitteeTheOfficeAndAnAgencyReadTheLetters() {
        String committeeTask = cycleAtTheCommittee();

        BrowserRun run = BrowserScript.named("letter-pages")
                .env("CYCLE_ID", CYCLE)
                .env("COMMITTEE_TASK_ID", committeeTask)
                .env("AGENCY_USER", "pkt_public_health")
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains("committee form links the memo: บันทึกข้อความ ที่ ภก ๐๐๑๗.๒/",
                "letter PROPOSAL_REQUEST ภก ๐๐๑๗.๒/ว ", "letter HEARING_INVITATION", "letter COMMITTEE_MEMO",
                "letter PLAN_SUBMISSION", "dashboard lists 4 letters",
                "agency refused the memo: หนังสือ \"");
        assertThat(run.screenshots()).hasSize(9).allSatisfy(shot -> assertThat(shot).isNotEmptyFile());
    }

    /** A cycle of two agencies walked to Task_CommitteeDecision on the 2018 calendar: three letters so far. */
    private String cycleAtTheCommittee() {
        clock.moveTo(OffsetDateTime.parse("2018-08-20T10:00:00+07:00").toInstant());
        runtimeService.startProcessInstanceByKey(KEY, CYCLE,
                Map.of(VAR_CYCLE_ID, CYCLE, VAR_AGENCIES, "pkt_public_health,lao_ppao"));
        complete(TASK_PREPARE_DRAFT);
        for (String key : List.of(ContributionProcess.TASK_AGENCY_REVIEW, ContributionProcess.TASK_SCREEN_PROPOSAL)) {
            taskService.createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(key).list()
                    .forEach(task -> taskService.complete(task.getId(), CycleWalk.goodValues(key)));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> taskService.createTaskQuery()
                .processInstanceBusinessKey(CYCLE).taskDefinitionKey(TASK_CONSOLIDATE_DRAFT).count() == 1);
        clock.moveTo(OffsetDateTime.parse("2018-09-07T10:00:00+07:00").toInstant());
        for (String key : List.of(TASK_CONSOLIDATE_DRAFT, TASK_PREPARE_HEARING, TASK_SUMMARISE_HEARING,
                TASK_REVISE_PLAN)) {
            complete(key);
        }
        return taskService.createTaskQuery().processInstanceBusinessKey(CYCLE)
                .taskDefinitionKey(TASK_COMMITTEE_DECISION).singleResult().getId();
    }

    private void complete(String taskKey) {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(taskKey)
                .singleResult().getId(), CycleWalk.goodValues(taskKey));
    }
}
