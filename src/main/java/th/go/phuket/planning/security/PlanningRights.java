package th.go.phuket.planning.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;

import th.go.phuket.planning.agency.GroupIds;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * The rights of the SPEC ("People and rights") as Camunda authorizations. Task work is not here: Camunda grants
 * READ and TASK_WORK on a task to its candidate group when the task is created
 * ({@code default-user-permission-name-for-task: TASK_WORK}), so an agency works only the tasks whose candidate
 * group is its id, the office its own tasks and the committee {@code Task_CommitteeDecision}. Nobody but
 * {@code camunda-admin} (ALL on everything, granted by the identity seeder) gets UPDATE or TASK_ASSIGN on tasks.
 */
public final class PlanningRights {

    public static final String APP_TASKLIST = "tasklist";
    public static final String APP_COCKPIT = "cockpit";

    private PlanningRights() {
    }

    public static List<Right> all(List<String> agencyGroupIds) {
        List<Right> rights = new ArrayList<>();
        rights.add(Right.everybody(APPLICATION, APP_TASKLIST, Permissions.ACCESS));
        rights.addAll(strategyOffice());
        rights.addAll(managers());
        rights.add(Right.of(GroupIds.COMMITTEE, PROCESS_DEFINITION, CycleProcess.KEY,
                ProcessDefinitionPermissions.READ));
        for (String agency : agencyGroupIds) {
            // the model of its own process (Tasklist's diagram tab); its tasks come from the candidate group
            rights.add(Right.of(agency, PROCESS_DEFINITION, ContributionProcess.KEY, ProcessDefinitionPermissions.READ));
        }
        return rights;
    }

    /** Starts cycles, reads every instance, task and history of both processes, opens Cockpit. */
    private static List<Right> strategyOffice() {
        String office = GroupIds.STRATEGY_OFFICE;
        return List.of(
                Right.of(office, PROCESS_DEFINITION, CycleProcess.KEY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY),
                Right.of(office, PROCESS_DEFINITION, ContributionProcess.KEY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                        ProcessDefinitionPermissions.READ_HISTORY),
                Right.of(office, PROCESS_INSTANCE, ANY, Permissions.CREATE),
                Right.of(office, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
                Right.of(office, APPLICATION, APP_COCKPIT, Permissions.ACCESS));
    }

    /** Read everything (Cockpit, dashboard, history), complete nothing. */
    private static List<Right> managers() {
        String managers = GroupIds.MANAGERS;
        return List.of(
                Right.of(managers, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                        ProcessDefinitionPermissions.READ_HISTORY),
                Right.of(managers, PROCESS_INSTANCE, ANY, Permissions.READ),
                Right.of(managers, TASK, ANY, Permissions.READ),
                Right.of(managers, DEPLOYMENT, ANY, Permissions.READ),
                Right.of(managers, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
                Right.of(managers, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
                Right.of(managers, APPLICATION, APP_COCKPIT, Permissions.ACCESS));
    }
}
