package th.go.phuket.planning.mail;

import java.util.List;

/**
 * One email as the outbox keeps it: what it is about (kind, cycle, process, task), who gets it, and the rendered
 * subject, bodies and optional iCalendar attachment. {@code idempotencyKey} names the email uniquely (task or
 * agency, kind, day): writing the same key twice writes nothing the second time.
 */
public record Email(
        String idempotencyKey,
        EmailKind kind,
        String cycleId,
        String processInstanceId,
        String taskId,
        List<String> to,
        List<String> cc,
        String subject,
        String text,
        String html,
        String ics) {

    public Email {
        to = List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("An email needs at least one recipient: " + idempotencyKey);
        }
    }
}
