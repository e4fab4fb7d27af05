package th.go.phuket.planning.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Puts an email in the outbox and starts its delivery, both inside the engine command that causes the email: if
 * that work rolls back, neither the row nor its delivery job exist; once it commits, the email will be sent even
 * if the app stops right after.
 */
@Component
public class OutboxWriter {

    private final Outbox outbox;
    private final List<AttachmentProvider> attachments;

    public OutboxWriter(Outbox outbox) {
        this(outbox, List.of());
    }

    /** With other features' files for some emails (e.g. the official letters). */
    @Autowired
    public OutboxWriter(Outbox outbox, ObjectProvider<AttachmentProvider> attachments) {
        this(outbox, attachments.orderedStream().toList());
    }

    public OutboxWriter(Outbox outbox, List<AttachmentProvider> attachments) {
        this.outbox = outbox;
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

        Map<String, Object> variables = new HashMap<>();
        variables.put(MailDeliveryProcess.VAR_OUTBOX_ID, id);
        variables.put(MailDeliveryProcess.VAR_KIND, email.kind().name());
        variables.put(MailDeliveryProcess.VAR_RECIPIENTS, Outbox.joinAddresses(email.to()));
        Context.getProcessEngineConfiguration().getRuntimeService()
                .startProcessInstanceByKey(MailDeliveryProcess.KEY, email.cycleId(), variables);
        return Optional.of(id);
    }

    /** Whether an email with this key was written before (used to pick the key of a later email of the day). */
    public boolean exists(String idempotencyKey) {
        return outbox.exists(idempotencyKey);
    }
}
