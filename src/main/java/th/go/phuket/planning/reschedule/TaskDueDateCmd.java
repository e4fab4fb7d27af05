package th.go.phuket.planning.reschedule;

import java.util.Date;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * Evaluates an open task's due date as its model says, now (e.g. {@code ${draftDueAt}}, or a contribution's
 * {@code ${callerValues.of(execution, 'proposalsDueAt')}}, which reads the cycle's): null when the task is gone, has
 * no due date in its model or the expression gives no date.
 */
class TaskDueDateCmd implements Command<Date> {

    private final String taskId;

    TaskDueDateCmd(String taskId) {
        this.taskId = taskId;
    }

    @Override
    public Date execute(CommandContext commandContext) {
        TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
        if (task == null || task.getExecution() == null) {
            return null;
        }
        TaskDefinition definition = task.getTaskDefinition();
        Expression due = definition == null ? null : definition.getDueDateExpression();
        return due != null && due.getValue(task.getExecution()) instanceof Date date ? date : null;
    }
}
