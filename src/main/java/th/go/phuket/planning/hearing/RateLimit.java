package th.go.phuket.planning.hearing;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code comments} comments per client address within {@code window} ({@code planning.hearing.rate-limit},
 * written {@code 5/10m}: a count, a slash and a duration in s, m, h or d; or an ISO duration such as
 * {@code 5/PT10M}).
 */
public record RateLimit(int comments, Duration window) {

    public static final String DEFAULT = "5/10m";
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)\\s*([smhd])");
    private static final Pattern ISO = Pattern.compile("(\\d+)\\s*/\\s*(P\\S+)", Pattern.CASE_INSENSITIVE);

    public RateLimit {
        if (comments < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("planning.hearing.rate-limit needs at least 1 comment in a window"
                    + " longer than zero, e.g. 5/10m");
        }
    }

    public static RateLimit parse(String text) {
        String value = text == null ? "" : text.strip();
        Matcher short_ = SHORT.matcher(value.toLowerCase(Locale.ROOT));
        if (short_.matches()) {
            long amount = Long.parseLong(short_.group(2));
            Duration window = switch (short_.group(3)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return new RateLimit(Integer.parseInt(short_.group(1)), window);
        }
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return new RateLimit(Integer.parseInt(iso.group(1)), Duration.parse(iso.group(2).toUpperCase(Locale.ROOT)));
        }
        throw new IllegalArgumentException("planning.hearing.rate-limit: \"" + text
                + "\" is not <comments>/<duration>, e.g. 5/10m or 5/PT10M");
    }
}
