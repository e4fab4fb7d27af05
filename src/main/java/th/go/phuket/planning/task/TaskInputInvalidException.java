package th.go.phuket.planning.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The values given to complete a task are missing or wrong. Thrown by the task's complete listener, so the engine
 * rolls the completion back and the task stays open. The engine wraps it twice ("ENGINE-03051 … Message: 'Exception
 * while invoking TaskListener: …'"), so callers that want the field errors look for it with {@link #findIn}. An
 * error event catches it only when its error code names this class.
 */
public class TaskInputInvalidException extends ProcessEngineException {

    private final String taskDefinitionKey;
    private final Map<String, String> fieldErrors;

    public TaskInputInvalidException(String taskDefinitionKey, String message, Map<String, String> fieldErrors) {
        super(message);
        this.taskDefinitionKey = taskDefinitionKey;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** The refusal behind an engine exception, e.g. in an API that answers 400 with field errors. */
    public static Optional<TaskInputInvalidException> findIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputInvalidException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    /** Variable name → Thai/English message, in the order of the form. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
