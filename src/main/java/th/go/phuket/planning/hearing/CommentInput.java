package th.go.phuket.planning.hearing;

import java.util.Map;

/**
 * A comment as sent by the page's form or {@code POST /api/public/cycles/{cycleId}/comments}, before any check.
 * {@code website} is the honeypot: people never see it, so whoever fills it is a program.
 */
public record CommentInput(String itemId, String text, String sector, String name, String district, String email,
                           Object consent, String website) {

    /** From a JSON body or form fields: values that are not text become their text, absent ones null. */
    public static CommentInput of(Map<String, ?> fields) {
        return new CommentInput(text(fields.get("itemId")), text(fields.get("text")), text(fields.get("sector")),
                text(fields.get("name")), text(fields.get("district")), text(fields.get("email")),
                fields.get("consent"), text(fields.get("website")));
    }

    public boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }

    /** {@code true}, or the text a form checkbox sends ({@code true}, {@code on}, {@code yes}). */
    public boolean consentGiven() {
        if (consent instanceof Boolean given) {
            return given;
        }
        String value = consent instanceof String[] values && values.length > 0 ? values[values.length - 1]
                : consent == null ? "" : consent.toString();
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on") || value.equalsIgnoreCase("yes");
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String[] values) {
            return values.length == 0 ? null : values[0];
        }
        return value.toString();
    }
}
