package th.go.phuket.planning.calendar;

import java.util.Arrays;
import th.go.phuket.planning.support.Messages;

/** The calendar's texts (keys {@code calendar.*}); arguments are shown as plain text ({@code 2561}, never {@code 2,561}). */
public final class CalendarMessages {

    private CalendarMessages() {
    }

    public static String get(String key, Object... args) {
        return Messages.get(key, Arrays.stream(args).map(String::valueOf).toArray());
    }
}
