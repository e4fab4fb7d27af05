package th.go.phuket.planning.letter;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.mail.AttachmentProvider;
import th.go.phuket.planning.mail.AttachmentSource;
import th.go.phuket.planning.mail.Email;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxAttachment;

/**
 * The letters that go with the cycle's emails (SPEC, Official letters): the request for proposals with every
 * {@code TASK_ASSIGNED} email, the hearing invitation with every {@code HEARING_INVITATION} email. The email
 * records the letter when it is written (in the same transaction that issued it); the transport reads the DOCX as
 * issued when it sends.
 */
@Component
public class LetterAttachments implements AttachmentProvider, AttachmentSource {

    public static final String SOURCE = "letter";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Map<EmailKind, LetterKind> LETTER_OF_EMAIL = Map.of(
            EmailKind.TASK_ASSIGNED, LetterKind.PROPOSAL_REQUEST,
            EmailKind.HEARING_INVITATION, LetterKind.HEARING_INVITATION);

    private final LetterQueries letters;

    public LetterAttachments(LetterQueries letters) {
        this.letters = letters;
    }

    @Override
    public List<OutboxAttachment> attachmentsFor(Email email) {
        LetterKind kind = LETTER_OF_EMAIL.get(email.kind());
        if (kind == null || email.cycleId() == null) {
            return List.of();
        }
        try {
            var connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
            return LetterRows.latest(connection, email.cycleId(), kind).map(letterId -> List.of(new OutboxAttachment(
                    SOURCE, letterId, Letter.fileName(email.cycleId(), kind, letterId), DOCX))).orElse(List.of());
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot find the letter for email " + email.idempotencyKey(), e);
        }
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Optional<byte[]> read(String letterId) {
        return letters.docx(letterId);
    }
}
