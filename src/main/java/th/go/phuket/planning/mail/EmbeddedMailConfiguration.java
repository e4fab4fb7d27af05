package th.go.phuket.planning.mail;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;

/**
 * Default profile: mail goes to the embedded GreenMail server, with a mailbox for every agency and for the office,
 * managers and committee. Never in the {@code postgres} profile, whatever the property says: production mail
 * goes to the SMTP server of {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!postgres")
@ConditionalOnProperty(name = "planning.mail.embedded.enabled", havingValue = "true")
class EmbeddedMailConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedMailServer embeddedMailServer(AgencyDirectory directory, MailAddresses addresses,
            @Value("${planning.mail.embedded.bind-address:127.0.0.1}") String bindAddress,
            @Value("${planning.mail.embedded.smtp-port:3025}") int smtpPort,
            @Value("${planning.mail.embedded.imap-port:3143}") int imapPort) {
        List<String> mailboxes = new ArrayList<>(directory.all().stream().map(Agency::email).toList());
        mailboxes.addAll(List.of(addresses.strategyOffice(), addresses.managers(), addresses.committee()));
        return new EmbeddedMailServer(bindAddress, smtpPort, imapPort, mailboxes);
    }

    @Bean
    JavaMailSender javaMailSender(EmbeddedMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.smtpPort());
        sender.setDefaultEncoding("UTF-8");
        // time limits: MailTimeouts, as for every sender
        return sender;
    }
}
