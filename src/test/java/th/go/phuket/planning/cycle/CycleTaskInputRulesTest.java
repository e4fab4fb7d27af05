package th.go.phuket.planning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.go.phuket.planning.contribution.ContributionTaskInputRules;
import th.go.phuket.planning.task.TaskInputInvalidException;
import th.go.phuket.planning.task.TaskInputValidator;

/** Each bad value of each cycle task is refused with a Thai/English message; good values pass. */
class CycleTaskInputRulesTest {

    private final TaskInputValidator validator =
            new TaskInputValidator(List.of(new CycleTaskInputRules(), new ContributionTaskInputRules()));

    @Test
    void draftIsDoneWithASummary() {
        assertThat(validator.validate(TASK_PREPARE_DRAFT, Map.of(VAR_DRAFT_SUMMARY, "ร่างแผนฉบับทบทวน"))).isEmpty();
    }

    @Test
    void draftWithoutSummaryIsRefusedThaiFirst() {
        var refused = refusal(TASK_PREPARE_DRAFT, Map.of());

        assertThat(refused.fieldErrors())
                .containsExactly(Map.entry(VAR_DRAFT_SUMMARY, "กรุณากรอกสรุปร่างแผน (draftSummary is required)"));
        assertThat(refused).isInstanceOf(ProcessEngineException.class)
                .hasMessageStartingWith("ยังบันทึกงานนี้ไม่ได้")
                .hasMessageEndingWith(": กรุณากรอกสรุปร่างแผน (draftSummary is required)");
        assertThat(refused.taskDefinitionKey()).isEqualTo(TASK_PREPARE_DRAFT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "\u200B", "\u00A0 \uFEFF"})
    void draftWithBlankSummaryIsRefused(String blank) {
        assertThat(refusal(TASK_PREPARE_DRAFT, Map.of(VAR_DRAFT_SUMMARY, blank)).fieldErrors())
                .containsOnlyKeys(VAR_DRAFT_SUMMARY);
    }

    @Test
    void draftSummaryMustBeText() {
        assertThat(refusal(TASK_PREPARE_DRAFT, Map.of(VAR_DRAFT_SUMMARY, 42)).fieldErrors())
                .containsEntry(VAR_DRAFT_SUMMARY, "สรุปร่างแผนต้องเป็นข้อความ (draftSummary must be text, got Integer)");
    }

    @Test
    void draftSummaryMayHave4000CharactersButNoMore() {
        assertThat(validator.validate(TASK_PREPARE_DRAFT, Map.of(VAR_DRAFT_SUMMARY, "ก".repeat(4000)))).isEmpty();

        assertThat(refusal(TASK_PREPARE_DRAFT, Map.of(VAR_DRAFT_SUMMARY, "ก".repeat(4001))).fieldErrors())
                .containsEntry(VAR_DRAFT_SUMMARY, "สรุปร่างแผนยาวเกิน 4000 ตัวอักษร (มี 4001 ตัวอักษร) "
                        + "(draftSummary must be at most 4000 characters, got 4001)");
    }


    @Test
    void consolidationAndRevisionNeedNoNote() {
        assertThat(validator.validate(TASK_CONSOLIDATE_DRAFT, Map.of())).isEmpty();
        assertThat(validator.validate(TASK_REVISE_PLAN, Map.of(VAR_REVISION_NOTE, ""))).isEmpty();
    }

    @Test
    void consolidationAndRevisionNotesAreBoundedText() {
        assertThat(refusal(TASK_CONSOLIDATE_DRAFT, Map.of(VAR_CONSOLIDATION_NOTE, "ค".repeat(4001))).fieldErrors())
                .containsOnlyKeys(VAR_CONSOLIDATION_NOTE);
        assertThat(refusal(TASK_REVISE_PLAN, Map.of(VAR_REVISION_NOTE, List.of("a"))).fieldErrors())
                .containsOnlyKeys(VAR_REVISION_NOTE);
    }


    @Test
    void hearingIsPreparedWithADateAndAVenue() {
        assertThat(validator.validate(TASK_PREPARE_HEARING, hearing("2018-09-13", "ศาลากลางจังหวัดภูเก็ต")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-30", "2018-13-01", "2019-02-29", "13/09/2018", "2018-9-13", "20180913",
            "2018-09-13T10:00", "13 ก.ย. 2561", "+2018-09-13"})
    void hearingDateMustBeARealIsoDay(String date) {
        assertThat(refusal(TASK_PREPARE_HEARING, hearing(date, "ศาลากลาง")).fieldErrors())
                .containsExactly(Map.entry(VAR_HEARING_DATE, "วันจัดเวทีประชาคมไม่ถูกต้อง ต้องเป็นวันที่ที่มีอยู่จริง"
                        + "ในรูปแบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2018-09-13 "
                        + "(hearingDate must be a real date as yyyy-MM-dd, got \"" + date + "\")"));
    }

    @Test
    void hearingMayBeOnTheLeapDayOfALeapYear() {
        assertThat(validator.validate(TASK_PREPARE_HEARING, hearing("2020-02-29", "ศาลากลาง"))).isEmpty();
    }

    @Test
    void hearingDateWithABuddhistEraYearIsRefused() {
        assertThat(refusal(TASK_PREPARE_HEARING, hearing("2561-09-13", "ศาลากลาง")).fieldErrors())
                .containsEntry(VAR_HEARING_DATE, "วันจัดเวทีประชาคม \"2561-09-13\" ใช้ปี พ.ศ. กรุณาใช้ปี ค.ศ. "
                        + "เช่น 2018-09-13 (hearingDate must use the Gregorian year, got a Buddhist Era year)");
    }

    @Test
    void hearingDateMustBeIsoTextNotADateObject() {
        var input = new HashMap<String, Object>(hearing(null, "ศาลากลาง"));
        input.put(VAR_HEARING_DATE, new Date());

        assertThat(refusal(TASK_PREPARE_HEARING, input).fieldErrors()).containsOnlyKeys(VAR_HEARING_DATE);
    }

    @Test
    void hearingDateIsStoredWithoutSurroundingBlanks() {
        assertThat(validator.validate(TASK_PREPARE_HEARING, hearing(" 2018-09-13 ", "ศาลากลาง")))
                .containsExactly(Map.entry(VAR_HEARING_DATE, "2018-09-13"));
    }

    @Test
    void missingHearingDateAndVenueAreReportedTogether() {
        var refused = refusal(TASK_PREPARE_HEARING, hearing(" ", null));

        assertThat(refused.fieldErrors()).containsExactly(
                Map.entry(VAR_HEARING_DATE, "กรุณากรอกวันจัดเวทีประชาคม (hearingDate is required)"),
                Map.entry(VAR_HEARING_VENUE, "กรุณากรอกสถานที่จัดเวทีประชาคม (hearingVenue is required)"));
        assertThat(refused).hasMessageContaining("(hearingDate is required); กรุณากรอกสถานที่จัดเวทีประชาคม");
    }

    @Test
    void hearingVenueIsOneLineOfAtMost200Characters() {
        assertThat(refusal(TASK_PREPARE_HEARING, hearing("2018-09-13", "ส".repeat(201))).fieldErrors())
                .containsEntry(VAR_HEARING_VENUE, "สถานที่จัดเวทีประชาคมยาวเกิน 200 ตัวอักษร (มี 201 ตัวอักษร) "
                        + "(hearingVenue must be at most 200 characters, got 201)");
    }

    private Map<String, Object> hearing(String date, String venue) {
        var input = new HashMap<String, Object>();
        input.put(VAR_HEARING_DATE, date);
        input.put(VAR_HEARING_VENUE, venue);
        return input;
    }


    @Test
    void hearingSummaryKeepsAnIntegerCountAsItIs() {
        assertThat(validator.validate(TASK_SUMMARISE_HEARING, summary(120))).isEmpty();
        assertThat(validator.validate(TASK_SUMMARISE_HEARING, summary(0))).isEmpty();
    }

    @Test
    void attendeeCountSentAsLongOrTextIsStoredAsInteger() {
        assertThat(validator.validate(TASK_SUMMARISE_HEARING, summary(120L)))
                .containsExactly(Map.entry(VAR_ATTENDEE_COUNT, 120));
        assertThat(validator.validate(TASK_SUMMARISE_HEARING, summary("120")))
                .containsExactly(Map.entry(VAR_ATTENDEE_COUNT, 120));
        assertThat(validator.validate(TASK_SUMMARISE_HEARING, summary(" 35 ")))
                .containsExactly(Map.entry(VAR_ATTENDEE_COUNT, 35));
        assertThat(validator.validate(TASK_SUMMARISE_HEARING, summary(12.0)))
                .containsExactly(Map.entry(VAR_ATTENDEE_COUNT, 12));
    }

    @Test
    void negativeAttendeeCountIsRefused() {
        assertThat(refusal(TASK_SUMMARISE_HEARING, summary(-1)).fieldErrors())
                .containsExactly(Map.entry(VAR_ATTENDEE_COUNT, "จำนวนผู้เข้าร่วมต้องอยู่ระหว่าง 0 ถึง 100000 "
                        + "(attendeeCount must be between 0 and 100000, got -1)"));
        assertThat(refusal(TASK_SUMMARISE_HEARING, summary("-5")).fieldErrors()).containsOnlyKeys(VAR_ATTENDEE_COUNT);
    }

    @Test
    void implausiblyLargeAttendeeCountIsRefused() {
        assertThat(refusal(TASK_SUMMARISE_HEARING, summary(100_001)).fieldErrors()).containsOnlyKeys(VAR_ATTENDEE_COUNT);
        assertThat(refusal(TASK_SUMMARISE_HEARING, summary(Long.MAX_VALUE)).fieldErrors())
                .containsOnlyKeys(VAR_ATTENDEE_COUNT);
    }

    @Test
    void attendeeCountMustBeAWholeNumber() {
        for (Object notWhole : List.of(12.5, "12.5", "twelve", "1e3", Double.NaN, true)) {
            assertThat(refusal(TASK_SUMMARISE_HEARING, summary(notWhole)).fieldErrors())
                    .as("attendeeCount %s", notWhole)
                    .containsEntry(VAR_ATTENDEE_COUNT,
                            "จำนวนผู้เข้าร่วมต้องเป็นจำนวนเต็ม (attendeeCount must be a whole number, got \"" + notWhole + "\")");
        }
    }

    @Test
    void everyProblemOfTheHearingSummaryIsInOneMessage() {
        var refused = refusal(TASK_SUMMARISE_HEARING, Map.of(VAR_ATTENDEE_COUNT, ""));

        assertThat(refused.fieldErrors()).containsOnlyKeys(VAR_HEARING_SUMMARY, VAR_ATTENDEE_COUNT);
        assertThat(refused.getMessage())
                .contains("กรุณากรอกสรุปผลการรับฟังความคิดเห็น (hearingSummary is required)")
                .contains("กรุณากรอกจำนวนผู้เข้าร่วม (attendeeCount is required)");
    }

    private Map<String, Object> summary(Object attendeeCount) {
        return Map.of(VAR_HEARING_SUMMARY, "ที่ประชุมเห็นด้วยกับร่างแผน", VAR_ATTENDEE_COUNT, attendeeCount);
    }


    @ParameterizedTest
    @ValueSource(strings = {DECISION_APPROVED, DECISION_REVISE})
    void committeeMayApproveOrAskForRevision(String decision) {
        assertThat(validator.validate(TASK_COMMITTEE_DECISION, Map.of(VAR_COMMITTEE_DECISION, decision))).isEmpty();
    }

    @Test
    void committeeDecisionMissingOrUnknownIsRefused() {
        assertThat(refusal(TASK_COMMITTEE_DECISION, Map.of()).fieldErrors())
                .containsExactly(Map.entry(VAR_COMMITTEE_DECISION, "กรุณาเลือกมติ ก.บ.จ. (committeeDecision is required)"));
        assertThat(refusal(TASK_COMMITTEE_DECISION, Map.of(VAR_COMMITTEE_DECISION, "yes")).fieldErrors())
                .containsOnlyKeys(VAR_COMMITTEE_DECISION);
    }

    @Test
    void committeeNoteIsBounded() {
        var input = Map.<String, Object>of(VAR_COMMITTEE_DECISION, DECISION_REVISE, VAR_COMMITTEE_NOTE, "ม".repeat(4001));

        assertThat(refusal(TASK_COMMITTEE_DECISION, input).fieldErrors()).containsOnlyKeys(VAR_COMMITTEE_NOTE);
    }


    @Test
    void planIsSubmittedWithALetterNumber() {
        assertThat(validator.validate(TASK_SUBMIT_PLAN, Map.of(VAR_SUBMISSION_REFERENCE, "ภก 0017/1234"))).isEmpty();
    }

    @Test
    void submissionReferenceLeftEmptyIsStoredEmptyForTheRegisterToGiveIt() {
        assertThat(validator.validate(TASK_SUBMIT_PLAN, Map.of())).containsExactly(Map.entry(VAR_SUBMISSION_REFERENCE, ""));
        assertThat(validator.validate(TASK_SUBMIT_PLAN, Map.of(VAR_SUBMISSION_REFERENCE, " ")))
                .containsExactly(Map.entry(VAR_SUBMISSION_REFERENCE, ""));
    }

    @Test
    void submissionReferenceOverlongIsRefused() {
        assertThat(refusal(TASK_SUBMIT_PLAN, Map.of(VAR_SUBMISSION_REFERENCE, "1".repeat(201))).fieldErrors())
                .containsOnlyKeys(VAR_SUBMISSION_REFERENCE);
    }

    @Test
    void hearingTimeIsOptionalAndStoredAsHoursAndMinutes() {
        Map<String, Object> input = new HashMap<>(hearing("2018-09-13", "ศาลากลาง"));
        assertThat(validator.validate(TASK_PREPARE_HEARING, input)).isEmpty();
        input.put(VAR_HEARING_TIME, "9.30");
        assertThat(validator.validate(TASK_PREPARE_HEARING, input)).containsExactly(Map.entry(VAR_HEARING_TIME, "09:30"));
        input.put(VAR_HEARING_TIME, "13:00:00+07:00");
        assertThat(validator.validate(TASK_PREPARE_HEARING, input)).containsExactly(Map.entry(VAR_HEARING_TIME, "13:00"));
        input.put(VAR_HEARING_TIME, "25:00");
        assertThat(refusal(TASK_PREPARE_HEARING, input).fieldErrors()).containsExactly(Map.entry(VAR_HEARING_TIME,
                "เวลาเริ่มเวทีประชาคมไม่ถูกต้อง ต้องเป็นเวลาแบบ ชช:นน เช่น 09:30 (hearingTime must be a time as HH:mm, got \"25:00\")"));
    }

    private TaskInputInvalidException refusal(String taskKey, Map<String, ?> input) {
        var refused = catchThrowableOfType(TaskInputInvalidException.class, () -> validator.validate(taskKey, input));
        assertThat(refused).as("%s refuses %s", taskKey, input).isNotNull();
        return refused;
    }
}
