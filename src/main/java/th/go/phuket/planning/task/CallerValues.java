package th.go.phuket.planning.task;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * A value of a process instance, or of the process that called it when it has none of its own: an agency's
 * contribution reads the cycle's due dates, province and fiscal year where the cycle keeps them instead of holding a
 * copy each (67 copies of four values, each written, indexed and deleted again). In a model:
 * {@code camunda:dueDate="${callerValues.of(execution, 'proposalsDueAt')}"}. A contribution started on its own (the
 * engine-only tests) or started before the cycle stopped passing copies reads its own value.
 *
 * <p>A calling process is read one scope at a time and by name only: the calling execution, its parents up to the
 * cycle's process instance, one small query each. Reading it as {@code getVariable} does would load the cycle's whole
 * execution tree (an execution per agency) and every variable of each scope on the way, in every review and
 * screening.
 */
@Component
public class CallerValues {

    /** The bean the models name; see {@link #value(DelegateExecution, String)}. */
    public Object of(DelegateExecution execution, String name) {
        return value(execution, name);
    }

    /** {@code name} as {@code execution} sees it, else as each calling process sees it, nearest first; or null. */
    public static Object value(DelegateExecution execution, String name) {
        Object own = execution.getVariable(name);
        return own != null ? own : ofCaller(execution, name);
    }

    /** Only the calling processes' value (null for a process nobody called, or no process at all). */
    public static Object ofCaller(DelegateExecution execution, String name) {
        for (ExecutionEntity caller = caller(execution); caller != null; caller = caller(caller)) {
            Object value = seenFrom(caller, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** {@code name} as {@code execution} sees it: its own variable, else the nearest parent scope's (null or not). */
    private static Object seenFrom(ExecutionEntity execution, String name) {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext == null) {
            return execution.getVariable(name);
        }
        List<String> names = List.of(name);
        for (ExecutionEntity scope = execution; scope != null; ) {
            // by name: a scope whose variables are loaded answers from memory, any other with one query for this name
            List<CoreVariableInstance> found = scope.getVariableInstancesLocal(names);
            if (!found.isEmpty()) {
                return found.get(0).getTypedValue(true).getValue();
            }
            String parentId = scope.getParentId();
            scope = parentId == null ? null : commandContext.getExecutionManager().findExecutionById(parentId);
        }
        return null;
    }

    private static ExecutionEntity caller(DelegateExecution execution) {
        DelegateExecution instance = execution == null ? null : execution.getProcessInstance();
        return instance instanceof ExecutionEntity entity ? entity.getSuperExecution() : null;
    }
}
