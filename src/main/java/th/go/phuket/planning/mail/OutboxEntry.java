package th.go.phuket.planning.mail;

import java.time.Instant;
import java.util.List;

/** One row of the outbox as read back: the email and where its delivery stands. */
public record OutboxEntry(
        String id,
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
        String ics,
        Status status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt) {

    public enum Status { PENDING, SENT, FAILED }
}
