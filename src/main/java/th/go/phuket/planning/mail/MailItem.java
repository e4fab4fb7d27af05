package th.go.phuket.planning.mail;

/** One task as an email lists it: name, cycle, due date (B.E. and English), working days left, Tasklist link. */
public record MailItem(
        String taskName,
        String cycleTitle,
        String dueText,
        String dueTextEn,
        String daysLeftText,
        String daysLeftTextEn,
        String link) {
}
