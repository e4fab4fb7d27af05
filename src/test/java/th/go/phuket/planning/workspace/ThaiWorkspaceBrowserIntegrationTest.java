package th.go.phuket.planning.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.phuket.planning.agency.GroupIds;
import th.go.phuket.planning.security.TasklistFilterSeeder;
import th.go.phuket.planning.browser.BrowserRun;
import th.go.phuket.planning.browser.BrowserScript;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * The Thai workspace in Chromium with a Thai browser language, during the 2018 rehearsal (the demo's engine
 * clock): the office and then an agency land on "To do" with its count, read due dates from the engine's clock
 * in B.E., are told in Thai that a required field is empty, complete their task, and see no English chrome; the
 * administrator's Cockpit start page is Thai too, neither app shows the Camunda 8 banner. Screenshots in
 * target/screenshots/thai-*.png.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ThaiWorkspaceBrowserIntegrationTest {

    /** An agency no other test of this Spring context works as. */
    private static final String AGENCY = "pkt_tourism_sports";

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    @Test
    void officeAndAgencyWorkTheirTasksInThai() {
        String cycle = "thai-" + Long.toString(System.nanoTime(), 36);
        runtimeService.startProcessInstanceByKey(CycleProcess.KEY, cycle, Map.of(CycleProcess.VAR_AGENCIES, AGENCY));

        BrowserRun run = BrowserScript.named("thai-tasklist")
                .env("CYCLE_ID", cycle)
                .env("AGENCY", AGENCY)
                .env("OFFICE_USER", "strategy")
                .env("OFFICE_GROUP", GroupIds.STRATEGY_OFFICE)
                .env("TO_DO_FILTER", TasklistFilterSeeder.TO_DO)
                .env("DRAFT_TASK_KEY", CycleProcess.TASK_PREPARE_DRAFT)
                .env("DRAFT_FIELD", CycleProcess.VAR_DRAFT_SUMMARY)
                .env("REVIEW_TASK_KEY", ContributionProcess.TASK_AGENCY_REVIEW)
                .env("REVIEW_FIELD", ContributionProcess.VAR_REVIEW_OUTCOME)
                .env("REVIEW_VALUE", "no_change")
                .timeout(Duration.ofMinutes(5))
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains(
                "login button: Thai browser \"เข้าสู่ระบบ\", English browser \"Log in\"",
                "strategy: lands on \"" + TasklistFilterSeeder.TO_DO + "\"",
                AGENCY + ": lands on \"" + TasklistFilterSeeder.TO_DO + "\"",
                "says \"กรุณาระบุข้อมูลในช่องนี้\"; no English chrome left",
                "strategy: " + CycleProcess.TASK_PREPARE_DRAFT + " of " + cycle + " completed",
                AGENCY + ": " + ContributionProcess.TASK_AGENCY_REVIEW + " of " + cycle + " completed");
        assertThat(run.screenshots()).hasSize(9);
    }

    @Test
    void administratorSeesCockpitsStartPageInThai() {
        BrowserRun run = BrowserScript.named("thai-cockpit").runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains("Cockpit start page in Thai");
        assertThat(run.screenshots()).hasSize(1);
    }
}
