package th.go.phuket.planning.dashboard;

import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * Reads cycles from the engine in bulk: a fixed number of queries per request whatever the number of agencies or
 * cycles (no query per agency), each on an indexed column (business key, root process instance, process instance).
 */
class CycleFactsLoader {

    static final List<String> CYCLE_VARIABLES = List.of(VAR_CYCLE_ID, VAR_CYCLE_TITLE, VAR_AGENCIES,
            VAR_PROPOSALS_DUE, VAR_HEARING_DATE, VAR_COMMITTEE_DATE, VAR_SUBMISSION_DEADLINE, VAR_DRAFT_DUE_AT,
            VAR_PROPOSALS_DUE_AT, VAR_SCREENING_DUE_AT, VAR_CONSOLIDATION_DUE_AT, VAR_HEARING_PREP_DUE_AT,
            VAR_HEARING_SUMMARY_DUE_AT, VAR_REVISION_DUE_AT, VAR_COMMITTEE_DUE_AT, VAR_SUBMISSION_DUE_AT);
    /** What a contribution knows of its agency as the cycle saw it (the English name comes from the directory). */
    static final List<String> CONTRIBUTION_VARIABLES = List.of(VAR_AGENCY_ID, VAR_AGENCY_NAME_TH,
            VAR_AGENCY_CATEGORY, VAR_RETURN_COUNT);
    /** Databases limit the length of an IN list (Oracle: 1000); stay well below. */
    private static final int IN_LIST_CHUNK = 500;

    private final HistoryService history;
    private final TaskService tasks;

    CycleFactsLoader(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    /** The cycle with this id (its business key), running or ended. */
    Optional<HistoricProcessInstance> findCycle(String cycleId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(CycleProcess.KEY)
                .processInstanceBusinessKey(cycleId).orderByProcessInstanceStartTime().desc().listPage(0, 1)
                .stream().findFirst();
    }

    /** Every cycle, newest first. */
    List<HistoricProcessInstance> allCycles() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(CycleProcess.KEY)
                .orderByProcessInstanceStartTime().desc().list();
    }

    CycleFacts load(HistoricProcessInstance cycle) {
        String cycleId = cycle.getId();
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(cycleId).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list();
        List<HistoricProcessInstance> contributions = history.createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(cycleId).processDefinitionKey(ContributionProcess.KEY).list();
        Set<String> contributionIds = contributions.stream().map(HistoricProcessInstance::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Task> openTasks = cycle.getEndTime() == null ? openContributionTasks(cycle, contributionIds)
                : Map.of();
        Map<String, HistoricTaskInstance> lastReviews = new HashMap<>();
        history.createHistoricTaskInstanceQuery().rootProcessInstanceId(cycleId)
                .taskDefinitionKey(TASK_AGENCY_REVIEW).finished().orderByHistoricTaskInstanceEndTime().asc().list()
                .forEach(review -> lastReviews.put(review.getProcessInstanceId(), review));
        return new CycleFacts(cycle, processVariables(List.of(cycleId), CYCLE_VARIABLES).getOrDefault(cycleId,
                Map.of()), activities, contributions, processVariables(contributionIds, CONTRIBUTION_VARIABLES),
                openTasks, lastReviews);
    }

    private Map<String, Task> openContributionTasks(HistoricProcessInstance cycle, Set<String> contributionIds) {
        if (contributionIds.isEmpty()) {
            return Map.of();
        }
        return tasks.createTaskQuery().processDefinitionKey(ContributionProcess.KEY)
                .processInstanceBusinessKey(cycle.getBusinessKey()).list().stream()
                .filter(task -> contributionIds.contains(task.getProcessInstanceId()))
                .collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity(), (a, b) -> a));
    }

    /**
     * The latest values of the named process variables (not task or local ones) of each process instance, by
     * process instance id.
     */
    Map<String, Map<String, Object>> processVariables(Collection<String> processInstanceIds, List<String> names) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        List<String> ids = List.copyOf(processInstanceIds);
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(chunk.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
                    .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
                if (isProcessVariable(variable) && variable.getValue() != null) {
                    byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                            .put(variable.getName(), variable.getValue());
                }
            }
        }
        return byInstance;
    }

    private static boolean isProcessVariable(HistoricVariableInstance variable) {
        return variable.getTaskId() == null && variable.getProcessInstanceId().equals(variable.getExecutionId())
                && !HistoricVariableInstance.STATE_DELETED.equals(variable.getState());
    }

    /**
     * The step each running cycle waits in (a user task, or the body of the agencies' multi-instance), by process
     * instance id: two queries per version of the cycle's process definition.
     */
    Map<String, HistoricActivityInstance> currentSteps(Collection<HistoricProcessInstance> cycles) {
        Set<String> definitionIds = cycles.stream().filter(cycle -> cycle.getEndTime() == null)
                .map(HistoricProcessInstance::getProcessDefinitionId).collect(Collectors.toSet());
        List<HistoricActivityInstance> open = new ArrayList<>();
        for (String definitionId : definitionIds) {
            for (String type : List.of(ActivityTypes.TASK_USER_TASK, ActivityTypes.MULTI_INSTANCE_BODY)) {
                open.addAll(history.createHistoricActivityInstanceQuery().processDefinitionId(definitionId)
                        .activityType(type).unfinished().list());
            }
        }
        return open.stream().collect(Collectors.toMap(HistoricActivityInstance::getProcessInstanceId,
                Function.identity(), (a, b) -> a.getStartTime().before(b.getStartTime()) ? b : a));
    }
}
