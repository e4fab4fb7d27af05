package th.go.phuket.planning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.hearing.HearingProcess;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxTable;
import th.go.phuket.planning.mail.TestMailServer;
import th.go.phuket.planning.reminder.DeadlineWatchProcess;
import th.go.phuket.planning.reminder.NoticeTestEngine;

/**
 * A database written by an earlier build holds cycles of model 1.0, whose contributions carry the due-notice timers
 * on each agency's review ({@code src/test/resources/legacy/}). Then the current models are deployed: a 1.0 cycle
 * already past its draft keeps its model and its contributions keep reminding; a 1.0 cycle still at its draft moves
 * to the current model at start-up; and an agency with a review in each still gets one email a day listing both.
 */
@Deployment(resources = {"legacy/plan-review-cycle-1.0.bpmn", "legacy/agency-contribution-1.0.bpmn",
        DeadlineWatchProcess.RESOURCE, HearingProcess.RESOURCE})
class CycleModelUpgradeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final List<String> AGENCIES = List.of("pkt_public_health", "dist_mueang_phuket");

    private ProcessEngine engine;
    private String currentModels;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessTestEngine.prepare(engine);
        NoticeTestEngine.clearOutbox(engine);
        TestMailServer.clear();
        ClockUtil.setCurrentTime(at("2018-08-17T09:00:00+07:00"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        if (currentModels != null) {
            engine.getRepositoryService().deleteDeployment(currentModels, true);
        }
        ProcessTestEngine.forgetCycles(engine);
        NoticeTestEngine.clearOutbox(engine);
    }

    @Test
    void earlierCyclesKeepRemindingAndOneStillAtItsDraftMovesToTheCurrentModel() {
        ProcessInstance drafted = start("phuket-2563");
        CycleWalk.complete(engine, CycleWalk.onlyTask(engine, "phuket-2563", TASK_PREPARE_DRAFT));
        ProcessInstance drafting = start("kathu-2563");
        currentModels = engine.getRepositoryService().createDeployment().name("current models")
                .addClasspathResource(CycleProcess.RESOURCE).addClasspathResource(ContributionProcess.RESOURCE)
                .deploy().getId();

        assertThat(new CycleModelUpgrade(engine).moveDraftingCyclesToLatestModel()).isOne();
        assertThat(version(drafted)).as("past its draft: stays on 1.0").isEqualTo("1.0");
        assertThat(version(drafting)).as("at its draft: moved").isEqualTo("1.3");
        assertThat(new CycleModelUpgrade(engine).moveDraftingCyclesToLatestModel()).as("nothing left").isZero();

        CycleWalk.complete(engine, CycleWalk.onlyTask(engine, "kathu-2563", TASK_PREPARE_DRAFT));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(drafting.getId())
                .activityId(TIMER_REMINDER_DUE).count()).as("the current model's cycle timer").isOne();

        ClockUtil.setCurrentTime(at("2018-08-28T08:31:00+07:00"));
        CycleWalk.runJobs(engine);
        List<OutboxEntry> reminders = OutboxTable.of(engine, EmailKind.REMINDER);
        assertThat(reminders).hasSize(2).allSatisfy(reminder -> assertThat(reminder.subject()).contains("2 รายการ"));
        assertThat(reminders).flatExtracting(OutboxEntry::to).containsExactlyInAnyOrder(
                "pkt_public_health@agencies.example", "dist_mueang_phuket@agencies.example");

        ClockUtil.setCurrentTime(at("2018-08-30T08:31:00+07:00"));
        CycleWalk.runJobs(engine);
        ClockUtil.setCurrentTime(at("2018-09-03T08:31:00+07:00"));
        CycleWalk.runJobs(engine);
        List<OutboxEntry> overdue = OutboxTable.of(engine, EmailKind.OVERDUE);
        assertThat(overdue).hasSize(2).allSatisfy(notice -> {
            assertThat(notice.subject()).contains("2 รายการ");
            assertThat(notice.cc()).containsExactly("strategy-office@planning.example");
        });
        assertThat(OutboxTable.of(engine, EmailKind.REMINDER)).as("28 and 30 Aug, each agency").hasSize(4);
        assertThat(OutboxTable.noticeCount(engine)).as("3 notices of 4 reviews").isEqualTo(12);
    }

    private ProcessInstance start(String cycleId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_CYCLE_ID, cycleId);
        variables.put(VAR_AGENCIES, String.join(",", AGENCIES));
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, variables);
    }

    private String version(ProcessInstance cycle) {
        String definitionId = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(cycle.getId()).singleResult().getProcessDefinitionId();
        return engine.getRepositoryService().getProcessDefinition(definitionId).getVersionTag();
    }

    private static Date at(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
