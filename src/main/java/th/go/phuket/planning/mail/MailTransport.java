package th.go.phuket.planning.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.support.Messages;

/**
 * Turns an outbox row into a MIME message ({@link MimeWriter}: plain text and HTML alternatives, the {@code .ics}
 * and the recorded files attached) and hands it to the SMTP server. The Message-ID is derived from the row, so should
 * a crash ever make the app send a row a second time, mail clients still see one message.
 */
@Component
public class MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(MailTransport.class);
    public static final String ICS_FILE = "due-date.ics";
    public static final String OUTBOX_HEADER = "X-Planning-Outbox-Id";
    /**
     * Jakarta Mail 2.1 looks up its stream provider for every header it encodes or decodes, by scanning every jar
     * for a service file unless this system property names the class (jakartaee/mail-api#861). Measured on a Thai
     * subject: 475 KB allocated per encoding and 563 KB per decoding without it, 14 KB and 102 KB with it. The
     * property is JVM-wide, so the embedded SMTP server's parsing gains as well; a value set by the operator wins.
     */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null && isPresent(ANGUS_STREAM_PROVIDER)) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        }
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    private final Supplier<JavaMailSender> sender;
    private final MailAddresses addresses;
    private final Function<String, List<OutboxAttachments.File>> attachments;

    /** The application's mail sender (none when no SMTP server is configured) and the emails' recorded files. */
    @Autowired
    public MailTransport(ObjectProvider<JavaMailSender> sender, MailAddresses addresses, OutboxAttachments files) {
        this(sender::getIfAvailable, addresses, files);
    }

    /** {@code sender} may supply null when no SMTP server is configured: sending then fails with a clear message. */
    public MailTransport(Supplier<JavaMailSender> sender, MailAddresses addresses) {
        this(sender, addresses, outboxId -> List.of());
    }

    /** With the recorded files of each email ({@link OutboxAttachments}), attached after the calendar entry. */
    public MailTransport(Supplier<JavaMailSender> sender, MailAddresses addresses,
                         Function<String, List<OutboxAttachments.File>> attachments) {
        this.sender = sender;
        this.addresses = addresses;
        this.attachments = attachments;
    }

    /**
     * A connection to the mail server for several emails in turn (a delivery's claimed batch): opened at the first
     * email, checked before each next one (a server that dropped the line since gets a new connection), opened again
     * after a failed email, closed by {@link Connection#close()}. One connection instead of one per email spares the
     * server and the app a handshake each, and Jakarta Mail's write timeout a thread each.
     */
    public Connection connect() {
        return new Connection();
    }

    /** See {@link #connect()}. Not thread-safe: one delivery thread uses it. */
    public final class Connection implements AutoCloseable {

        private JavaMailSender smtp;
        private JavaMailSenderImpl openedWith;
        private Transport open;

        private Connection() {
        }

        public void send(OutboxEntry entry) {
            if (smtp == null) {
                // once per connection (a batch), not per email: Spring resolves the provider anew on every call
                smtp = sender.get();
            }
            if (smtp == null) {
                throw new MailSendException(Messages.get("mail.delivery.noServer"));
            }
            MimeMessage message = message(entry);
            if (!(smtp instanceof JavaMailSenderImpl configured)) {
                smtp.send(message);
                return;
            }
            if (open != null && (openedWith != configured || !open.isConnected())) {
                close();
            }
            if (open == null) {
                open = openOver(configured);
                openedWith = configured;
            }
            try {
                open.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                close();
                throw new MailSendException(e.getMessage(), e);
            }
        }

        /**
         * Says goodbye to the server. Unlike Spring's sender, a connection that breaks before {@code QUIT} is answered
         * changes nothing: the emails the server answered "accepted" to are sent (Spring reports that as a failed
         * send, and a retry would deliver the email a second time).
         */
        @Override
        public void close() {
            if (open != null) {
                closeQuietly(open);
                open = null;
                openedWith = null;
            }
        }
    }

    private static Transport openOver(JavaMailSenderImpl smtp) {
        try {
            String protocol = smtp.getProtocol() != null ? smtp.getProtocol()
                    : smtp.getSession().getProperty("mail.transport.protocol");
            Transport transport = smtp.getSession().getTransport(protocol != null ? protocol : "smtp");
            transport.connect(smtp.getHost(), smtp.getPort(), blankAsNull(smtp.getUsername()),
                    blankAsNull(smtp.getPassword()));
            return transport;
        } catch (MessagingException e) {
            throw new MailSendException("Mail server connection failed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the mail server connection failed (the message was answered already): {}", e.toString());
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    MimeMessage message(OutboxEntry entry) {
        try {
            List<MimeWriter.Attachment> files = new ArrayList<>();
            if (entry.ics() != null) {
                files.add(new MimeWriter.Attachment(ICS_FILE, IcsCalendar.CONTENT_TYPE,
                        entry.ics().getBytes(StandardCharsets.UTF_8)));
            }
            for (OutboxAttachments.File file : attachments.apply(entry.id())) {
                files.add(new MimeWriter.Attachment(file.fileName(), file.contentType(), file.bytes()));
            }
            byte[] bytes = MimeWriter.write(addresses.from(), entry.to(), entry.cc(), entry.subject(),
                    entry.createdAt(), messageId(entry), Map.of(OUTBOX_HEADER, entry.id()),
                    entry.text(), entry.html(), files);
            return new StableIdMessage(SESSION, bytes, messageId(entry), entry.subject());
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot build email " + entry.id(), e);
        }
    }

    private static String messageId(OutboxEntry entry) {
        return "<" + entry.id() + "@planning-cycle>";
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, MailTransport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The written message as Jakarta Mail reads it, sent as written. Should it ever be saved again it keeps its
     * Message-ID instead of getting a new one, and it answers the subject it was given: the SMTP client asks for it
     * once per message, which would decode the encoded Thai header again.
     */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;
        private final String subject;

        StableIdMessage(Session session, byte[] bytes, String messageId, String subject) throws MessagingException {
            super(session, new ByteArrayInputStream(bytes));
            this.messageId = messageId;
            this.subject = subject;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }

        @Override
        public String getSubject() {
            return subject;
        }
    }
}
