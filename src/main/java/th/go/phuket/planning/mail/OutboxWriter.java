package th.go.phuket.planning.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Puts an email in the outbox inside the engine command that causes it: if that work rolls back, the row does not
 * exist; once it commits, the email will be sent even if the app stops right after (a delivery thread of any node
 * finds the row). The commit itself wakes this node's delivery threads, so the email goes out at once.
 */
@Component
public class OutboxWriter {

    private final Outbox outbox;
    private final Runnable deliverSoon;
    private final List<AttachmentProvider> attachments;

    /**
     * In the app: the commit wakes this node's delivery threads; other features add their files to some emails
     * (e.g. the official letters).
     */
    @Autowired
    public OutboxWriter(Outbox outbox, DeliveryWorkers workers, ObjectProvider<AttachmentProvider> attachments) {
        this(outbox, workers::wakeUp, attachments.orderedStream().toList());
    }

    /** {@code deliverSoon} runs after the writing transaction committed (e.g. {@link DeliveryWorkers#wakeUp()}). */
    public OutboxWriter(Outbox outbox, Runnable deliverSoon) {
        this(outbox, deliverSoon, List.of());
    }

    public OutboxWriter(Outbox outbox, Runnable deliverSoon, List<AttachmentProvider> attachments) {
        this.outbox = outbox;
        this.deliverSoon = deliverSoon;
        this.attachments = List.copyOf(attachments);
    }

    /** Writes {@code email} unless its idempotency key is already in the outbox; returns the new row's id. */
    public Optional<String> write(Email email) {
        if (outbox.exists(email.idempotencyKey())) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        outbox.insert(id, email, now);
        List<OutboxAttachment> files = attachments.stream().flatMap(provider -> provider.attachmentsFor(email).stream())
                .toList();
        if (!files.isEmpty()) {
            outbox.insertAttachments(id, files);
        }
        Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> deliverSoon.run());
        return Optional.of(id);
    }

    /** Whether an email with this key was written before (used to pick the key of a later email of the day). */
    public boolean exists(String idempotencyKey) {
        return outbox.exists(idempotencyKey);
    }
}
