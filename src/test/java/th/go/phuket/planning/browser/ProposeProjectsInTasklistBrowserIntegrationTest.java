package th.go.phuket.planning.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;

/**
 * An agency proposes two projects in Tasklist's Camunda Form (project slots, a tag list of codes), the server keeps
 * them as the JSON variable {@code projects}, and the strategy office's screening form shows the suggested plans.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProposeProjectsInTasklistBrowserIntegrationTest {

    private static final String DEMO_CYCLE_ID = "phuket-2563";

    @LocalServerPort
    private int port;

    @Autowired
    private TaskService taskService;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
        ApplicationEngineOnly.keep();
    }

    @Test
    void agencyProposesTwoProjectsAndTheOfficeSeesTheirSuggestedPlans() {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(DEMO_CYCLE_ID)
                .taskDefinitionKey(CycleProcess.TASK_PREPARE_DRAFT).singleResult().getId(),
                CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));
        // the agencies' contributions start in a job
        await().atMost(Duration.ofSeconds(120)).until(() -> taskService.createTaskQuery()
                .processInstanceBusinessKey(DEMO_CYCLE_ID).taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW)
                .taskCandidateGroup("pkt_public_health").count() == 1);

        BrowserRun run = BrowserScript.named("tasklist-propose-projects")
                .env("CYCLE_ID", DEMO_CYCLE_ID)
                .env("AGENCY", "pkt_public_health")
                .timeout(Duration.ofMinutes(5))
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains("pkt_public_health proposed 2 projects in Tasklist",
                "strategy sees the suggested plan of each project of pkt_public_health");
        assertThat(run.screenshots()).hasSize(2);
    }
}
