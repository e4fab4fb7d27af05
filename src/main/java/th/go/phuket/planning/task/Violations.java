package th.go.phuket.planning.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every problem with an input, one message per field, so a user sees them all at once. */
public final class Violations {

    private final Map<String, String> messagesByField = new LinkedHashMap<>();

    /** Keeps the first message of a field: later checks of a field already wrong would only repeat it. */
    public void add(String field, String message) {
        messagesByField.putIfAbsent(field, message);
    }

    public boolean has(String field) {
        return messagesByField.containsKey(field);
    }

    public boolean isEmpty() {
        return messagesByField.isEmpty();
    }

    /** Field name → Thai/English message, in the order the checks ran. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(messagesByField));
    }

    public String joined() {
        return String.join("; ", messagesByField.values());
    }
}
