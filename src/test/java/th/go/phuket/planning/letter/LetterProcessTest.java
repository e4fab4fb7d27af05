package th.go.phuket.planning.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.phuket.planning.cycle.CycleProcess.*;
import static th.go.phuket.planning.cycle.CycleWalk.*;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
import th.go.phuket.planning.reminder.DeadlineWatchProcess;
import th.go.phuket.planning.reminder.NoticeTestEngine;

/**
 * Each letter of the cycle issued by its element on the canvas, engine only: the request for proposals when the
 * draft is published, the invitation when the hearing is prepared, a memo before every committee round, and the
 * covering letter when the office leaves the submission's reference to the register; numbers from the register.
 * (That a step rolling back takes no number is tested with the application's own transactions, in
 * {@code LetterIntegrationTest}: the engine-only engine's connections do not roll back statements of their own.)
 */
@Deployment(resources = {RESOURCE, ContributionProcess.RESOURCE, ContributionProcess.DECISION_RESOURCE,
        DeadlineWatchProcess.RESOURCE, HearingProcess.RESOURCE})
class LetterProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String CYCLE = "phuket-2563";
    private static final String AGENCIES = "pkt_public_health,dist_mueang_phuket,lao_ppao";

    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessTestEngine.prepare(engine);
        ProcessTestEngine.forgetCycles(engine);
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2018-08-20T09:00:00+07:00").toInstant()));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        NoticeTestEngine.clearOutbox(engine);
        ProcessTestEngine.forgetCycles(engine);
    }

    @Test
    void publishingTheDraftIssuesTheRequestForProposalsBeforeTheAgenciesGetTheirTasks() throws Exception {
        ProcessInstance cycle = start();
        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_DRAFT));

        Letter request = only(LetterKind.PROPOSAL_REQUEST);
        assertThat(request.letterId()).isEqualTo("2561-circular-1");
        assertThat(request.number()).isEqualTo("ภก ๐๐๑๗.๒/ว ๑");
        assertThat(request.issuedOn()).hasToString("2018-08-20");
        assertThat(request.agencyIds()).containsExactlyInAnyOrder(AGENCIES.split(","));
        assertThat(request.to()).contains("สำนักงานสาธารณสุขจังหวัดภูเก็ต", "องค์การบริหารส่วนจังหวัดภูเก็ต");
        assertThat(request.content().body().get(1)).contains("ภายในวันที่ ๓๑ สิงหาคม ๒๕๖๑");
        assertThat(cycle).hasPassed(LetterProcess.TASK_ISSUE_PROPOSAL_REQUEST);
        List<String> order = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(cycle.getId()).orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
        assertThat(order.indexOf(LetterProcess.TASK_ISSUE_PROPOSAL_REQUEST))
                .isGreaterThan(order.indexOf(TASK_PREPARE_DRAFT))
                .isLessThan(order.indexOf(CALL_AGENCY_CONTRIBUTION));
        assertThat(engine.getTaskService().createTaskQuery()
                .taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW).count()).isEqualTo(3);
    }

    @Test
    void preparingTheHearingIssuesTheInvitationThatRefersToTheRequest() throws Exception {
        start();
        walkTo(TASK_PREPARE_HEARING);
        Map<String, Object> hearing = goodValues(TASK_PREPARE_HEARING);
        hearing.put(VAR_HEARING_TIME, "13:30");
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2018-09-07T10:00:00+07:00").toInstant()));
        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_HEARING), hearing);

        Letter invitation = only(LetterKind.HEARING_INVITATION);
        assertThat(invitation.number()).isEqualTo("ภก ๐๐๑๗.๒/ว ๒");
        assertThat(invitation.content().date()).isEqualTo("๗ กันยายน ๒๕๖๑");
        assertThat(invitation.content().references())
                .containsExactly("หนังสือจังหวัดภูเก็ต ที่ ภก ๐๐๑๗.๒/ว ๑ ลงวันที่ ๒๐ สิงหาคม ๒๕๖๑");
        assertThat(invitation.content().body().get(1))
                .contains("ในวันพฤหัสบดีที่ ๑๓ กันยายน ๒๕๖๑ เวลา ๑๓.๓๐ น. ณ ห้องประชุมศาลากลางจังหวัดภูเก็ต",
                        "http://localhost:8080/hearing/phuket-2563");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(TASK_SEND_HEARING_INVITATIONS).finished().count()).as("emails after the letter").isOne();
    }

    @Test
    void everyCommitteeRoundGetsItsOwnMemoAndTheFormLinksTheCurrentOne() throws Exception {
        ProcessInstance cycle = start();
        walkTo(TASK_COMMITTEE_DECISION);
        Letter first = only(LetterKind.COMMITTEE_MEMO);
        assertThat(first.number()).isEqualTo("ภก ๐๐๑๗.๒/๑");
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), LetterProcess.VAR_COMMITTEE_MEMO_URL))
                .isEqualTo("/letters/2561-letter-1");

        complete(engine, onlyTask(engine, CYCLE, TASK_COMMITTEE_DECISION),
                Map.of(VAR_COMMITTEE_DECISION, DECISION_REVISE, VAR_COMMITTEE_NOTE, "ให้เพิ่มโครงการด้านน้ำ"));
        complete(engine, onlyTask(engine, CYCLE, TASK_REVISE_PLAN));

        List<Letter> memos = letters().stream().filter(l -> l.kind() == LetterKind.COMMITTEE_MEMO).toList();
        assertThat(memos).extracting(Letter::number).containsExactly("ภก ๐๐๑๗.๒/๑", "ภก ๐๐๑๗.๒/๒");
        assertThat(String.join("\n", memos.get(1).content().body()))
                .contains("ความเห็นของ ก.บ.จ.ภูเก็ต ในการพิจารณาครั้งก่อน (ครั้งที่ ๑): ให้เพิ่มโครงการด้านน้ำ");
        assertThat(String.join("\n", memos.get(0).content().body())).doesNotContain("ครั้งก่อน");
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), LetterProcess.VAR_COMMITTEE_MEMO_URL))
                .isEqualTo("/letters/2561-letter-2");
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), LetterProcess.VAR_COMMITTEE_MEMO_NUMBER))
                .isEqualTo("ภก ๐๐๑๗.๒/๒");
    }

    @Test
    void anEmptyReferenceIssuesTheCoveringLetterWhoseNumberBecomesTheReference() throws Exception {
        ProcessInstance cycle = start();
        walkTo(TASK_SUBMIT_PLAN);
        complete(engine, onlyTask(engine, CYCLE, TASK_SUBMIT_PLAN), Map.of(VAR_SUBMISSION_REFERENCE, " "));

        Letter covering = only(LetterKind.PLAN_SUBMISSION);
        assertThat(covering.number()).isEqualTo("ภก ๐๐๑๗.๒/๒");
        assertThat(covering.to()).containsExactly("ปลัดกระทรวงมหาดไทย");
        assertThat(cycle).isEnded().hasPassed(LetterProcess.TASK_ISSUE_PLAN_SUBMISSION,
                TASK_ANNOUNCE_PLAN_SUBMITTED);
        assertThat(cycle).variables().containsEntry(VAR_SUBMISSION_REFERENCE, "ภก ๐๐๑๗.๒/๒")
                .containsEntry(LetterProcess.VAR_PLAN_SUBMISSION_LETTER_ID, "2561-letter-2");
        assertThat(letters()).extracting(Letter::kind).containsExactly(LetterKind.PROPOSAL_REQUEST,
                LetterKind.HEARING_INVITATION, LetterKind.COMMITTEE_MEMO, LetterKind.PLAN_SUBMISSION);
    }

    @Test
    void aReferenceTypedByTheOfficeIsKeptAndNoCoveringLetterTakesANumber() throws Exception {
        ProcessInstance cycle = start();
        walkTo(TASK_SUBMIT_PLAN);
        complete(engine, onlyTask(engine, CYCLE, TASK_SUBMIT_PLAN));

        assertThat(cycle).isEnded().hasNotPassed(LetterProcess.TASK_ISSUE_PLAN_SUBMISSION);
        assertThat(cycle).variables().containsEntry(VAR_SUBMISSION_REFERENCE, "ภก 0017.2/1234");
        assertThat(letters()).extracting(Letter::kind).doesNotContain(LetterKind.PLAN_SUBMISSION);
    }

    private ProcessInstance start() {
        Map<String, Object> start = new HashMap<>();
        start.put(VAR_CYCLE_ID, CYCLE);
        start.put(VAR_AGENCIES, AGENCIES);
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, start);
    }

    /** Completes every task with good values until {@code taskKey} is open. */
    private void walkTo(String taskKey) {
        complete(engine, onlyTask(engine, CYCLE, TASK_PREPARE_DRAFT));
        allAgenciesContributeAndAreAccepted(engine, CYCLE);
        for (String key : List.of(TASK_CONSOLIDATE_DRAFT, TASK_PREPARE_HEARING, TASK_SUMMARISE_HEARING,
                TASK_REVISE_PLAN, TASK_COMMITTEE_DECISION)) {
            if (key.equals(taskKey)) {
                return;
            }
            complete(engine, onlyTask(engine, CYCLE, key));
        }
    }

    private List<Letter> letters() throws Exception {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection()) {
            return LetterRows.ofCycle(connection, CYCLE);
        }
    }

    private Letter only(LetterKind kind) throws Exception {
        List<Letter> found = letters().stream().filter(letter -> letter.kind() == kind).toList();
        assertThat(found).as("letters of kind %s", kind).hasSize(1);
        return found.get(0);
    }
}
