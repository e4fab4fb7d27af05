package th.go.phuket.planning.dashboard;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * What the engine knows about one cycle, as read by {@link CycleFactsLoader}: the cycle, its process variables and
 * activity history, and per contribution (by process instance id) its variables, open task and last finished
 * review.
 */
record CycleFacts(
        HistoricProcessInstance cycle,
        Map<String, Object> cycleVariables,
        List<HistoricActivityInstance> cycleActivities,
        List<HistoricProcessInstance> contributions,
        Map<String, Map<String, Object>> contributionVariables,
        Map<String, Task> openTasks,
        Map<String, HistoricTaskInstance> lastFinishedReviews) {

    Map<String, Object> variablesOf(String contributionId) {
        return contributionVariables.getOrDefault(contributionId, Map.of());
    }
}
