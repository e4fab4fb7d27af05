package th.go.phuket.planning.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.support.Messages;

/**
 * Sends one outbox row. A row already SENT is never sent again (a retried or repeated job finds it so). Before
 * sending, the delivery claims the row for a short lease and, once the mail server took the email, marks it SENT,
 * each in a transaction of its own: a second run of the same job at the same moment (its lock expired because the
 * demo clock jumped, or a node stalled) finds the claim and sends nothing, and a delivery job whose own commit
 * fails after sending is retried into "already sent". A failure is rethrown: the job executor retries with
 * back-off and, after the last attempt, raises an incident, and {@link DeliveryFailures} counts each attempt on the
 * row (FAILED after the last one, until someone retries it from Cockpit).
 */
@Component
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    /** How long one delivery holds its email (SMTP timeouts are 30 s); real time, whatever the engine clock says. */
    static final Duration LEASE = Duration.ofMinutes(2);

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
        Instant realNow = Instant.now();
        if (!Boolean.TRUE.equals(separately(() -> outbox.claim(outboxId, realNow, realNow.plus(LEASE))))) {
            if (separately(() -> outbox.find(outboxId)).map(OutboxEntry::status).orElse(null)
                    == OutboxEntry.Status.SENT) {
                LOG.info("Email {} ({}) was sent meanwhile, not sending it again", outboxId, entry.idempotencyKey());
                return;
            }
            // another run of this delivery is sending it right now: try again later, without counting a failure
            throw new OptimisticLockingException(Messages.get("mail.delivery.busy", entry.idempotencyKey()));
        }
        try {
            transport.send(entry);
        } catch (RuntimeException e) {
            separately(() -> {
                outbox.release(outboxId);
                return null;
            });
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ProcessEngineException(Messages.get("mail.delivery.failed", entry.idempotencyKey(), error), e);
        }
        // recorded at once, not with the job: should the job's own transaction fail now, its retry finds it SENT
        separately(() -> {
            outbox.markSent(outboxId, ClockUtil.getCurrentTime().toInstant());
            return null;
        });
    }

    /** Runs outbox work in a transaction of its own, committed before the delivery job's. */
    private static <T> T separately(Supplier<T> work) {
        return Context.getProcessEngineConfiguration().getCommandExecutorTxRequiresNew()
                .execute(commandContext -> work.get());
    }
}
