package th.go.phuket.planning.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.phuket.planning.calendar.ThaiDates;

/**
 * Digits as the office writes them: Thai digits (๐–๙) by default, as official letters do, or Arabic digits when
 * the office turns {@code planning.letters.thai-digits} off. Web addresses and email addresses keep their digits
 * (a reader types them as printed), and so do codes such as {@code 4M} or {@code PKT-M1}.
 */
public record Numerals(boolean thai) {

    /** Web and email addresses, and codes mixing digits with Latin letters (4M, PKT-M1), keep Arabic digits. */
    private static final Pattern ADDRESS = Pattern.compile("\\b[a-z][a-z0-9+.-]*://\\S+|\\S+@\\S+|[\\w-]*[A-Za-z][\\w-]*");

    public String of(String text) {
        if (!thai || text == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher address = ADDRESS.matcher(text);
        int from = 0;
        while (address.find()) {
            out.append(ThaiDates.thaiDigits(text.substring(from, address.start()))).append(address.group());
            from = address.end();
        }
        return out.append(ThaiDates.thaiDigits(text.substring(from))).toString();
    }

    public String of(long number) {
        return of(Long.toString(number));
    }
}
