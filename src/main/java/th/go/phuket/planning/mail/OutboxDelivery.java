package th.go.phuket.planning.mail;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.go.phuket.planning.support.Messages;

/**
 * Sends one outbox row. A row already SENT is never sent again (a retried or repeated job finds it so). A failed
 * attempt is counted at once and rethrown, so the job executor retries with back-off and, after the last attempt,
 * raises an incident; the row is then FAILED until someone retries it from Cockpit.
 */
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final MailTransport transport;
    private final DeliveryAttempts attempts;

    public OutboxDelivery(Outbox outbox, MailTransport transport, DeliveryAttempts attempts) {
        this.outbox = outbox;
        this.transport = transport;
        this.attempts = attempts;
    }

    public void deliver(String outboxId, boolean lastAttempt) {
        OutboxEntry entry = outbox.find(outboxId).orElseThrow(() ->
                new ProcessEngineException(Messages.get("mail.delivery.missing", outboxId)));
        if (entry.status() == OutboxEntry.Status.SENT) {
            LOG.info("Email {} ({}) was sent before, not sending it again", outboxId, entry.idempotencyKey());
            return;
        }
        try {
            transport.send(entry);
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            attempts.recordFailure(outboxId, error, lastAttempt, ClockUtil.getCurrentTime().toInstant());
            throw new ProcessEngineException(Messages.get("mail.delivery.failed", entry.idempotencyKey(), error), e);
        }
        outbox.markSent(outboxId, ClockUtil.getCurrentTime().toInstant());
    }
}
