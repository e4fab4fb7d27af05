package th.go.phuket.planning.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.phuket.planning.cycle.CycleWalk.runJobs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxTable;
import th.go.phuket.planning.mail.TestMailServer;
import th.go.phuket.planning.reminder.NoticeTestEngine;

/**
 * Every path of {@code publicHearing} on the 2018 calendar (hearing day 13 Sep 2018), engine only: the window opens
 * and every agency is told, it closes at 23:59 of the hearing day, a new day moves the closing (and reopens closed
 * comments), an answer is emailed only to a commenter who left an address, and the submitted plan makes the record
 * final. The clock moves with {@link ClockUtil}.
 */
@Deployment(resources = HearingProcess.RESOURCE)
class PublicHearingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final String CYCLE = "phuket-2563";
    private static final List<String> AGENCIES = List.of("pkt_public_health", "dist_thalang", "pvt_chamber");
    private static final String CLIENT = "203.0.113.7";

    private ProcessEngine engine;
    private HearingTestEngine.Services hearing;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessTestEngine.prepare(engine);
        hearing = HearingTestEngine.register(engine);
        HearingTestEngine.clear(engine);
        NoticeTestEngine.clearOutbox(engine);
        TestMailServer.clear();
        ClockUtil.setCurrentTime(at("2018-08-20T10:00:00+07:00"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        HearingTestEngine.clear(engine);
        NoticeTestEngine.clearOutbox(engine);
    }

    @Test
    void commentsOpenWhenTheDraftIsPublishedAndEveryAgencyGetsThePublicLink() {
        ProcessInstance process = start("2018-09-13");

        Hearing opened = hearing.hearings().find(CYCLE).orElseThrow();
        assertThat(opened.isOpen(at("2018-08-20T10:00:01+07:00").toInstant())).isTrue();
        assertThat(opened.closesAt()).isEqualTo(at("2018-09-13T23:59:00+07:00").toInstant());
        assertThat(hearing.hearings().items(CYCLE)).extracting(HearingItem::itemId).containsExactly("general",
                "goal:PKT-M1", "goal:PKT-M2", "goal:PKT-M3", "goal:PKT-M4", "goal:PKT-S1", "goal:PKT-S2");
        assertThat(process).isWaitingAt(HearingProcess.TASK_SEND_COMMENTS_OPEN);

        runJobs(engine);

        // an event-based gateway is where Camunda waits: its messages are subscriptions, its timer a job
        assertThat(process).isWaitingAt(HearingProcess.GATEWAY_WHILE_OPEN);
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(process.getId())
                .list()).extracting(subscription -> subscription.getActivityId()).containsExactlyInAnyOrder(
                HearingProcess.CATCH_DATE_SET_WHILE_OPEN, HearingProcess.CATCH_PLAN_SUBMITTED_WHILE_OPEN,
                HearingProcess.START_COMMENT_ANSWERED);
        assertThat(closingTimer(process).getDuedate()).isEqualTo(at("2018-09-13T23:59:00+07:00"));
        List<OutboxEntry> told = OutboxTable.of(engine, EmailKind.COMMENTS_OPEN);
        assertThat(told).flatExtracting(OutboxEntry::to).containsExactlyInAnyOrder(
                "pkt_public_health@agencies.example", "dist_thalang@agencies.example",
                "pvt_chamber@agencies.example");
        assertThat(told).allSatisfy(email -> {
            assertThat(email.subject()).startsWith("เปิดรับฟังความคิดเห็นของประชาชนต่อร่างแผนถึง 13 ก.ย. 2561 23:59 น.");
            assertThat(email.text()).contains("http://localhost:8080/hearing/phuket-2563",
                    "วันพฤหัสบดีที่ 13 กันยายน 2561");
            assertThat(email.html()).contains("href=\"http://localhost:8080/hearing/phuket-2563\"");
        });
        NoticeTestEngine.deliverMail(engine);
        assertThat(TestMailServer.receivedBy("dist_thalang@agencies.example")).extracting(m -> m.getSubject())
                .anyMatch(subject -> subject.startsWith("เปิดรับฟังความคิดเห็น"));
    }

    @Test
    void commentsCloseAtTheEndOfTheHearingDayAndAnswersGoOn() {
        ProcessInstance process = start("2018-09-13");
        runJobs(engine);
        assertThat(post("ถนนเลียบชายหาดป่าตองควรมีทางจักรยาน")).isInstanceOf(CommentOutcome.Accepted.class);

        ClockUtil.setCurrentTime(at("2018-09-13T23:58:00+07:00"));
        runJobs(engine);
        assertThat(process).isWaitingAt(HearingProcess.GATEWAY_WHILE_OPEN);
        assertThat(post("ขอให้เพิ่มจุดกู้ภัยทางทะเลที่หาดกะตะ")).isInstanceOf(CommentOutcome.Accepted.class);

        ClockUtil.setCurrentTime(at("2018-09-13T23:59:30+07:00"));
        assertThat(post("ความเห็นที่ส่งหลังเวลาปิด แต่ก่อนตัวจับเวลาทำงาน"))
                .as("the closing time holds before the timer ran").isInstanceOf(CommentOutcome.Closed.class);
        runJobs(engine);

        assertThat(process).hasPassed(HearingProcess.TASK_CLOSE_COMMENTS)
                .isWaitingAt(HearingProcess.GATEWAY_WHILE_CLOSED);
        assertThat(hearing.hearings().find(CYCLE).orElseThrow().closedAt()).isNotNull();
        ClockUtil.setCurrentTime(at("2018-09-14T09:00:00+07:00"));
        CommentOutcome late = post("ความเห็นหลังปิดรับ ไม่ควรถูกบันทึก");
        assertThat(late).isInstanceOf(CommentOutcome.Closed.class);
        assertThat(((CommentOutcome.Closed) late).message()).contains("20 ส.ค. 2561 10:00 น.", "13 ก.ย. 2561 23:59 น.");
        assertThat(hearing.comments().counts(CYCLE).get("visible")).isEqualTo(2);
    }

    @Test
    void aNewHearingDayWhileOpenMovesTheClosing() {
        ProcessInstance process = start("2018-09-13");
        runJobs(engine);

        setHearingDay("2018-09-20", "หอประชุมองค์การบริหารส่วนจังหวัดภูเก็ต");

        assertThat(process).hasPassed(HearingProcess.TASK_MOVE_CLOSING).isWaitingAt(HearingProcess.GATEWAY_WHILE_OPEN);
        assertThat(closingTimer(process).getDuedate()).isEqualTo(at("2018-09-20T23:59:00+07:00"));
        Hearing moved = hearing.hearings().find(CYCLE).orElseThrow();
        assertThat(moved.venue()).isEqualTo("หอประชุมองค์การบริหารส่วนจังหวัดภูเก็ต");
        ClockUtil.setCurrentTime(at("2018-09-14T08:00:00+07:00"));
        runJobs(engine);
        assertThat(process).isWaitingAt(HearingProcess.GATEWAY_WHILE_OPEN);
        assertThat(post("วันที่ 14 ยังเปิดรับเพราะเลื่อนวันประชาคม")).isInstanceOf(CommentOutcome.Accepted.class);
    }

    @Test
    void aLaterHearingDaySetAfterClosingOpensTheCommentsAgain() {
        ProcessInstance process = start("2018-09-13");
        runJobs(engine);
        ClockUtil.setCurrentTime(at("2018-09-14T09:00:00+07:00"));
        runJobs(engine);
        assertThat(process).isWaitingAt(HearingProcess.GATEWAY_WHILE_CLOSED);

        setHearingDay("2018-09-27", null);

        assertThat(process).isWaitingAt(HearingProcess.GATEWAY_WHILE_OPEN);
        Hearing reopened = hearing.hearings().find(CYCLE).orElseThrow();
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.venue()).as("no venue given keeps none").isNull();
        assertThat(post("เปิดรับอีกครั้งหลังเลื่อนวันประชาคม")).isInstanceOf(CommentOutcome.Accepted.class);
        ClockUtil.setCurrentTime(at("2018-09-28T00:00:00+07:00"));
        runJobs(engine);
        assertThat(process).isWaitingAt(HearingProcess.GATEWAY_WHILE_CLOSED);
    }

    @Test
    void anAnsweredCommenterWithAnEmailIsToldByEmail() {
        ProcessInstance process = start("2018-09-13");
        runJobs(engine);
        String commentId = accepted(hearing.intake().post(CYCLE, input("goal:PKT-M2",
                "ควรมีศูนย์ฟอกไตเพิ่มที่อำเภอถลาง", "somchai@example.org", true), CLIENT));

        OfficeOutcome outcome = hearing.desk().answer(CYCLE, commentId, "accepted",
                "บรรจุโครงการศูนย์ฟอกไตในแผนปี 2563 แล้ว", "strategy");

        assertThat(outcome).isInstanceOf(OfficeOutcome.Done.class);
        assertThat(process).hasPassed(HearingProcess.GATEWAY_EMAIL_GIVEN, HearingProcess.TASK_SEND_COMMENT_ANSWERED,
                HearingProcess.END_COMMENTER_TOLD).isWaitingAt(HearingProcess.GATEWAY_WHILE_OPEN);
        List<OutboxEntry> answered = OutboxTable.of(engine, EmailKind.COMMENT_ANSWERED);
        assertThat(answered).singleElement().satisfies(email -> {
            assertThat(email.to()).containsExactly("somchai@example.org");
            assertThat(email.text()).contains("ควรมีศูนย์ฟอกไตเพิ่มที่อำเภอถลาง", "รับข้อเสนอไปปรับแผน",
                    "บรรจุโครงการศูนย์ฟอกไตในแผนปี 2563 แล้ว", "#c-" + commentId);
        });
        hearing.desk().answer(CYCLE, commentId, "accepted", "บรรจุโครงการศูนย์ฟอกไตในแผนปี 2563 (แก้คำผิด)",
                "strategy");
        assertThat(OutboxTable.of(engine, EmailKind.COMMENT_ANSWERED)).as("a changed answer is not mailed again")
                .hasSize(1);
        runJobs(engine);
        NoticeTestEngine.deliverMail(engine);
        assertThat(TestMailServer.receivedBy("somchai@example.org")).hasSize(1);
    }

    @Test
    void anAnswerToACommentWithoutEmailIsOnlyShownOnThePage() {
        ProcessInstance process = start("2018-09-13");
        runJobs(engine);
        String commentId = accepted(post("ขอให้ปรับปรุงท่าเรือรัษฎาให้รองรับนักท่องเที่ยว"));

        hearing.desk().answer(CYCLE, commentId, "considered", "รับไว้พิจารณาในการทบทวนครั้งถัดไป", "strategy");

        assertThat(process).hasPassed(HearingProcess.GATEWAY_EMAIL_GIVEN, HearingProcess.END_NO_EMAIL)
                .hasNotPassed(HearingProcess.TASK_SEND_COMMENT_ANSWERED);
        assertThat(OutboxTable.of(engine, EmailKind.COMMENT_ANSWERED)).isEmpty();
        assertThat(hearing.view().all(CYCLE).orElseThrow().comments()).singleElement()
                .satisfies(comment -> assertThat(comment.answer().status()).isEqualTo(AnswerStatus.CONSIDERED));
    }

    @Test
    void theSubmittedPlanMakesTheRecordFinalWhileCommentsAreOpen() {
        ProcessInstance process = start("2018-09-13");
        runJobs(engine);
        String commentId = accepted(post("ความเห็นก่อนส่งแผน ยังไม่ได้รับคำตอบ"));

        planSubmitted();

        assertThat(process).hasPassed(HearingProcess.CATCH_PLAN_SUBMITTED_WHILE_OPEN,
                HearingProcess.TASK_FINALISE_HEARING).isEnded();
        Hearing last = hearing.hearings().find(CYCLE).orElseThrow();
        assertThat(last.isFinal()).isTrue();
        assertThat(post("ความเห็นหลังส่งแผน")).isInstanceOf(CommentOutcome.Closed.class);
        assertThat(hearing.desk().answer(CYCLE, commentId, "considered", "ตอบหลังส่งแผนไม่ได้", "strategy"))
                .isInstanceOf(OfficeOutcome.Conflict.class);
    }

    @Test
    void theSubmittedPlanMakesTheRecordFinalAfterComments() {
        ProcessInstance process = start("2018-09-13");
        runJobs(engine);
        ClockUtil.setCurrentTime(at("2018-09-14T09:00:00+07:00"));
        runJobs(engine);

        planSubmitted();

        assertThat(process).hasPassed(HearingProcess.TASK_CLOSE_COMMENTS,
                HearingProcess.CATCH_PLAN_SUBMITTED_AFTER_CLOSE, HearingProcess.END).isEnded();
        assertThat(hearing.hearings().find(CYCLE).orElseThrow().finalAt())
                .isEqualTo(at("2018-09-14T09:00:00+07:00").toInstant());
    }

    private ProcessInstance start(String hearingDay) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(HearingProcess.VAR_CYCLE_ID, CYCLE);
        variables.put(HearingProcess.VAR_CYCLE_TITLE, "ทบทวนแผนพัฒนาจังหวัดภูเก็ต (พ.ศ. 2561-2564) ปีงบประมาณ 2563");
        variables.put(HearingProcess.VAR_PROVINCE, "ภูเก็ต");
        variables.put(HearingProcess.VAR_DRAFT_SUMMARY, "ร่างแผนพัฒนาจังหวัดภูเก็ต 4M + 2S");
        variables.put(HearingProcess.VAR_HEARING_DATE, hearingDay);
        variables.put(HearingProcess.VAR_AGENCY_IDS, new java.util.ArrayList<>(AGENCIES));
        return engine.getRuntimeService().createMessageCorrelation(HearingProcess.MESSAGE_OPEN)
                .processInstanceBusinessKey(CYCLE).setVariables(variables).correlateStartMessage();
    }

    private void setHearingDay(String day, String venue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(HearingProcess.VAR_HEARING_DATE, day);
        variables.put(HearingProcess.VAR_HEARING_VENUE, venue);
        engine.getRuntimeService().createMessageCorrelation(HearingProcess.MESSAGE_HEARING_DATE_SET)
                .processInstanceBusinessKey(CYCLE).setVariables(variables).correlate();
    }

    private void planSubmitted() {
        engine.getRuntimeService().createMessageCorrelation(HearingProcess.MESSAGE_PLAN_SUBMITTED)
                .processInstanceBusinessKey(CYCLE).correlateAll();
    }

    private Job closingTimer(ProcessInstance process) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .singleResult();
    }

    private CommentOutcome post(String text) {
        return hearing.intake().post(CYCLE, input("general", text, null, false), CLIENT);
    }

    static CommentInput input(String itemId, String text, String email, boolean consent) {
        return new CommentInput(itemId, text, "citizen", "สมชาย ใจดี", "ถลาง", email, consent, null);
    }

    static String accepted(CommentOutcome outcome) {
        assertThat(outcome).isInstanceOf(CommentOutcome.Accepted.class);
        return ((CommentOutcome.Accepted) outcome).commentId();
    }

    static Date at(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    static Instant instant(String isoOffsetDateTime) {
        return OffsetDateTime.parse(isoOffsetDateTime).toInstant();
    }
}
