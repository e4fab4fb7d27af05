package th.go.phuket.planning.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** The outbox and its delivery; {@code sendEmailDelegate} is named as {@code mail-delivery.bpmn} names it. */
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
    OutboxWriter outboxWriter(Outbox outbox, ObjectProvider<AttachmentProvider> attachments) {
        return new OutboxWriter(outbox, attachments.orderedStream().toList());
    }

    @Bean
    OutboxQueries outboxQueries(JdbcTemplate jdbc) {
        return new OutboxQueries(jdbc);
    }

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, MailAddresses addresses, JdbcTemplate jdbc,
                                ObjectProvider<AttachmentSource> attachments) {
        return new MailTransport(sender::getIfAvailable, addresses,
                new OutboxAttachments(jdbc, attachments.orderedStream().toList()));
    }

    @Bean
    OutboxDelivery outboxDelivery(Outbox outbox, MailTransport transport) {
        return new OutboxDelivery(outbox, transport);
    }

    @Bean
    MailEnginePlugin mailEnginePlugin(Outbox outbox) {
        return new MailEnginePlugin(outbox);
    }

    @Bean
    SendEmailDelegate sendEmailDelegate(OutboxDelivery delivery) {
        return new SendEmailDelegate(delivery);
    }
}
