package th.go.phuket.planning.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Checks what a user gives to complete a task, whatever the path (Tasklist form, engine REST, Java API): Camunda
 * Forms check required fields only in the browser. Plain Java: engine-only tests build it with {@code new}.
 */
@Service
public class TaskInputValidator {

    private final Map<String, Consumer<InputChecks>> rulesByTaskKey = new HashMap<>();
    private final ValidationMessages messages = ValidationMessages.load();

    public TaskInputValidator(List<TaskInputRules> rules) {
        for (TaskInputRules processRules : rules) {
            processRules.byTaskKey().forEach((taskKey, checks) -> {
                if (rulesByTaskKey.putIfAbsent(taskKey, checks) != null) {
                    throw new IllegalStateException("Two sets of input rules for task " + taskKey);
                }
            });
        }
    }

    /** The task definition keys that have rules. */
    public Set<String> taskKeys() {
        return Set.copyOf(rulesByTaskKey.keySet());
    }

    /**
     * @param variables the task's variables by name, as the task sees them after the user's values were set
     * @param processValues a value of the task's process, or of the process that called it, for rules that ask
     * @return values to store back in a clean form (e.g. a count sent as text), by variable name; usually empty
     * @throws TaskInputInvalidException with every problem of the task in one Thai/English message
     */
    public Map<String, Object> validate(String taskDefinitionKey, Function<String, Object> variables,
            Function<String, Object> processValues) {
        Consumer<InputChecks> rules = rulesByTaskKey.get(taskDefinitionKey);
        if (rules == null) {
            return Map.of();
        }
        InputChecks checks = new InputChecks(variables, processValues, messages);
        rules.accept(checks);
        Violations violations = checks.violations();
        if (!violations.isEmpty()) {
            throw new TaskInputInvalidException(taskDefinitionKey,
                    messages.format("task.input.rejected", violations.joined()), violations.asMap());
        }
        return checks.corrections();
    }

    /** For values given as a map: a process value is looked up in the same map. */
    public Map<String, Object> validate(String taskDefinitionKey, Map<String, ?> variables) {
        return validate(taskDefinitionKey, variables::get, variables::get);
    }
}
