package th.go.phuket.planning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.security.TasklistFilterSeeder;

/**
 * With authorization on, an agency opens, claims and completes its own review in Tasklist (Camunda Form), seeing
 * no other agency's task; the office then opens the screening form, where markup typed by the agency never runs
 * (form-js sanitises it: scripts and event handlers are dropped; the text is stored exactly as typed).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class AgencyReviewInTasklistBrowserIntegrationTest {

    private static final String COMMENTS = "เสนอเพิ่มโครงการ xss-marker <img src=x onerror=\"window.__xss=1\">"
            + "<script>window.__xss=2</script> <b>ตัวหนา</b>";

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AgencyDirectory directory;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    @Test
    void agencyCompletesItsOwnFormAndMarkupInItsCommentsNeverRunsForTheOffice() {
        List<String> agencies = directory.ids().subList(5, 8);
        String cycle = "browser-" + Long.toString(System.nanoTime(), 36);
        String instance = runtimeService.startProcessInstanceByKey(CycleProcess.KEY, cycle,
                Map.of(CycleProcess.VAR_AGENCIES, String.join(",", agencies))).getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));

        BrowserRun run = BrowserScript.named("tasklist-agency-review")
                .env("CYCLE_ID", cycle)
                .env("AGENCY", agencies.get(0))
                .env("GROUP_FILTER", TasklistFilterSeeder.GROUP_TASKS)
                .env("OFFICE_FILTER", TasklistFilterSeeder.CYCLE_TASKS)
                .env("COMMENTS", COMMENTS)
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains("completed in Tasklist; comments stored as typed",
                "the office sees the comments as text; no markup from them runs");
        assertThat(run.screenshots()).hasSize(4);
    }
}
