package th.go.phuket.planning.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's texts from {@code messages*.properties}, usable without Spring (listeners run in engine-only tests
 * too). The default bundle is Thai with an English gloss, the language users read first.
 */
public final class Messages {

    private static final String BUNDLE = "messages";
    private static final Locale THAI = Locale.forLanguageTag("th");

    private Messages() {
    }

    public static String get(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, THAI).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, THAI).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key " + key, e);
        }
    }
}
