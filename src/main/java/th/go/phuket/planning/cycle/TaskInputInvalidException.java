package th.go.phuket.planning.cycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The values given to complete a task are missing or wrong. Thrown by the task's complete listener, so the engine
 * rolls the completion back and the task stays open. A {@link ProcessEngineException} without a cause is never turned
 * into a BPMN error, so no error boundary event can swallow it.
 */
public class TaskInputInvalidException extends ProcessEngineException {

    private final String taskDefinitionKey;
    private final Map<String, String> fieldErrors;

    public TaskInputInvalidException(String taskDefinitionKey, String message, Map<String, String> fieldErrors) {
        super(message);
        this.taskDefinitionKey = taskDefinitionKey;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    /** Variable name → Thai/English message, in the order of the form. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
