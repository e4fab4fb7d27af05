package th.go.phuket.planning.reminder;

import java.time.LocalDate;
import th.go.phuket.planning.mail.EmailKind;

/** The notice a task is due for at a moment: a {@code REMINDER} or the {@code OVERDUE} notice of day {@code pointDay}. */
public record DueNotice(EmailKind kind, LocalDate pointDay) {
}
