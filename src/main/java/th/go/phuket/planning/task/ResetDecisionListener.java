package th.go.phuket.planning.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A decision task met again in a loop (the plan back before the committee) starts without the previous round's
 * decision: the form must not pre-select it, and a REST client that leaves it out must be refused rather than
 * silently repeat it. The earlier decision stays in the history. Which variable is a task's decision, each process
 * says in its {@link TaskInputRules}. (The screening task needs none: the business rule task before it,
 * {@code Task_SuggestPlacements}, sets or clears its decision afresh each round.)
 */
@Component
public class ResetDecisionListener implements TaskListener {

    private final Map<String, String> decisionByTaskKey = new HashMap<>();

    public ResetDecisionListener(List<TaskInputRules> rules) {
        rules.forEach(processRules -> decisionByTaskKey.putAll(processRules.decisionByTaskKey()));
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = decisionByTaskKey.get(task.getTaskDefinitionKey());
        if (decision != null) {
            task.getExecution().removeVariable(decision);
        }
    }
}
