package th.go.phuket.planning.mail;

/** The emails of the product (SPEC, Emails). The template of a kind is {@code mail/<template>.html|txt}. */
public enum EmailKind {
    TASK_ASSIGNED("task-assigned"),
    REMINDER("reminder"),
    OVERDUE("overdue"),
    RETURNED("returned"),
    HEARING_INVITATION("hearing-invitation"),
    DEADLINE_AT_RISK("deadline-at-risk"),
    PLAN_SUBMITTED("plan-submitted"),
    COMMENTS_OPEN("comments-open"),
    COMMENT_ANSWERED("comment-answered");

    private final String template;

    EmailKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    /** The kind named {@code name} (as stored and as {@code GET /api/outbox?kind=} takes it), if there is one. */
    public static java.util.Optional<EmailKind> parse(String name) {
        for (EmailKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
