package th.go.phuket.planning.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency (or a file of agencies) refused: every problem, by field ({@code email}, {@code contacts[2].email}) for
 * one agency, or as a list naming the row and column for a file. Nothing was changed.
 */
public class AgencyInputException extends IllegalArgumentException {

    private final Map<String, String> fieldErrors;
    private final List<String> problems;

    public AgencyInputException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
        this.problems = List.copyOf(fieldErrors.values());
    }

    public AgencyInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.fieldErrors = Map.of();
        this.problems = List.copyOf(problems);
    }

    public Map<String, String> fieldErrors() {
        return java.util.Collections.unmodifiableMap(fieldErrors);
    }

    public List<String> problems() {
        return problems;
    }
}
