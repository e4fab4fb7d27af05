package th.go.phuket.planning.cycle;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import th.go.phuket.planning.contribution.ContributionProcess;

/**
 * A decision task met again in a loop (a returned proposal screened anew, the plan back before the committee)
 * starts without the previous round's decision: the form must not pre-select it, and a REST client that leaves
 * it out must be refused rather than silently repeat it. The earlier decision stays in the history.
 */
public class ResetDecisionListener implements TaskListener {

    private static final Map<String, String> DECISION_OF_TASK = Map.of(
            ContributionProcess.TASK_SCREEN_PROPOSAL, ContributionProcess.VAR_SCREENING_DECISION,
            CycleProcess.TASK_COMMITTEE_DECISION, CycleProcess.VAR_COMMITTEE_DECISION);

    @Override
    public void notify(DelegateTask task) {
        String decision = DECISION_OF_TASK.get(task.getTaskDefinitionKey());
        if (decision != null) {
            task.getExecution().removeVariable(decision);
        }
    }
}
