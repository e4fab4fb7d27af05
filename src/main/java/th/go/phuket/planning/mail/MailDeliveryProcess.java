package th.go.phuket.planning.mail;

/** Keys of the mail delivery process: one instance per outbox row, its only job sends the email. */
public final class MailDeliveryProcess {

    public static final String KEY = "mailDelivery";
    public static final String RESOURCE = "bpmn/mail-delivery.bpmn";

    public static final String START = "Start_EmailWritten";
    public static final String TASK_SEND_EMAIL = "Task_SendEmail";
    public static final String END = "End_EmailSent";

    /** The outbox row to send, and for Cockpit readers its kind and recipients. */
    public static final String VAR_OUTBOX_ID = "outboxId";
    public static final String VAR_KIND = "emailKind";
    public static final String VAR_RECIPIENTS = "recipients";

    private MailDeliveryProcess() {
    }
}
