package th.go.phuket.planning.support;

import java.util.regex.Pattern;

/**
 * Error answers whose own text is English only (the engine's, Spring's) made readable for Thai users: a sentence
 * for the HTTP status, Thai with an English gloss, then the English text itself.
 */
public final class StatusTexts {

    /** The first letter of the text is Thai (the product writes Thai first; echoed Thai values do not count). */
    private static final Pattern THAI_FIRST = Pattern.compile("^[^\\p{L}]*[\\u0E01-\\u0E5B]");

    private StatusTexts() {
    }

    public static boolean isThaiFirst(String text) {
        return text != null && THAI_FIRST.matcher(text).find();
    }

    /** What went wrong in Thai, by status (e.g. 404 ไม่พบข้อมูลที่ขอ). */
    public static String summary(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 409, 415 -> Messages.get("error.status." + status);
            default -> Messages.get(status >= 500 ? "error.status.500" : "error.status.other");
        };
    }

    /** {@code text} as it is when it is Thai first already, else the summary of {@code status}, then {@code text}. */
    public static String thaiFirst(int status, String text) {
        if (isThaiFirst(text)) {
            return text;
        }
        return text == null || text.isBlank() ? summary(status)
                : Messages.get("error.status.format", summary(status), text);
    }
}
