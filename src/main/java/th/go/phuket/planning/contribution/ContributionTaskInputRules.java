package th.go.phuket.planning.contribution;

import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.cycle.InputChecks.MAX_LONG_TEXT;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.cycle.InputChecks;
import th.go.phuket.planning.cycle.TaskInputRules;

/**
 * The agency's review and the strategy office's screening (SPEC, user-task table). {@code projects} is checked by the
 * project editor's own rules, not here.
 */
@Component
public class ContributionTaskInputRules implements TaskInputRules {

    @Override
    public Map<String, Consumer<InputChecks>> byTaskKey() {
        return Map.of(
                TASK_AGENCY_REVIEW, checks -> {
                    checks.choice(VAR_REVIEW_OUTCOME, List.of(OUTCOME_NO_CHANGE, OUTCOME_CHANGES_PROPOSED));
                    checks.optionalText(VAR_REVIEW_COMMENTS, MAX_LONG_TEXT);
                },
                TASK_SCREEN_PROPOSAL, ContributionTaskInputRules::checkScreening);
    }

    private static void checkScreening(InputChecks checks) {
        var decision = checks.choice(VAR_SCREENING_DECISION, List.of(SCREENING_ACCEPTED, SCREENING_RETURNED));
        if (decision.filter(SCREENING_RETURNED::equals).isPresent()) {
            // the agency gets the note by email and on its form: it must say what to change
            checks.requiredText(VAR_SCREENING_NOTE, MAX_LONG_TEXT, "task.input.screeningNote.whenReturned");
        } else {
            checks.optionalText(VAR_SCREENING_NOTE, MAX_LONG_TEXT);
        }
    }
}
