package th.go.phuket.planning.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An address's INBOX on the app's embedded GreenMail, read over IMAP as any mail client would (the address is the
 * user name and the password). Each email as a map: {@code to}, {@code subject}, {@code text}, {@code html} and,
 * when a calendar entry is attached, {@code ics}, {@code icsType}, {@code icsName}.
 */
final class Mailbox {

    private Mailbox() {
    }

    static List<Map<String, Object>> read(EmbeddedMailServer server, String address) throws Exception {
        Store store = server.greenMail().getImap().createStore();
        store.connect(address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Map<String, Object>> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(read((MimeMessage) message));
            }
            inbox.close(false);
            return mails;
        } finally {
            store.close();
        }
    }

    static List<String> subjects(EmbeddedMailServer server, String address) throws Exception {
        return read(server, address).stream().map(mail -> (String) mail.get("subject")).toList();
    }

    private static Map<String, Object> read(MimeMessage message) throws Exception {
        Map<String, Object> mail = new HashMap<>();
        mail.put("to", message.getRecipients(Message.RecipientType.TO)[0].toString());
        mail.put("subject", message.getSubject());
        collect(message, mail);
        return mail;
    }

    private static void collect(Part part, Map<String, Object> mail) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, mail);
            }
        } else if (part.isMimeType("text/calendar")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            mail.put("ics", bytes.toString(StandardCharsets.UTF_8));
            mail.put("icsType", part.getContentType());
            mail.put("icsName", part.getFileName());
        } else if (part.isMimeType("text/plain")) {
            mail.put("text", part.getContent());
        } else if (part.isMimeType("text/html")) {
            mail.put("html", part.getContent());
        }
    }
}
