package th.go.phuket.planning.task;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * A value of a process instance, or of the process that called it when it has none of its own: an agency's
 * contribution reads the cycle's due dates, province and fiscal year where the cycle keeps them instead of holding a
 * copy each (67 copies of four values, each written, indexed and deleted again). In a model:
 * {@code camunda:dueDate="${callerValues.of(execution, 'proposalsDueAt')}"}. A contribution started on its own (the
 * engine-only tests) or started before the cycle stopped passing copies reads its own value.
 */
@Component
public class CallerValues {

    /** The bean the models name; see {@link #value(DelegateExecution, String)}. */
    public Object of(DelegateExecution execution, String name) {
        return value(execution, name);
    }

    /** {@code name} as {@code execution} sees it, else as each calling process sees it, nearest first; or null. */
    public static Object value(DelegateExecution execution, String name) {
        for (DelegateExecution scope = execution; scope != null; scope = caller(scope)) {
            Object value = scope.getVariable(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Only the calling processes' value (null for a process nobody called, or no process at all). */
    public static Object ofCaller(DelegateExecution execution, String name) {
        DelegateExecution caller = execution == null ? null : caller(execution);
        return caller == null ? null : value(caller, name);
    }

    private static DelegateExecution caller(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        return instance instanceof ExecutionEntity entity ? entity.getSuperExecution() : null;
    }
}
