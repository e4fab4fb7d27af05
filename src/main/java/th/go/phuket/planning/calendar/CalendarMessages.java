package th.go.phuket.planning.calendar;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The calendar's user-facing texts from {@code messages.properties} (keys {@code calendar.*}), read without Spring
 * so the plain-Java calendar can use them. Arguments are formatted as plain text ({@code 2561}, never
 * {@code 2,561}).
 */
public final class CalendarMessages {

    private static final String BUNDLE = "messages";
    private static final Locale THAI = Locale.forLanguageTag("th");
    /** Thai, else the base bundle; never the JVM's default locale (an English server must still answer in Thai). */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CalendarMessages() {
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, THAI, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key " + key, e);
        }
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(pattern, THAI).format(texts);
    }
}
