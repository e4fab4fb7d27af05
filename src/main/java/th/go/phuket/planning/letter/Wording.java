package th.go.phuket.planning.letter;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of the letters, from {@code letters/wording.properties} (one file, so the office's phrasing can be
 * read and changed in one place): texts with named blanks such as {@code {province}}, filled and given the
 * office's digits. The values are written as given, so a blank never turns into markup or another blank.
 */
final class Wording {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("letters.wording", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final Pattern BLANK = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Numerals numerals;

    Wording(Numerals numerals) {
        this.numerals = numerals;
    }

    String text(String key, Map<String, ?> values) {
        String pattern;
        try {
            pattern = TEXTS.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing letter text " + key + " in letters/wording.properties", e);
        }
        Matcher blank = BLANK.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (blank.find()) {
            Object value = values.get(blank.group(1));
            if (value == null) {
                throw new IllegalStateException("Letter text " + key + " needs a value for {" + blank.group(1) + "}");
            }
            blank.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        blank.appendTail(out);
        return numerals.of(out.toString().replaceAll("\\s{2,}", " ").strip());
    }

    String text(String key) {
        return text(key, Map.of());
    }
}
