package th.go.phuket.planning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.security.TasklistFilterSeeder;

/**
 * The strategy office prepares the draft of the demo cycle in Tasklist: its group's filter, open, claim, a summary of
 * invisible spaces refused with the server's Thai and English message (not the engine's wrapping), fill the Camunda
 * Form, complete; the script then checks with the engine that the task ended with the summary saved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PrepareDraftInTasklistBrowserIntegrationTest {

    private static final String DEMO_CYCLE_ID = "phuket-2563";

    @LocalServerPort
    private int port;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    @Test
    void strategyOfficeClaimsFillsAndCompletesPrepareDraft() {
        BrowserRun run = BrowserScript.named("tasklist-prepare-draft")
                .env("CYCLE_ID", DEMO_CYCLE_ID)
                .env("TASK_KEY", CycleProcess.TASK_PREPARE_DRAFT)
                .env("FIELD_KEY", CycleProcess.VAR_DRAFT_SUMMARY)
                .env("TASKLIST_FILTER", TasklistFilterSeeder.GROUP_TASKS)
                .env("TASKLIST_USER", "strategy")
                .env("TASKLIST_PASSWORD", "demo")
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains(CycleProcess.TASK_PREPARE_DRAFT + " of " + DEMO_CYCLE_ID
                + " completed by strategy with " + CycleProcess.VAR_DRAFT_SUMMARY + " saved");
        assertThat(run.screenshots()).hasSize(7);
    }
}
