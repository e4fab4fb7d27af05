package th.go.phuket.planning.cycle;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A cycle cannot start with these values. Thrown inside the start transaction, so nothing of the cycle is kept;
 * engine REST and the app's API answer 400 (409 for {@link #duplicate()}) with the message and the field errors.
 */
public class CycleStartRefusedException extends ProcessEngineException {

    private final Map<String, String> fieldErrors;
    private final boolean duplicate;

    public CycleStartRefusedException(Map<String, String> fieldErrors, boolean duplicate) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
        this.duplicate = duplicate;
    }

    /** Variable name → Thai/English message, in the order of the start form. */
    public Map<String, String> fieldErrors() {
        return Map.copyOf(fieldErrors);
    }

    /** True when the cycle id is already taken. */
    public boolean duplicate() {
        return duplicate;
    }
}
