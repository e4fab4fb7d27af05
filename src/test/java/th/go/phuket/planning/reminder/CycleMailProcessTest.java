package th.go.phuket.planning.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.phuket.planning.cycle.CycleProcess.*;
import static th.go.phuket.planning.cycle.CycleWalk.*;

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
import th.go.phuket.planning.hearing.HearingProcess;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxTable;
import th.go.phuket.planning.mail.TestMailServer;

/** The emails about a whole cycle and the watch over its submission deadline (the 2018 calendar). */
@Deployment(resources = {CycleProcess.RESOURCE, ContributionProcess.RESOURCE,
        DeadlineWatchProcess.RESOURCE, HearingProcess.RESOURCE})
class CycleMailProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String CYCLE = "phuket-2563";
    private static final String AGENCIES = "pkt_public_health,dist_mueang_phuket,lao_ppao";

    private ProcessEngine engine;

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
        ProcessTestEngine.forgetCycles(engine);
        NoticeTestEngine.clearOutbox(engine);
    }

    @Test
    void everyAgencyOfTheCycleIsInvitedToTheHearingWhenItIsPrepared() {
        ProcessInstance cycle = startCycle();
        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_DRAFT));
        allAgenciesContributeAndAreAccepted(engine, CYCLE);
        complete(engine, onlyTask(engine, CYCLE, TASK_CONSOLIDATE_DRAFT));
        assertThat(OutboxTable.of(engine, EmailKind.HEARING_INVITATION)).isEmpty();

        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_HEARING));

        assertThat(cycle).hasPassed(TASK_SEND_HEARING_INVITATIONS).isWaitingAt(TASK_SUMMARISE_HEARING);
        List<OutboxEntry> invitations = OutboxTable.of(engine, EmailKind.HEARING_INVITATION);
        assertThat(invitations).flatExtracting(OutboxEntry::to).containsExactlyInAnyOrder(
                "pkt_public_health@agencies.example", "dist_mueang_phuket@agencies.example",
                "lao_ppao@agencies.example");
        assertThat(invitations).allSatisfy(invitation -> {
            assertThat(invitation.subject()).startsWith("ขอเชิญร่วมเวทีประชาคม").contains("13 ก.ย. 2561");
            assertThat(invitation.text()).contains("๑๓ กันยายน ๒๕๖๑", "ห้องประชุมศาลากลางจังหวัดภูเก็ต");
            assertThat(invitation.ics().replace("\r\n ", "")).as("unfolded iCalendar")
                    .contains("DTSTART;VALUE=DATE:20180913", "LOCATION:ห้องประชุมศาลากลางจังหวัดภูเก็ต");
        });
        runJobs(engine);
        NoticeTestEngine.deliverMail(engine);
        assertThat(TestMailServer.receivedBy("lao_ppao@agencies.example")).extracting(m -> m.getSubject())
                .anyMatch(subject -> subject.startsWith("ขอเชิญร่วมเวทีประชาคม"));
    }

    @Test
    void managersAreWarnedFiveWorkingDaysBeforeTheDeadlineAndTheCycleIsMarkedOverdueAfterIt() {
        ProcessInstance cycle = startCycle();
        ProcessInstance watch = watchOf(cycle);
        assertThat(watch).hasBusinessKey(CYCLE).isWaitingAt(DeadlineWatchProcess.TIMER_DEADLINE_AT_RISK);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).singleResult()
                .getDuedate()).isEqualTo(at("2018-09-24T08:30:00+07:00"));

        ClockUtil.setCurrentTime(at("2018-09-21T17:00:00+07:00"));
        runJobs(engine);
        assertThat(OutboxTable.of(engine, EmailKind.DEADLINE_AT_RISK)).isEmpty();

        ClockUtil.setCurrentTime(at("2018-09-24T08:31:00+07:00"));
        runJobs(engine);
        List<OutboxEntry> warnings = OutboxTable.of(engine, EmailKind.DEADLINE_AT_RISK);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).to()).containsExactly("managers@planning.example",
                "strategy-office@planning.example");
        assertThat(warnings.get(0).processInstanceId()).isEqualTo(cycle.getId());
        assertThat(warnings.get(0).subject()).contains("เหลือ 4 วันทำการ", "30 ก.ย. 2561");
        assertThat(warnings.get(0).text()).contains("จัดทำร่างแผนและแนวทางการทบทวน");
        assertThat(watch).isWaitingAt(DeadlineWatchProcess.TIMER_SUBMISSION_OVERDUE);

        ClockUtil.setCurrentTime(at("2018-10-01T00:01:00+07:00"));
        runJobs(engine);
        assertThat(watch).isEnded().hasPassed(DeadlineWatchProcess.END);
        assertThat(cycle).isNotEnded().isWaitingAt(TASK_PREPARE_DRAFT);
        assertThat(cycle).variables().containsEntry(VAR_CYCLE_OVERDUE, true);
        assertThat(OutboxTable.of(engine, EmailKind.DEADLINE_AT_RISK)).hasSize(1);
    }

    @Test
    void theSubmittedPlanIsAnnouncedAndEndsTheDeadlineWatch() {
        ProcessInstance cycle = startCycle();
        ProcessInstance watch = watchOf(cycle);
        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_DRAFT));
        allAgenciesContributeAndAreAccepted(engine, CYCLE);
        for (String key : List.of(TASK_CONSOLIDATE_DRAFT, TASK_PREPARE_HEARING, TASK_SUMMARISE_HEARING,
                TASK_REVISE_PLAN, TASK_COMMITTEE_DECISION, TASK_SUBMIT_PLAN)) {
            complete(engine, onlyTask(engine, CYCLE, key));
        }

        assertThat(cycle).isEnded().hasPassed(TASK_ANNOUNCE_PLAN_SUBMITTED, END);
        assertThat(watch).isEnded().hasPassed(DeadlineWatchProcess.END_WATCH_STOPPED)
                .hasNotPassed(DeadlineWatchProcess.TASK_WARN_DEADLINE_AT_RISK);
        assertThat(engine.getManagementService().createJobQuery().timers().count()).as("no timer left").isZero();
        OutboxEntry submitted = OutboxTable.of(engine, EmailKind.PLAN_SUBMITTED).get(0);
        assertThat(submitted.to()).containsExactly("managers@planning.example", "strategy-office@planning.example",
                "committee@planning.example");
        assertThat(submitted.text()).contains("ภก 0017.2/1234", "17 ส.ค. 2561",
                "http://localhost:8080/cycles/" + CYCLE + "/action-plan",
                "http://localhost:8080/api/cycles/" + CYCLE + "/action-plan.xlsx",
                "http://localhost:8080/dashboard?cycle=" + CYCLE);
        assertThat(OutboxTable.of(engine, EmailKind.TASK_ASSIGNED)).hasSize(3);
    }

    /** The running deadline watch of the cycle (keep it: assertions on it still work once it has ended). */
    private ProcessInstance watchOf(ProcessInstance cycle) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineWatchProcess.KEY)
                .processInstanceBusinessKey(cycle.getBusinessKey()).singleResult();
    }

    private ProcessInstance startCycle() {
        Map<String, Object> start = new HashMap<>();
        start.put(VAR_CYCLE_ID, CYCLE);
        start.put(VAR_AGENCIES, AGENCIES);
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, start);
    }

    private static Date at(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
