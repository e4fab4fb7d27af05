package th.go.phuket.planning.letter;

import java.util.regex.Pattern;

/**
 * Spaces a Thai typist never lets a line break at: inside a date (๒๐ สิงหาคม ๒๕๖๑), after พ.ศ., between the groups
 * of a phone number, inside a register number (ภก ๐๐๑๗.๒/ว ๑๒) and before น. of a time. They become no-break
 * spaces in the document and on the page; the texts kept with the letter keep plain spaces.
 */
public final class Typography {

    static final char NO_BREAK = '\u00a0';
    private static final String DIGIT = "[0-9๐-๙]";
    private static final String MONTH = "(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
            + "|พฤศจิกายน|ธันวาคม)";
    private static final Pattern GLUED = Pattern.compile(String.join("|",
            "(?<=พ\\.ศ\\.) (?=" + DIGIT + ")",
            "(?<=" + DIGIT + ") (?=" + DIGIT + ")",
            "(?<=" + DIGIT + ") (?=" + MONTH + ")",
            "(?<=" + MONTH + ") (?=" + DIGIT + ")",
            "(?<=[ก-ฮ]) (?=" + DIGIT + "{4}[./])",
            "(?<=/ว) (?=" + DIGIT + ")",
            "(?<=" + DIGIT + ") (?=น\\.)"));

    private Typography() {
    }

    public static String keepTogether(String text) {
        return text == null ? null : GLUED.matcher(text).replaceAll(String.valueOf(NO_BREAK));
    }
}
