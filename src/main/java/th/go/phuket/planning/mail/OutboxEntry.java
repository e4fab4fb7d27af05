package th.go.phuket.planning.mail;

import java.time.Instant;
import java.util.List;

/**
 * One row of the outbox as read back: the email and where its delivery stands. {@code nextAttemptAt} is when a
 * PENDING email is due (engine clock), {@code retriesLeft} how many retries it has after the next failure (null:
 * the whole back-off of {@link DeliverySettings#retryAfter()}).
 */
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
        Instant sentAt,
        Instant nextAttemptAt,
        Integer retriesLeft) {

    public enum Status { PENDING, SENT, FAILED }
}
