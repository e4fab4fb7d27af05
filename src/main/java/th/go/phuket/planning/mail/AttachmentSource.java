package th.go.phuket.planning.mail;

import java.util.Optional;

/** Where the bytes of recorded attachments of one {@link OutboxAttachment#source()} are read from. */
public interface AttachmentSource {

    String source();

    Optional<byte[]> read(String reference);
}
