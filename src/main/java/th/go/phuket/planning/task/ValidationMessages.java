package th.go.phuket.planning.task;

import th.go.phuket.planning.support.Messages;

/** Error texts of task input checks (keys {@code task.input.*}), with the Thai names of task variables. */
public final class ValidationMessages {

    private static final String FIELD_PREFIX = "task.input.field.";

    private ValidationMessages() {
    }

    public static ValidationMessages load() {
        return new ValidationMessages();
    }

    public String format(String key, Object... args) {
        return Messages.get(key, args);
    }

    /** The Thai name of a variable, e.g. {@code สรุปร่างแผน} for {@code draftSummary}. */
    public String fieldLabel(String variableName) {
        return Messages.get(FIELD_PREFIX + variableName);
    }
}
