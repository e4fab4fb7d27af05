package th.go.phuket.planning.contribution;

import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.task.InputChecks.MAX_LONG_TEXT;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.proposal.ProjectChecks;
import th.go.phuket.planning.proposal.ProjectJson;
import th.go.phuket.planning.task.InputChecks;
import th.go.phuket.planning.task.TaskInputRules;

/**
 * The agency's review and the strategy office's screening (SPEC, user-task table). The agency's {@code projects}
 * are checked by {@link ProjectChecks} and stored back in their clean form as a JSON variable, whatever the client
 * sent (the form's project list, JSON text, a list over engine REST).
 */
@Component
public class ContributionTaskInputRules implements TaskInputRules {

    private final ProjectChecks projectChecks;

    /** With the framework catalogue of the classpath, as the engine-only tests build the rules. */
    public ContributionTaskInputRules() {
        this(new ProjectChecks(FrameworkCatalogue.fromClasspath()));
    }

    @Autowired
    public ContributionTaskInputRules(ProjectChecks projectChecks) {
        this.projectChecks = projectChecks;
    }

    @Override
    public Map<String, Consumer<InputChecks>> byTaskKey() {
        return Map.of(
                TASK_AGENCY_REVIEW, this::checkReview,
                TASK_SCREEN_PROPOSAL, ContributionTaskInputRules::checkScreening);
    }

    private void checkReview(InputChecks checks) {
        checks.choice(VAR_REVIEW_OUTCOME, List.of(OUTCOME_NO_CHANGE, OUTCOME_CHANGES_PROPOSED));
        checks.optionalText(VAR_REVIEW_COMMENTS, MAX_LONG_TEXT);
        // read only for a project that names no fiscal year: most reviews propose none
        Supplier<Integer> cycleFiscalYear =
                () -> checks.processValue(CycleProcess.VAR_FISCAL_YEAR) instanceof Integer year ? year : null;
        projectChecks.check(checks, VAR_PROJECTS, cycleFiscalYear).ifPresent(projects -> {
            String clean = ProjectJson.write(projects);
            // stored as JSON in its clean form already (a form's projects, folded): a second write would only add
            // a history detail and a copy of the same bytes
            if (!(checks.value(VAR_PROJECTS) instanceof SpinJsonNode given && clean.equals(given.toString()))) {
                checks.correct(VAR_PROJECTS, SpinValues.jsonValue(clean).create());
            }
        });
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
