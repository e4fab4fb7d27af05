package th.go.phuket.planning.mail;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

/**
 * The files of an outbox row ({@code pc_outbox_attachment}) with their bytes, for the transport. Read through a
 * connection of its own: the row and its files were committed before the delivery started.
 */
@Component
public class OutboxAttachments implements Function<String, List<OutboxAttachments.File>> {

    /** One file as it goes into the message. */
    public record File(String fileName, String contentType, byte[] bytes) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, AttachmentSource> sources;

    @Autowired
    public OutboxAttachments(JdbcTemplate jdbc, ObjectProvider<AttachmentSource> sources) {
        this(jdbc, sources.orderedStream().toList());
    }

    public OutboxAttachments(JdbcTemplate jdbc, List<AttachmentSource> sources) {
        this.jdbc = jdbc;
        this.sources = sources.stream().collect(Collectors.toMap(AttachmentSource::source, source -> source));
    }

    @Override
    public List<File> apply(String outboxId) {
        List<OutboxAttachment> recorded = jdbc.query("select source, reference, file_name, content_type"
                        + " from pc_outbox_attachment where outbox_id = ? order by position",
                (row, n) -> new OutboxAttachment(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4)), outboxId);
        return recorded.stream().map(attachment -> new File(attachment.fileName(), attachment.contentType(),
                bytes(outboxId, attachment))).toList();
    }

    /** A recorded file that cannot be read is an error: the email must not go out without it. */
    private byte[] bytes(String outboxId, OutboxAttachment attachment) {
        AttachmentSource source = sources.get(attachment.source());
        if (source == null) {
            throw new MailPreparationException("Email " + outboxId + ": no source " + attachment.source()
                    + " for its attachment " + attachment.fileName());
        }
        return source.read(attachment.reference()).orElseThrow(() -> new MailPreparationException("Email "
                + outboxId + ": attachment " + attachment.fileName() + " (" + attachment.reference() + ") is gone"));
    }
}
