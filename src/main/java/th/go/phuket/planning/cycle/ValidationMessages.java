package th.go.phuket.planning.cycle;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Error texts from {@code messages.properties} (Thai first, English in parentheses), loaded without Spring so the
 * engine-only tests get the same words as the app. Always the base bundle: every text already carries both languages,
 * so the JVM's default locale must not pick a different file.
 */
public final class ValidationMessages {

    private static final String BUNDLE = "messages";
    private static final String FIELD_PREFIX = "task.input.field.";

    private final ResourceBundle bundle;

    private ValidationMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ValidationMessages load() {
        return new ValidationMessages(ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String format(String key, Object... args) {
        String pattern = text(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The Thai name of a variable, e.g. {@code สรุปร่างแผน} for {@code draftSummary}. */
    public String fieldLabel(String variableName) {
        return text(FIELD_PREFIX + variableName);
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key " + key + " in " + BUNDLE + ".properties", e);
        }
    }
}
