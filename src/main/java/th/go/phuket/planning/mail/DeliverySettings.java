package th.go.phuket.planning.mail;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the outbox is delivered ({@code planning.mail.delivery.*}).
 *
 * @param enabled      whether this node sends mail (by default: when it runs the engine's jobs)
 * @param threads      delivery threads of this node, each with at most one email at the mail server at a time: the
 *                     most emails a crash of this node can make go out twice
 * @param pollInterval how often a node looks for emails due without being told (retries, a dead node's emails,
 *                     emails written by another node that stopped before sending them)
 * @param lease        how long a claim on an email lasts without being renewed (real time); a live delivery renews
 *                     it every quarter of it, so this is how soon the emails a dead node held are taken again
 * @param retryAfter   the waits after the first, second, ... failed attempt; after the last one the email is FAILED
 * @param claimBatch   how many due emails a thread claims in one commit before sending them one by one (fewer
 *                     commits per email); a batch is sent by one thread, one email at a time, so it changes neither
 *                     how many emails are at the mail server at once nor how many a crash can send twice
 */
@Component
public record DeliverySettings(boolean enabled, int threads, Duration pollInterval, Duration lease,
                               List<Duration> retryAfter, int claimBatch) {

    public static final int DEFAULT_THREADS = 2;
    public static final int DEFAULT_CLAIM_BATCH = 10;
    public static final String DEFAULT_POLL_INTERVAL = "5s";
    public static final String DEFAULT_LEASE = "60s";
    public static final String DEFAULT_RETRY_AFTER = "1m,2m,5m,15m,30m";

    /** From the settings; a node sends mail when it runs the engine's jobs unless {@code enabled} says. */
    public DeliverySettings(
            @Value("${planning.mail.delivery.enabled:${camunda.bpm.job-execution.enabled:true}}") boolean enabled,
            @Value("${planning.mail.delivery.threads:" + DEFAULT_THREADS + "}") int threads,
            @Value("${planning.mail.delivery.poll-interval:" + DEFAULT_POLL_INTERVAL + "}") Duration pollInterval,
            @Value("${planning.mail.delivery.lease:" + DEFAULT_LEASE + "}") Duration lease,
            @Value("${planning.mail.delivery.retry-after:" + DEFAULT_RETRY_AFTER + "}") List<Duration> retryAfter,
            @Value("${planning.mail.delivery.claim-batch:" + DEFAULT_CLAIM_BATCH + "}") int claimBatch) {
        retryAfter = List.copyOf(retryAfter);
        if (threads < 1) {
            throw new IllegalArgumentException("planning.mail.delivery.threads must be 1 or more, got " + threads);
        }
        if (pollInterval.toMillis() < 100) {
            throw new IllegalArgumentException("planning.mail.delivery.poll-interval must be 100ms or more, got "
                    + pollInterval);
        }
        if (lease.toSeconds() < 4) {
            throw new IllegalArgumentException("planning.mail.delivery.lease must be 4s or more, got " + lease);
        }
        if (retryAfter.stream().anyMatch(wait -> wait.isNegative())) {
            throw new IllegalArgumentException("planning.mail.delivery.retry-after must not be negative: " + retryAfter);
        }
        if (claimBatch < 1 || claimBatch > 100) {
            throw new IllegalArgumentException("planning.mail.delivery.claim-batch must be 1 to 100, got "
                    + claimBatch);
        }
        this.enabled = enabled;
        this.threads = threads;
        this.pollInterval = pollInterval;
        this.lease = lease;
        this.retryAfter = retryAfter;
        this.claimBatch = claimBatch;
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(true, DEFAULT_THREADS, Duration.ofSeconds(5), Duration.ofSeconds(60),
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(15),
                        Duration.ofMinutes(30)), DEFAULT_CLAIM_BATCH);
    }

    /** The wait before the next attempt when {@code retriesLeft} retries are left (the first retry waits the least). */
    Duration waitWith(int retriesLeft) {
        int index = Math.max(0, Math.min(retryAfter.size() - 1, retryAfter.size() - retriesLeft));
        return retryAfter.get(index);
    }

    /** How often a live delivery renews its claims. */
    Duration renewEvery() {
        return lease.dividedBy(4);
    }
}
