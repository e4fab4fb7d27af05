package th.go.phuket.planning.mail;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** The outbox, its delivery threads and the SMTP senders' time limits. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailAddresses mailAddresses(
            @Value("${planning.mail.from:" + MailAddresses.DEFAULT_FROM + "}") String from,
            @Value("${planning.mail.strategy-office:" + MailAddresses.DEFAULT_STRATEGY_OFFICE + "}") String office,
            @Value("${planning.mail.managers:" + MailAddresses.DEFAULT_MANAGERS + "}") String managers,
            @Value("${planning.mail.committee:" + MailAddresses.DEFAULT_COMMITTEE + "}") String committee,
            @Value("${planning.public-url:" + MailAddresses.DEFAULT_PUBLIC_URL + "}") String publicUrl) {
        return new MailAddresses(from, office, managers, committee, publicUrl);
    }

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }

    @Bean
    Outbox outbox() {
        return new Outbox();
    }

    @Bean
    OutboxWriter outboxWriter(Outbox outbox, DeliveryWorkers workers) {
        return new OutboxWriter(outbox, workers::wakeUp);
    }

    @Bean
    OutboxQueries outboxQueries(JdbcTemplate jdbc) {
        return new OutboxQueries(jdbc);
    }

    /** Static: a post-processor must exist before the senders it changes. */
    @Bean
    static MailTimeouts mailTimeouts() {
        return new MailTimeouts();
    }

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, MailAddresses addresses) {
        return new MailTransport(sender::getIfAvailable, addresses);
    }

    /** A node sends mail when it runs the engine's jobs, unless {@code planning.mail.delivery.enabled} says. */
    @Bean
    DeliverySettings deliverySettings(
            @Value("${planning.mail.delivery.enabled:${camunda.bpm.job-execution.enabled:true}}") boolean enabled,
            @Value("${planning.mail.delivery.threads:" + DeliverySettings.DEFAULT_THREADS + "}") int threads,
            @Value("${planning.mail.delivery.poll-interval:" + DeliverySettings.DEFAULT_POLL_INTERVAL + "}")
            String pollInterval,
            @Value("${planning.mail.delivery.lease:" + DeliverySettings.DEFAULT_LEASE + "}") String lease,
            @Value("${planning.mail.delivery.retry-after:" + DeliverySettings.DEFAULT_RETRY_AFTER + "}")
            String retryAfter) {
        List<Duration> waits = Arrays.stream(retryAfter.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(DurationStyle::detectAndParse).toList();
        return new DeliverySettings(enabled, threads, DurationStyle.detectAndParse(pollInterval),
                DurationStyle.detectAndParse(lease), waits);
    }

    @Bean
    DeliveryQueue deliveryQueue(JdbcTemplate jdbc) {
        return new DeliveryQueue(jdbc);
    }

    @Bean
    OutboxDelivery outboxDelivery(DeliveryQueue queue, MailTransport transport, DeliverySettings settings) {
        return new OutboxDelivery(queue, transport, settings, Clock.systemUTC(), claimant());
    }

    @Bean
    DeliveryWorkers deliveryWorkers(OutboxDelivery delivery, DeliverySettings settings) {
        return new DeliveryWorkers(delivery, settings);
    }

    @Bean
    LegacyDeliveryCleanup legacyDeliveryCleanup() {
        return new LegacyDeliveryCleanup();
    }

    /** Who holds a claim, as the outbox shows it: host, process id and a random part (a restart is someone else). */
    private static String claimant() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
