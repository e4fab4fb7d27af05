package th.go.phuket.planning.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code complete}: refuses a task whose input is missing or wrong (the engine rolls back and the task stays
 * open), and stores cleaned values (a count sent as text becomes an Integer).
 */
@Component
public class ValidateTaskInputListener implements TaskListener {

    private final TaskInputValidator validator;

    public ValidateTaskInputListener(TaskInputValidator validator) {
        this.validator = validator;
    }

    @Override
    public void notify(DelegateTask task) {
        // a value the task's process has none of is the calling process's (a contribution's checks read the cycle's
        // fiscal year)
        validator.validate(task.getTaskDefinitionKey(), name -> {
            Object value = task.getVariable(name);
            return value != null ? value : CallerValues.ofCaller(task.getExecution(), name);
        }).forEach(task::setVariable);
    }
}
