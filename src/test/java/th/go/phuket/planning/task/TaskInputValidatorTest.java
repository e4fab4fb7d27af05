package th.go.phuket.planning.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.contribution.ContributionTaskInputRules;
import th.go.phuket.planning.cycle.CycleTaskInputRules;

class TaskInputValidatorTest {

    private final TaskInputValidator validator =
            new TaskInputValidator(List.of(new CycleTaskInputRules(), new ContributionTaskInputRules()));

    @Test
    void coversEveryUserTaskOfBothProcesses() {
        assertThat(validator.taskKeys()).containsExactlyInAnyOrder(
                TASK_PREPARE_DRAFT, TASK_AGENCY_REVIEW, TASK_SCREEN_PROPOSAL, TASK_CONSOLIDATE_DRAFT,
                TASK_PREPARE_HEARING, TASK_SUMMARISE_HEARING, TASK_REVISE_PLAN, TASK_COMMITTEE_DECISION,
                TASK_SUBMIT_PLAN);
    }

    @Test
    void refusesTwoRuleSetsForOneTask() {
        assertThatThrownBy(() -> new TaskInputValidator(List.of(new CycleTaskInputRules(), new CycleTaskInputRules())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two sets of input rules");
    }

    @Test
    void leavesTasksWithoutRulesAlone() {
        assertThat(validator.validate("Task_SomethingElse", Map.of())).isEmpty();
    }

    @Test
    void refusalIsOneEngineExceptionWithEveryMessage() {
        var refused = catchThrowableOfType(TaskInputInvalidException.class,
                () -> validator.validate(TASK_SUMMARISE_HEARING, Map.of(VAR_ATTENDEE_COUNT, -3)));

        assertThat(refused).isInstanceOf(ProcessEngineException.class);
        assertThat(TaskInputInvalidException.findIn(new ProcessEngineException("wrapped", refused))).contains(refused);
        assertThat(refused.getMessage()).isEqualTo("ยังบันทึกงานนี้ไม่ได้ กรุณาแก้ไขข้อมูลแล้วลองอีกครั้ง "
                + "(the task stays open, please correct the input): "
                + "กรุณากรอกสรุปผลการรับฟังความคิดเห็น (hearingSummary is required); "
                + "จำนวนผู้เข้าร่วมต้องอยู่ระหว่าง 0 ถึง 100000 (attendeeCount must be between 0 and 100000, got -3)");
        assertThat(refused.fieldErrors()).containsOnlyKeys(VAR_HEARING_SUMMARY, VAR_ATTENDEE_COUNT);
    }

    @Test
    void validatesTheScreeningOfAContributionToo() {
        assertThatThrownBy(() -> validator.validate(TASK_SCREEN_PROPOSAL, Map.of(VAR_SCREENING_DECISION, "returned")))
                .isInstanceOf(TaskInputInvalidException.class)
                .hasMessageContaining("(screeningNote is required when screeningDecision is returned)");
    }
}
