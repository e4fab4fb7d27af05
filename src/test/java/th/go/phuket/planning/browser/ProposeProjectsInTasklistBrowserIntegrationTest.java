package th.go.phuket.planning.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * An agency proposes two projects in Tasklist's Camunda Form (project slots, a tag list of codes), the server keeps
 * them as the JSON variable {@code projects}, and the strategy office's screening form shows the suggested plans.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class ProposeProjectsInTasklistBrowserIntegrationTest {

    private static final String AGENCY = "pkt_public_health";

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
    void agencyProposesTwoProjectsAndTheOfficeSeesTheirSuggestedPlans() {
        // on the 2018 calendar, as the demo: with today's clock the cycle's deadline watch would fire at once
        clock.moveTo(OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant());
        String cycle = "projects-" + Long.toString(System.nanoTime(), 36);
        String instance = runtimeService.startProcessInstanceByKey(CycleProcess.KEY, cycle,
                Map.of(CycleProcess.VAR_AGENCIES, AGENCY + ",pkt_tourism_sports")).getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));
        await().atMost(Duration.ofSeconds(120)).until(() -> taskService.createTaskQuery()
                .processInstanceBusinessKey(cycle).taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW)
                .taskCandidateGroup(AGENCY).count() == 1);

        BrowserRun run = BrowserScript.named("tasklist-propose-projects")
                .env("CYCLE_ID", cycle)
                .env("AGENCY", AGENCY)
                .timeout(Duration.ofMinutes(5))
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains(AGENCY + " proposed 2 projects in Tasklist",
                "strategy sees the suggested plan of each project of " + AGENCY);
        assertThat(run.screenshots()).hasSize(2);
    }
}
