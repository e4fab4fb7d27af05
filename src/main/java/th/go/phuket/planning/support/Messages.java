package th.go.phuket.planning.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's texts from {@code messages.properties}, usable without Spring (listeners run in engine-only tests
 * too). Every text carries both languages, Thai first with an English gloss, so there is one bundle: always the
 * base file, never one picked by the JVM's default locale.
 */
public final class Messages {

    private static final String BUNDLE = "messages";
    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text of {@code key}, its {@code {0}}… filled by {@link MessageFormat} (pass numbers as text to avoid 2,561). */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, BASE_ONLY).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key " + key + " in " + BUNDLE + ".properties", e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
