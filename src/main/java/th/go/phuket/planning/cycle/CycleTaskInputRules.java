package th.go.phuket.planning.cycle;

import static th.go.phuket.planning.cycle.CycleProcess.*;
import static th.go.phuket.planning.task.InputChecks.MAX_LONG_TEXT;
import static th.go.phuket.planning.task.InputChecks.MAX_SHORT_TEXT;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

import th.go.phuket.planning.task.InputChecks;
import th.go.phuket.planning.task.TaskInputRules;

/** The strategy office's and the committee's tasks of the plan-review cycle (SPEC, user-task table). */
@Component
public class CycleTaskInputRules implements TaskInputRules {

    /** Nobody counts more people at one provincial hearing; a bigger number is a typing slip. */
    public static final int MAX_ATTENDEES = 100_000;

    @Override
    public Map<String, Consumer<InputChecks>> byTaskKey() {
        return Map.of(
                TASK_PREPARE_DRAFT, checks -> checks.requiredText(VAR_DRAFT_SUMMARY, MAX_LONG_TEXT),
                TASK_CONSOLIDATE_DRAFT, checks -> checks.optionalText(VAR_CONSOLIDATION_NOTE, MAX_LONG_TEXT),
                TASK_PREPARE_HEARING, checks -> {
                    // the invitation emailed to every agency names the day and the place
                    checks.requiredIsoDate(VAR_HEARING_DATE);
                    checks.requiredText(VAR_HEARING_VENUE, MAX_SHORT_TEXT);
                    // optional: the invitation letter then names the office's usual time
                    checks.optionalTime(VAR_HEARING_TIME);
                },
                TASK_SUMMARISE_HEARING, checks -> {
                    checks.requiredText(VAR_HEARING_SUMMARY, MAX_LONG_TEXT);
                    attendees(checks);
                },
                TASK_REVISE_PLAN, checks -> checks.optionalText(VAR_REVISION_NOTE, MAX_LONG_TEXT),
                TASK_COMMITTEE_DECISION, checks -> {
                    checks.choice(VAR_COMMITTEE_DECISION, List.of(DECISION_APPROVED, DECISION_REVISE));
                    checks.optionalText(VAR_COMMITTEE_NOTE, MAX_LONG_TEXT);
                },
                TASK_SUBMIT_PLAN, checks -> {
                    // left empty, the register gives it: the PLAN_SUBMISSION letter's number (letter/, SPEC)
                    if (checks.optionalText(VAR_SUBMISSION_REFERENCE, MAX_SHORT_TEXT).isEmpty()) {
                        checks.correct(VAR_SUBMISSION_REFERENCE, "");
                    }
                });
    }

    @Override
    public Map<String, String> decisionByTaskKey() {
        return Map.of(TASK_COMMITTEE_DECISION, VAR_COMMITTEE_DECISION);
    }

    /**
     * The forum's attendees, as one count or by sector: when any sector is given their sum is {@code attendeeCount}
     * (a count given beside them must equal it); without sectors the count alone is required.
     */
    static void attendees(InputChecks checks) {
        int sum = 0;
        boolean anySector = false;
        boolean allValid = true;
        for (String sector : VAR_ATTENDEES_BY_SECTOR) {
            if (blank(checks.value(sector))) {
                continue;
            }
            anySector = true;
            java.util.Optional<Integer> count = checks.requiredWholeNumber(sector, 0, MAX_ATTENDEES);
            allValid &= count.isPresent();
            sum += count.orElse(0);
        }
        if (!anySector || !blank(checks.value(VAR_ATTENDEE_COUNT))) {
            java.util.Optional<Integer> total = checks.requiredWholeNumber(VAR_ATTENDEE_COUNT, 0, MAX_ATTENDEES);
            if (anySector && allValid && total.isPresent() && total.get() != sum) {
                checks.reject(VAR_ATTENDEE_COUNT, "task.input.attendeesSum", total.get().toString(),
                        Integer.toString(sum));
            }
        } else if (allValid && sum > MAX_ATTENDEES) {
            checks.reject(VAR_ATTENDEE_COUNT, "task.input.attendeesTooMany", Integer.toString(sum));
        } else if (allValid) {
            checks.correct(VAR_ATTENDEE_COUNT, sum);
        }
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
