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
        // the user's values are the task's; a rule that needs a value of the process asks for it (a contribution's
        // review reads the cycle's fiscal year, and only for a project that names none)
        validator.validate(task.getTaskDefinitionKey(), task::getVariable,
                name -> CallerValues.value(task.getExecution(), name)).forEach(task::setVariable);
    }
}
