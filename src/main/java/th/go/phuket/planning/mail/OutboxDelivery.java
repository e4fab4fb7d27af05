package th.go.phuket.planning.mail;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.go.phuket.planning.support.Messages;

/**
 * Sends one outbox row. A row already SENT is never sent again (a retried or repeated job finds it so). A failure
 * is rethrown: the job executor retries with back-off and, after the last attempt, raises an incident, and
 * {@link DeliveryFailures} counts each attempt on the row (FAILED after the last one, until someone retries it
 * from Cockpit).
 */
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final MailTransport transport;

    public OutboxDelivery(Outbox outbox, MailTransport transport) {
        this.outbox = outbox;
        this.transport = transport;
    }

    public void deliver(String outboxId) {
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
            throw new ProcessEngineException(Messages.get("mail.delivery.failed", entry.idempotencyKey(), error), e);
        }
        outbox.markSent(outboxId, ClockUtil.getCurrentTime().toInstant());
    }
}
