package th.go.phuket.planning.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.phuket.planning.cycle.CycleTaskInputRules;
import th.go.phuket.planning.task.TaskInputInvalidException;
import th.go.phuket.planning.task.TaskInputValidator;

/** The agency review and the screening refuse each bad value with a Thai/English message; good values pass. */
class ContributionTaskInputRulesTest {

    private final TaskInputValidator validator =
            new TaskInputValidator(List.of(new CycleTaskInputRules(), new ContributionTaskInputRules()));

    @ParameterizedTest
    @ValueSource(strings = {OUTCOME_NO_CHANGE, OUTCOME_CHANGES_PROPOSED})
    void agencyMayKeepThePlanOrProposeChanges(String outcome) {
        assertThat(validator.validate(TASK_AGENCY_REVIEW, Map.of(VAR_REVIEW_OUTCOME, outcome))).isEmpty();
    }

    @Test
    void reviewCommentsAreAcceptedAndAnEmptyProjectListIsStoredAsJson() {
        var input = Map.<String, Object>of(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED,
                VAR_REVIEW_COMMENTS, "เสนอเพิ่มโครงการคัดกรองโรคไข้เลือดออก", VAR_PROJECTS, List.of());

        // each project's own checks: proposal/ProjectChecksTest
        assertThat(validator.validate(TASK_AGENCY_REVIEW, input)).containsOnlyKeys(VAR_PROJECTS)
                .hasEntrySatisfying(VAR_PROJECTS, json -> assertThat(((JsonValue) json).getValueSerialized())
                        .isEqualTo("[]"));
    }

    @Test
    void reviewWithoutOutcomeIsRefused() {
        assertThat(refusal(TASK_AGENCY_REVIEW, Map.of(VAR_REVIEW_COMMENTS, "ไม่มี")).fieldErrors())
                .containsExactly(Map.entry(VAR_REVIEW_OUTCOME, "กรุณาเลือกผลการทบทวน (reviewOutcome is required)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "NO_CHANGE", "no change"})
    void reviewWithUnknownOutcomeIsRefused(String outcome) {
        assertThat(refusal(TASK_AGENCY_REVIEW, Map.of(VAR_REVIEW_OUTCOME, outcome)).fieldErrors())
                .containsEntry(VAR_REVIEW_OUTCOME, "ผลการทบทวนไม่ถูกต้อง ต้องเป็น no_change, changes_proposed "
                        + "(reviewOutcome must be one of no_change, changes_proposed, got \"" + outcome + "\")");
    }

    @Test
    void reviewOutcomeMustBeText() {
        assertThat(refusal(TASK_AGENCY_REVIEW, Map.of(VAR_REVIEW_OUTCOME, true)).fieldErrors())
                .containsOnlyKeys(VAR_REVIEW_OUTCOME);
    }

    @Test
    void reviewCommentsAreBounded() {
        var input = Map.<String, Object>of(VAR_REVIEW_OUTCOME, OUTCOME_NO_CHANGE, VAR_REVIEW_COMMENTS, "x".repeat(4001));

        assertThat(refusal(TASK_AGENCY_REVIEW, input).fieldErrors()).containsOnlyKeys(VAR_REVIEW_COMMENTS);
    }


    @Test
    void proposalIsAcceptedWithoutANote() {
        assertThat(validator.validate(TASK_SCREEN_PROPOSAL, Map.of(VAR_SCREENING_DECISION, SCREENING_ACCEPTED)))
                .isEmpty();
    }

    @Test
    void proposalIsReturnedWithANote() {
        var input = Map.<String, Object>of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                VAR_SCREENING_NOTE, "กรุณาระบุงบประมาณรายโครงการ");

        assertThat(validator.validate(TASK_SCREEN_PROPOSAL, input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void proposalCannotBeReturnedWithoutANote(String note) {
        var input = Map.<String, Object>of(VAR_SCREENING_DECISION, SCREENING_RETURNED, VAR_SCREENING_NOTE, note);

        assertThat(refusal(TASK_SCREEN_PROPOSAL, input).fieldErrors()).containsExactly(Map.entry(VAR_SCREENING_NOTE,
                "กรุณากรอกเหตุผลที่ส่งกลับ เมื่อส่งข้อเสนอกลับให้หน่วยงานแก้ไข "
                        + "(screeningNote is required when screeningDecision is returned)"));
    }

    @Test
    void unknownScreeningDecisionIsRefusedWithoutAskingForANote() {
        assertThat(refusal(TASK_SCREEN_PROPOSAL, Map.of(VAR_SCREENING_DECISION, "rejected")).fieldErrors())
                .containsOnlyKeys(VAR_SCREENING_DECISION);
    }

    @Test
    void screeningWithoutDecisionIsRefused() {
        assertThat(refusal(TASK_SCREEN_PROPOSAL, Map.of(VAR_SCREENING_NOTE, "ok")).fieldErrors())
                .containsExactly(Map.entry(VAR_SCREENING_DECISION,
                        "กรุณาเลือกผลการกลั่นกรอง (screeningDecision is required)"));
    }

    @Test
    void screeningNoteIsBoundedEvenWhenAccepted() {
        var input = Map.<String, Object>of(VAR_SCREENING_DECISION, SCREENING_ACCEPTED,
                VAR_SCREENING_NOTE, "ข".repeat(4001));

        assertThat(refusal(TASK_SCREEN_PROPOSAL, input).fieldErrors()).containsOnlyKeys(VAR_SCREENING_NOTE);
    }

    private TaskInputInvalidException refusal(String taskKey, Map<String, ?> input) {
        var refused = catchThrowableOfType(TaskInputInvalidException.class, () -> validator.validate(taskKey, input));
        assertThat(refused).as("%s refuses %s", taskKey, input).isNotNull();
        return refused;
    }
}
