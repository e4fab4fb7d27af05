package th.go.phuket.planning.mail;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The delivery threads of this node ({@link DeliverySettings#threads()}): each claims a batch of emails that are
 * due, sends them one after the other, and takes the next batch, so no more emails than threads are ever at the mail
 * server at once. An email written on this node wakes them when its transaction commits; otherwise they look every
 * {@link DeliverySettings#pollInterval()}. While a thread holds a batch, the claims it has not sent yet are renewed.
 * Stopping (a normal shutdown) lets the emails in flight finish and be recorded, so a restart never sends them again,
 * and gives the rest of each batch back at once.
 */
@Component
public class DeliveryWorkers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorkers.class);

    private final OutboxDelivery delivery;
    private final DeliverySettings settings;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private long wakeUps;
    private volatile boolean running;
    private ExecutorService threads;
    private ScheduledExecutorService renewal;

    public DeliveryWorkers(OutboxDelivery delivery, DeliverySettings settings) {
        this.delivery = delivery;
        this.settings = settings;
    }

    /** Something may be due now (an email committed, one given another attempt): the idle threads look at once. */
    public void wakeUp() {
        synchronized (signal) {
            wakeUps++;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        AtomicInteger number = new AtomicInteger();
        threads = Executors.newFixedThreadPool(settings.threads(), task -> daemon(task,
                "mail-delivery-" + number.incrementAndGet()));
        renewal = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "mail-delivery-lease"));
        running = true;
        for (int i = 0; i < settings.threads(); i++) {
            threads.execute(this::work);
        }
        long every = settings.renewEvery().toMillis();
        renewal.scheduleWithFixedDelay(this::renewClaims, every, every, TimeUnit.MILLISECONDS);
        LOG.info("Mail delivery: {} thread(s) as {}, looking every {}, claims of {}", settings.threads(),
                delivery.claimant(), settings.pollInterval(), settings.lease());
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        threads.shutdown();
        try {
            // an email at the mail server is let finish and recorded (its SMTP timeouts bound the wait)
            if (!threads.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Mail delivery stopped with {} email(s) still at the mail server: {}", inFlight.size(),
                        inFlight);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        renewal.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    private void work() {
        while (running && !Thread.currentThread().isInterrupted()) {
            long seen;
            synchronized (signal) {
                seen = wakeUps;
            }
            boolean delivered = false;
            try {
                delivered = deliverBatch();
            } catch (RuntimeException e) {
                LOG.warn("Mail delivery cannot read the outbox, trying again in {}: {}", settings.pollInterval(),
                        e.toString());
            }
            if (!delivered) {
                waitForWork(seen);
            }
        }
    }

    private boolean deliverBatch() {
        List<OutboxEntry> claimed = delivery.claimNext();
        if (claimed.isEmpty()) {
            return false;
        }
        List<String> ids = claimed.stream().map(OutboxEntry::id).toList();
        inFlight.addAll(ids);
        int sent = 0;
        try (MailTransport.Connection connection = delivery.connect()) {
            for (; sent < claimed.size() && running; sent++) {
                delivery.deliver(claimed.get(sent), connection);
                inFlight.remove(ids.get(sent));
            }
        } finally {
            if (sent < ids.size()) {
                // stopping, or the outbox cannot be written: the rest goes back at once instead of after its lease
                List<String> rest = ids.subList(sent, ids.size());
                inFlight.removeAll(rest);
                try {
                    delivery.release(rest);
                } catch (RuntimeException e) {
                    LOG.warn("Mail delivery cannot give back {} (taken again after their claims expire): {}", rest,
                            e.toString());
                }
            }
        }
        return true;
    }

    private void waitForWork(long seen) {
        long until = System.nanoTime() + settings.pollInterval().toNanos();
        synchronized (signal) {
            for (long left = until - System.nanoTime(); running && wakeUps == seen && left > 0;
                 left = until - System.nanoTime()) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void renewClaims() {
        try {
            delivery.renew(Set.copyOf(inFlight));
        } catch (RuntimeException e) {
            LOG.warn("Mail delivery cannot renew its claims on {}: {}", inFlight, e.toString());
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
