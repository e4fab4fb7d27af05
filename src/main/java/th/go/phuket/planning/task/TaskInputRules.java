package th.go.phuket.planning.task;

import java.util.Map;
import java.util.function.Consumer;

/** What the users of one process must give when they complete its tasks: checks by task definition key. */
public interface TaskInputRules {

    Map<String, Consumer<InputChecks>> byTaskKey();

    /**
     * The decision variable of each task that decides afresh every time it is met (a loop brings it back):
     * task definition key → variable name, reset when the task is created ({@link ResetDecisionListener}).
     */
    default Map<String, String> decisionByTaskKey() {
        return Map.of();
    }
}
