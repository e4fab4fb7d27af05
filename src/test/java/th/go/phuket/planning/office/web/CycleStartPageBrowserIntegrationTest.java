package th.go.phuket.planning.office.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.phuket.planning.browser.BrowserRun;
import th.go.phuket.planning.browser.BrowserScript;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * A 2027 cycle opened on the office's start page in Chromium: the defaults that follow the deadline shown before the
 * start, the refusal for a year without holidays, the confirmed start, and the dashboard's warning.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class CycleStartPageBrowserIntegrationTest {

    private final String cycleId = "phuket-2572-" + Long.toString(System.nanoTime(), 36).substring(0, 6);

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    @AfterEach
    void endTheCycle() {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycleId).list()
                .forEach(instance -> runtimeService.deleteProcessInstanceIfExists(instance.getId(), "test ended",
                        true, true, false, false));
    }

    @Test
    void a2027CycleShowsItsDefaultsIsRefusedWithoutHolidaysAndStartsOnceConfirmed() {
        BrowserRun run = BrowserScript.named("office-cycle-start")
                .env("CYCLE_ID", cycleId)
                .env("AGENCY", "pkt_public_health")
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains(
                "preview title: ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2571–2575 และแผนปฏิบัติราชการประจำปี พ.ศ. 2572",
                "preview cycleId: phuket-2572", "preview planPeriod: 2571-2575",
                "preview proposalsDue: วันอังคารที่ 31 สิงหาคม 2570 (2027-08-31)",
                "preview hearingDate: วันจันทร์ที่ 13 กันยายน 2570 (2027-09-13)",
                "warning: ยังไม่มีวันหยุดราชการของปี พ.ศ. 2570",
                "refused: ยังไม่มีวันหยุดราชการของปี พ.ศ. 2570 (2027)", "allowMissingHolidays",
                "dashboard title: ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2571–2575", "dashboard warns: ยังไม่มีวันหยุดราชการของปี พ.ศ. 2570");
        var cycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycleId)
                .processDefinitionKey(CycleProcess.KEY).singleResult();
        Map<String, Object> variables = runtimeService.getVariables(cycle.getId());
        assertThat(variables).containsEntry(CycleProcess.VAR_FISCAL_YEAR, 2572)
                .containsEntry(CycleProcess.VAR_PLAN_PERIOD, "2571-2575")
                .containsEntry(CycleProcess.VAR_PROPOSALS_DUE, "2027-08-31")
                .containsEntry("allowMissingHolidays", true);
        assertThat(run.screenshots()).hasSize(3);
    }
}
