package th.go.phuket.planning.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.support.Messages;

/**
 * Sends outbox rows, one claimed row at a time. A delivery first claims a batch of rows in one commit (a lease in
 * real time, renewed while it runs), then for each row in turn hands the email to the mail server and records SENT,
 * each committed on its own: two deliveries never hold one row at once, a row SENT is never claimed again, and a row
 * claimed but not yet sent is only late, never sent twice, when its node dies (another takes it after the lease). A
 * failed attempt is counted on the row and the row waits out its back-off; after the last retry it is FAILED, for
 * the office to send again from {@code /outbox}. The one way an email goes out twice is a crash (or a lost
 * connection to the database) between the mail server's "accepted" and the SENT record: that can only be a row in
 * flight, so at most one per delivery thread (see {@link DeliverySettings#threads()}), and its stable Message-ID
 * lets mail systems tell the repeat.
 */
@Component
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final DeliveryQueue queue;
    private final MailTransport transport;
    private final DeliverySettings settings;
    private final Clock realTime;
    private final String claimant;

    /** In the app: real time, and a claimant name for this process (host, process id, a random part). */
    @Autowired
    public OutboxDelivery(DeliveryQueue queue, MailTransport transport, DeliverySettings settings) {
        this(queue, transport, settings, Clock.systemUTC(), claimantOfThisProcess());
    }

    public OutboxDelivery(DeliveryQueue queue, MailTransport transport, DeliverySettings settings, Clock realTime,
                          String claimant) {
        this.queue = queue;
        this.transport = transport;
        this.settings = settings;
        this.realTime = realTime;
        this.claimant = claimant;
    }

    /**
     * Claims the emails due longest in one commit, if any is due and held by nobody: up to
     * {@link DeliverySettings#claimBatch()}, and no more than this thread's share of what is due; empty when none is.
     */
    public List<OutboxEntry> claimNext() {
        int batch = settings.claimBatch();
        int page = batch * (settings.threads() + 1);
        // other threads and nodes claim from the same first rows: when they took a whole page, look again
        for (int round = 0; round < 3; round++) {
            Instant realNow = realTime.instant();
            Instant now = engineNow();
            List<String> due = queue.due(now, realNow, page);
            // a few emails are shared out between the threads, so they still go to the mail server side by side
            int share = Math.min(batch, (due.size() + settings.threads() - 1) / settings.threads());
            List<OutboxEntry> claimed = due.isEmpty() ? List.of()
                    : queue.claimBatch(due, share, claimant, now, realNow, realNow.plus(settings.lease()));
            if (!claimed.isEmpty() || due.size() < page) {
                return claimed;
            }
        }
        return List.of();
    }

    /**
     * Sends an email this delivery claimed over a connection it keeps for its batch ({@link #connect()}) and records
     * what happened: SENT committed before the next email of the batch goes to the server.
     */
    public void deliver(OutboxEntry claimed, MailTransport.Connection connection) {
        try {
            connection.send(claimed);
        } catch (RuntimeException e) {
            recordFailure(claimed, e);
            return;
        }
        recordSent(claimed);
    }

    /** A connection to the mail server for the emails of one claimed batch; close it when the batch is done. */
    public MailTransport.Connection connect() {
        return transport.connect();
    }

    /** Claims and sends every email due, one after the other, until none is left; returns how many it tried. */
    public int deliverDue() {
        int tried = 0;
        for (List<OutboxEntry> batch = claimNext(); !batch.isEmpty(); batch = claimNext()) {
            try (MailTransport.Connection connection = connect()) {
                batch.forEach(claimed -> deliver(claimed, connection));
            }
            tried += batch.size();
        }
        return tried;
    }

    /** Renews this delivery's claims on the rows it is sending. */
    public void renew(Collection<String> ids) {
        if (!ids.isEmpty()) {
            queue.renew(ids, claimant, realTime.instant().plus(settings.lease()));
        }
    }

    /** Gives back claimed emails this delivery will not send now (it is stopping): another thread or node may. */
    public void release(Collection<String> ids) {
        if (!ids.isEmpty()) {
            queue.release(ids, claimant);
        }
    }

    /** Gives a FAILED email one more attempt, now; false when there is no such email or it is not FAILED. */
    public boolean sendAgain(String id) {
        boolean again = queue.sendAgain(id, engineNow());
        if (again) {
            LOG.info("Email {} is sent again (asked for after it FAILED)", id);
        }
        return again;
    }

    public String claimant() {
        return claimant;
    }

    private void recordSent(OutboxEntry claimed) {
        // a database that hiccups right now would leave a sent email looking unsent: try a few times before the
        // lease runs out, as the email would otherwise go out again once it does
        for (int attempt = 1; ; attempt++) {
            try {
                queue.markSent(claimed.id(), engineNow());
                LOG.debug("Email {} ({}) sent", claimed.id(), claimed.idempotencyKey());
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    LOG.error("Email {} ({}) was sent but cannot be recorded as sent; it will be sent again once its"
                            + " claim expires", claimed.id(), claimed.idempotencyKey(), e);
                    return;
                }
                pause(settings.renewEvery().toMillis() / 4);
            }
        }
    }

    private void recordFailure(OutboxEntry claimed, RuntimeException failure) {
        String cause = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int retriesLeft = Math.min(settings.retryAfter().size(),
                claimed.retriesLeft() == null ? settings.retryAfter().size() : claimed.retriesLeft());
        Instant now = engineNow();
        Instant next = retriesLeft > 0 ? now.plus(settings.waitWith(retriesLeft)) : null;
        String error = Messages.get(next == null ? "mail.delivery.gaveUp" : "mail.delivery.failed",
                claimed.idempotencyKey(), cause);
        queue.recordFailure(claimed.id(), claimant, error, next, Math.max(0, retriesLeft - 1), now);
        if (next == null) {
            LOG.error("Email {} ({}) FAILED after its last attempt; send it again from /outbox or POST"
                    + " /api/outbox/{}/send-again: {}", claimed.id(), claimed.idempotencyKey(), claimed.id(), cause);
        } else {
            LOG.warn("Email {} ({}) not sent, next attempt at {}: {}", claimed.id(), claimed.idempotencyKey(), next,
                    cause);
        }
    }

    /** Who holds a claim, as the outbox shows it: host, process id and a random part (a restart is someone else). */
    private static String claimantOfThisProcess() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/" + java.util.UUID.randomUUID().toString()
                .substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    private static Instant engineNow() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
