package th.go.phuket.planning.cycle;

import java.util.Map;
import java.util.function.Consumer;

/** What the users of one process must give when they complete its tasks: checks by task definition key. */
public interface TaskInputRules {

    Map<String, Consumer<InputChecks>> byTaskKey();
}
