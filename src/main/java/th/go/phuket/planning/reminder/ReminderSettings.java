package th.go.phuket.planning.reminder;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import th.go.phuket.planning.support.Messages;

/**
 * When due notices go out: reminders {@code daysBefore} working days before a due date, the overdue notice on the
 * first working day after it, both at {@code sendAt} Bangkok time; managers are warned {@code atRiskWorkingDays}
 * working days before a cycle's submission deadline.
 */
public record ReminderSettings(List<Integer> daysBefore, LocalTime sendAt, int atRiskWorkingDays) {

    public static final String DEFAULT_DAYS_BEFORE = "3,1";
    public static final String DEFAULT_SEND_AT = "08:30";
    public static final int DEFAULT_AT_RISK_WORKING_DAYS = 5;
    private static final int MAX_DAYS = 60;

    public ReminderSettings {
        daysBefore = daysBefore.stream().distinct().sorted((a, b) -> b - a).toList();
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d < 0 || d > MAX_DAYS)) {
            throw new IllegalArgumentException(Messages.get("reminder.settings.daysBefore", daysBefore));
        }
        if (atRiskWorkingDays < 0 || atRiskWorkingDays > MAX_DAYS) {
            throw new IllegalArgumentException(Messages.get("reminder.settings.atRisk", atRiskWorkingDays));
        }
    }

    public static ReminderSettings defaults() {
        return parse(DEFAULT_DAYS_BEFORE, DEFAULT_SEND_AT, DEFAULT_AT_RISK_WORKING_DAYS);
    }

    /** From configuration text: {@code "3,1"}, {@code "08:30"}, {@code 5}; a bad value stops the app with a clear message. */
    public static ReminderSettings parse(String daysBefore, String sendAt, int atRiskWorkingDays) {
        List<Integer> days;
        try {
            days = Arrays.stream(daysBefore.split(",")).map(String::trim).filter(d -> !d.isEmpty())
                    .map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("reminder.settings.daysBefore", daysBefore), e);
        }
        LocalTime time;
        try {
            time = LocalTime.parse(sendAt.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.get("reminder.settings.sendAt", sendAt), e);
        }
        return new ReminderSettings(days, time, atRiskWorkingDays);
    }
}
