package th.go.phuket.planning.security;

import java.util.List;

/** The production profile was started with settings it refuses; {@link #problems()} names each one. */
public class ProductionSettingsException extends IllegalStateException {

    private final List<String> problems;

    public ProductionSettingsException(List<String> problems) {
        super("Refusing to start the postgres profile: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
