package th.go.phuket.planning.plan;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.proposal.Placement;
import th.go.phuket.planning.proposal.Project;
import th.go.phuket.planning.proposal.ProjectJson;
import th.go.phuket.planning.proposal.ScreeningJson;

/**
 * Builds a cycle's consolidated plan from the engine's history, so it reads the same while the cycle runs and after
 * it ended: the cycle by its business key, its contributions that ended accepted, and their projects and screening.
 */
@Component
public class ActionPlanReader {

    private static final List<String> CONTRIBUTION_VARIABLES =
            List.of(VAR_AGENCY_ID, VAR_AGENCY_NAME_TH, VAR_AGENCY_CATEGORY, VAR_PROJECTS, VAR_PROJECT_SCREENING);
    private static final List<String> CYCLE_VARIABLES = List.of(CycleProcess.VAR_CYCLE_TITLE,
            CycleProcess.VAR_PROVINCE, CycleProcess.VAR_FISCAL_YEAR, CycleProcess.VAR_PLAN_PERIOD,
            CycleProcess.VAR_AGENCIES);

    private final HistoryService history;

    public ActionPlanReader(@Lazy HistoryService history) {
        this.history = history;
    }

    /** The plan of the cycle {@code cycleId}, or empty when there is no such cycle. */
    public Optional<ActionPlan> read(String cycleId) {
        Optional<HistoricProcessInstance> cycle = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CycleProcess.KEY).processInstanceBusinessKey(cycleId).list().stream()
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime));
        return cycle.map(instance -> read(cycleId, instance));
    }

    private ActionPlan read(String cycleId, HistoricProcessInstance cycle) {
        Map<String, Object> cycleVariables = variables(List.of(cycle.getId()), CYCLE_VARIABLES).getOrDefault(
                cycle.getId(), Map.of());
        List<String> invited = agencyIds(cycleVariables.get(CycleProcess.VAR_AGENCIES));
        List<String> accepted = history.createHistoricProcessInstanceQuery().superProcessInstanceId(cycle.getId())
                .processDefinitionKey(KEY).finished().list().stream()
                .filter(contribution -> END.equals(contribution.getEndActivityId()))
                .map(HistoricProcessInstance::getId).toList();
        Map<String, Map<String, Object>> byContribution = variables(accepted, CONTRIBUTION_VARIABLES);

        List<Map<String, Object>> contributions = new ArrayList<>(byContribution.values());
        contributions.sort(Comparator.comparingInt(c -> position(invited, (String) c.get(VAR_AGENCY_ID))));
        List<PlanAgency> agencies = new ArrayList<>();
        List<PlanProject> projects = new ArrayList<>();
        for (Map<String, Object> contribution : contributions) {
            PlanAgency agency = new PlanAgency((String) contribution.get(VAR_AGENCY_ID),
                    (String) contribution.get(VAR_AGENCY_NAME_TH), (String) contribution.get(VAR_AGENCY_CATEGORY));
            agencies.add(agency);
            List<Project> proposed = ProjectJson.read(contribution.get(VAR_PROJECTS));
            List<Placement> placements = ScreeningJson.placements(contribution.get(VAR_PROJECT_SCREENING));
            for (int i = 0; i < proposed.size(); i++) {
                projects.add(new PlanProject(projects.size() + 1, agency.id(), agency.nameTh(), agency.category(),
                        proposed.get(i), i < placements.size() ? placements.get(i) : null));
            }
        }
        return new ActionPlan(cycleId, (String) cycleVariables.get(CycleProcess.VAR_CYCLE_TITLE),
                (String) cycleVariables.get(CycleProcess.VAR_PROVINCE),
                cycleVariables.get(CycleProcess.VAR_FISCAL_YEAR) instanceof Integer year ? year : null,
                (String) cycleVariables.get(CycleProcess.VAR_PLAN_PERIOD), ClockUtil.getCurrentTime().toInstant(),
                invited.size(), agencies, projects);
    }

    /** Variables by process instance id, then by name. */
    private Map<String, Map<String, Object>> variables(List<String> processInstanceIds, List<String> names) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return byInstance;
        }
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .variableNameIn(names.toArray(String[]::new)).list()) {
            if (variable.getTaskId() == null) {
                byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        for (String id : processInstanceIds) {
            byInstance.computeIfAbsent(id, key -> new HashMap<>());
        }
        return byInstance;
    }

    private static List<String> agencyIds(Object agencies) {
        return agencies instanceof String text && !text.isBlank()
                ? Arrays.stream(text.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList()
                : List.of();
    }

    private static int position(List<String> invited, String agencyId) {
        int position = invited.indexOf(agencyId);
        return position < 0 ? Integer.MAX_VALUE : position;
    }
}
