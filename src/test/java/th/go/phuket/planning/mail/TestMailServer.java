package th.go.phuket.planning.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail on free ports) for the engine-only tests, started once per test JVM: the delivery
 * jobs that process tests run really send their emails here.
 */
public final class TestMailServer {

    private static EmbeddedMailServer server;

    private TestMailServer() {
    }

    public static synchronized EmbeddedMailServer server() {
        if (server == null) {
            server = new EmbeddedMailServer("127.0.0.1", 0, 0, List.of());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server().host());
        sender.setPort(server().smtpPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    public static GreenMail greenMail() {
        return server().greenMail();
    }

    /** The messages in the mailbox of {@code address} (a message to several addresses is in each of their boxes). */
    public static List<MimeMessage> receivedBy(String address) {
        return greenMail().findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .toList();
    }

    public static void clear() {
        try {
            greenMail().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
