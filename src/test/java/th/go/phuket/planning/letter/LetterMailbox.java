package th.go.phuket.planning.letter;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.phuket.planning.mail.EmbeddedMailServer;
import th.go.phuket.planning.mail.MailTransport;

/**
 * An agency's mailbox on the app's embedded GreenMail, read over IMAP as a mail client does (the address logs in
 * with itself): the email of one outbox row and the files attached to it.
 */
final class LetterMailbox {

    /** A file attached to an email, as the mail client saves it. */
    record File(String name, String contentType, byte[] bytes) {
    }

    /** The email's subject and its attached files. */
    record Mail(String subject, List<File> files) {
    }

    private LetterMailbox() {
    }

    static Optional<Mail> email(EmbeddedMailServer server, String address, String outboxId) throws Exception {
        Store store = server.greenMail().getImap().createStore();
        store.connect(address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    String[] id = message.getHeader(MailTransport.OUTBOX_HEADER);
                    if (id != null && id[0].equals(outboxId)) {
                        List<File> files = new ArrayList<>();
                        collect(message, files);
                        return Optional.of(new Mail(message.getSubject(), files));
                    }
                }
                return Optional.empty();
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static void collect(Part part, List<File> files) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), files);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            files.add(new File(part.getFileName(), part.getContentType(), bytes.toByteArray()));
        }
    }
}
