package th.go.phuket.planning.contribution;

import static th.go.phuket.planning.contribution.ContributionProcess.VAR_PROJECTS;
import static th.go.phuket.planning.proposal.ProjectSlots.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.proposal.ProjectJson;
import th.go.phuket.planning.proposal.ProjectSlots;
import th.go.phuket.planning.task.TaskInputInvalidException;
import th.go.phuket.planning.task.ValidationMessages;

/**
 * The agency form's project slots ({@link ProjectSlots}) on {@code Task_AgencyReview}. On {@code create}: the
 * agency's projects so far and the count, as task-local variables the form shows (the tag lists' codes are static
 * values of the form). On {@code complete}, before the input is checked: the first {@code projectCount} slots become
 * {@code projects} (none, and none before: no variable), and every slot variable is removed. A client that sent
 * {@code projects} itself (engine REST) keeps its list.
 */
@Component
public class ProjectSlotsListener implements TaskListener {

    private final ValidationMessages messages = ValidationMessages.load();

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            offer(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            collect(task);
        }
    }

    private void offer(DelegateTask task) {
        Object projects = task.getVariable(VAR_PROJECTS);
        var current = ProjectJson.read(projects);
        Map<String, Object> local = new HashMap<>();
        ProjectSlots.unfold(current).forEach((name, value) -> local.put(name,
                name.endsWith("Alignment") ? SpinValues.jsonValue((String) value).create() : value));
        local.put(VAR_PROJECT_COUNT, Math.min(current.size(), SLOTS));
        if (projects != null) {
            // none offered (an agency's first round) needs no digest: its absence stands for it
            local.put(VAR_SLOTS_BASIS, ProjectSlots.basis(projects));
        }
        task.setVariablesLocal(local);
    }

    private void collect(DelegateTask task) {
        Object count = task.getVariable(VAR_PROJECT_COUNT);
        Object offered = task.getVariableLocal(VAR_SLOTS_BASIS);
        boolean fromForm = count != null && ProjectSlots.basis(task.getVariable(VAR_PROJECTS))
                .equals(offered != null ? offered : ProjectSlots.basis(null));
        if (fromForm) {
            var projects = ProjectSlots.fold(slotCount(count), task::getVariable);
            // none proposed and none before: no variable, its absence stands for no projects (an empty list would
            // cost a JSON value and its copies in the history for each contribution); a list that had projects is
            // written empty, so the change is recorded
            if (!projects.isEmpty() || task.getVariable(VAR_PROJECTS) != null) {
                // as JSON, as the check then stores it: a list already clean is not written a second time
                task.setVariable(VAR_PROJECTS, SpinValues.jsonValue(ProjectJson.tree(projects).toString()).create());
            }
        }
        // only the slot variables that exist (a few; the form sends the slots it shows): asking for each of the
        // 142 names walked the task's scopes 142 times on every completion
        Set<String> present = new HashSet<>(task.getVariableNames());
        ProjectSlots.allVariables().stream().filter(present::contains).forEach(task::removeVariable);
    }

    private int slotCount(Object count) {
        BigDecimal number = count instanceof Number n ? new BigDecimal(n.toString()) : null;
        if (number == null || number.stripTrailingZeros().scale() > 0 || number.signum() < 0
                || number.compareTo(BigDecimal.valueOf(SLOTS)) > 0) {
            String message = messages.format("proposal.projectCount.invalid", SLOTS, String.valueOf(count));
            throw new TaskInputInvalidException(ContributionProcess.TASK_AGENCY_REVIEW,
                    messages.format("task.input.rejected", message), Map.of(VAR_PROJECT_COUNT, message));
        }
        return number.intValueExact();
    }
}
