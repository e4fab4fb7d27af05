package th.go.phuket.planning.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox as the delivery sees it: which emails are due, who holds which, what became of each attempt. Every
 * statement is a transaction of its own on a connection of the pool (auto-commit), never the engine's, except a
 * batch of claims, which is one transaction: so a claim is seen by every other delivery thread and node the moment
 * it is committed, and "sent" is recorded the moment the mail server took the email. Claims run in real time
 * ({@code realNow}); when an email is due runs on the engine clock ({@code now}), which the rehearsal moves forward:
 * a jump makes a waiting retry due, never a held email free.
 */
@Component
public class DeliveryQueue {

    private static final int MAX_ERROR = 2000;
    private static final String DUE = "status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= ?)"
            + " and (claimed_until is null or claimed_until < ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public DeliveryQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    /**
     * Ids of up to {@code limit} emails due and held by nobody, the longest waiting first; the id breaks ties, so
     * every thread and node goes through the rows in one order and two batches of claims never wait on each other
     * in a circle.
     */
    public List<String> due(Instant now, Instant realNow, int limit) {
        return jdbc.queryForList("select id from pc_outbox where " + DUE
                + " order by next_attempt_at, created_at, id fetch first " + limit + " rows only", String.class,
                ts(now), ts(realNow));
    }

    /**
     * Claims up to {@code most} of {@code ids} (in that order) for {@code claimant} in one transaction, so one
     * commit holds a whole batch; a row another delivery claims meanwhile is skipped (it waits for that claim's
     * commit, then is no longer due). Returns the rows claimed, as they are now.
     */
    public List<OutboxEntry> claimBatch(List<String> ids, int most, String claimant, Instant now, Instant realNow,
                                        Instant leaseUntil) {
        List<String> claimed = transaction.execute(status -> {
            List<String> taken = new ArrayList<>();
            for (String id : ids) {
                if (taken.size() == most) {
                    break;
                }
                if (claim(id, claimant, now, realNow, leaseUntil)) {
                    taken.add(id);
                }
            }
            return taken;
        });
        if (claimed == null || claimed.isEmpty()) {
            return List.of();
        }
        // read back in one query, in the order claimed
        Map<String, OutboxEntry> byId = new HashMap<>();
        jdbc.query("select " + Outbox.COLUMNS + " from pc_outbox where id in ("
                        + String.join(", ", Collections.nCopies(claimed.size(), "?")) + ")",
                (row, n) -> Outbox.read(row), claimed.toArray()).forEach(entry -> byId.put(entry.id(), entry));
        return claimed.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Gives back the claims {@code claimant} holds on {@code ids} and has not sent (a stop with a batch left). */
    public int release(Collection<String> ids, String claimant) {
        int released = 0;
        for (String id : ids) {
            released += jdbc.update("update pc_outbox set claimed_until = null, claimed_by = null where id = ?"
                    + " and claimed_by = ? and status = 'PENDING'", id, claimant);
        }
        return released;
    }

    /**
     * Takes email {@code id} for {@code claimant} until {@code leaseUntil} if it is still due and held by nobody;
     * of two deliveries claiming at once exactly one gets it (the row lock decides, the other updates nothing).
     */
    public boolean claim(String id, String claimant, Instant now, Instant realNow, Instant leaseUntil) {
        return jdbc.update("update pc_outbox set claimed_until = ?, claimed_by = ? where id = ? and " + DUE,
                ts(leaseUntil), claimant, id, ts(now), ts(realNow)) == 1;
    }

    /** Extends the claims {@code claimant} still holds on {@code ids}; returns how many it still held. */
    public int renew(Collection<String> ids, String claimant, Instant leaseUntil) {
        int renewed = 0;
        for (String id : ids) {
            renewed += jdbc.update("update pc_outbox set claimed_until = ? where id = ? and claimed_by = ?"
                    + " and status = 'PENDING'", ts(leaseUntil), id, claimant);
        }
        return renewed;
    }

    /** The mail server took the email: SENT, whoever held it (it is out, whatever else was going on). */
    public void markSent(String id, Instant now) {
        jdbc.update("update pc_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, updated_at = ?,"
                + " claimed_until = null, claimed_by = null where id = ?", ts(now), ts(now), id);
    }

    /**
     * Counts a failed attempt and frees the email: PENDING until {@code nextAttempt}, or FAILED when that is null
     * (no retry left). Only while {@code claimant} still holds it (a claim taken over meanwhile is not touched).
     */
    public boolean recordFailure(String id, String claimant, String error, Instant nextAttempt, int retriesLeft,
                                 Instant now) {
        return jdbc.update("update pc_outbox set attempts = attempts + 1, last_error = ?, status = ?,"
                + " next_attempt_at = ?, retries_left = ?, claimed_until = null, claimed_by = null, updated_at = ?"
                + " where id = ? and status = 'PENDING' and claimed_by = ?",
                error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error,
                nextAttempt == null ? OutboxEntry.Status.FAILED.name() : OutboxEntry.Status.PENDING.name(),
                nextAttempt == null ? null : ts(nextAttempt), retriesLeft, ts(now), id, claimant) == 1;
    }

    /** Gives a FAILED email one more attempt, at once; false when it is not FAILED (or not there). */
    public boolean sendAgain(String id, Instant now) {
        return jdbc.update("update pc_outbox set status = 'PENDING', retries_left = 0, next_attempt_at = ?,"
                + " updated_at = ? where id = ? and status = 'FAILED'", ts(now), ts(now), id) == 1;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
