package th.go.phuket.planning.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The outbox tables ({@code pc_outbox}, {@code pc_outbox_notice}) as seen from inside an engine command: every
 * statement runs on the engine's own connection, so a row is written, or not, together with the work that causes
 * it. Two writers of the same email at the same moment meet at the unique key; the loser gets an
 * {@link OptimisticLockingException}, which the job executor answers by running that job again without counting
 * it as a failure, and the second run finds the email already written.
 */
@Component
public class Outbox {

    private static final int MAX_ERROR = 2000;
    private static final int NOTICE_KEYS_PER_QUERY = 100;

    static final String COLUMNS = "id, idempotency_key, kind, cycle_id, process_instance_id, task_id, recipients, cc,"
            + " subject, body_text, body_html, ics, status, attempts, last_error, created_at, updated_at, sent_at,"
            + " next_attempt_at, retries_left";

    public boolean exists(String idempotencyKey) {
        return queryOne("select 1 from pc_outbox where idempotency_key = ?", idempotencyKey);
    }

    public void insert(String id, Email email, Instant now) {
        String sql = "insert into pc_outbox (id, idempotency_key, kind, cycle_id, process_instance_id, task_id,"
                + " recipients, cc, subject, body_text, body_html, ics, status, attempts, created_at, updated_at,"
                + " next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)";
        try (PreparedStatement insert = connection().prepareStatement(sql)) {
            insert.setString(1, id);
            insert.setString(2, email.idempotencyKey());
            insert.setString(3, email.kind().name());
            insert.setString(4, email.cycleId());
            insert.setString(5, email.processInstanceId());
            insert.setString(6, email.taskId());
            insert.setString(7, joinAddresses(email.to()));
            insert.setString(8, email.cc().isEmpty() ? null : joinAddresses(email.cc()));
            insert.setString(9, email.subject());
            insert.setString(10, email.text());
            insert.setString(11, email.html());
            insert.setString(12, email.ics());
            insert.setTimestamp(13, Timestamp.from(now));
            insert.setTimestamp(14, Timestamp.from(now));
            insert.setTimestamp(15, Timestamp.from(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw conflictOrFailure("email " + email.idempotencyKey(), e);
        }
    }

    /** Records the files the email {@code outboxId} carries, in order. */
    public void insertAttachments(String outboxId, List<OutboxAttachment> attachments) {
        try (PreparedStatement insert = connection().prepareStatement("insert into pc_outbox_attachment"
                + " (outbox_id, position, source, reference, file_name, content_type) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < attachments.size(); i++) {
                OutboxAttachment attachment = attachments.get(i);
                insert.setString(1, outboxId);
                insert.setInt(2, i + 1);
                insert.setString(3, attachment.source());
                insert.setString(4, attachment.reference());
                insert.setString(5, attachment.fileName());
                insert.setString(6, attachment.contentType());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw conflictOrFailure("the attachments of email " + outboxId, e);
        }
    }

    /**
     * Waits for, and holds until the transaction ends, the right to write due-notice emails (the one row of
     * {@code pc_outbox_notice_lock}): reminder timers of many cycles fire at the same moment and list the same
     * agencies' reviews, so they write one after the other instead of meeting on the same email (where H2 would spin
     * until the first commits). Waiting longer than the database's lock timeout makes the job run again later.
     */
    public void lockNotices() {
        try (PreparedStatement lock = connection().prepareStatement(
                "select id from pc_outbox_notice_lock where id = 1 for update");
             ResultSet row = lock.executeQuery()) {
            row.next();
        } catch (SQLException e) {
            throw conflictOrFailure("the due-notice lock", e);
        }
    }

    /** A due notice of one task (a reminder or overdue notice of one due point), mailed in some email. */
    public record Notice(String noticeKey, String taskId, String processInstanceId) {
    }

    /** Which of {@code noticeKeys} were mailed already: a whole reminder round asks in a few statements. */
    public Set<String> loggedNotices(Collection<String> noticeKeys) {
        Set<String> logged = new HashSet<>();
        List<String> keys = List.copyOf(noticeKeys);
        for (int from = 0; from < keys.size(); from += NOTICE_KEYS_PER_QUERY) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + NOTICE_KEYS_PER_QUERY));
            String sql = "select notice_key from pc_outbox_notice where notice_key in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement query = connection().prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        logged.add(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("Cannot read the due notices already mailed", e);
            }
        }
        return logged;
    }

    /** Remembers that these due notices went into email {@code outboxId}, so none is ever mailed again. */
    public void logNotices(List<Notice> notices, String outboxId, Instant now) {
        try (PreparedStatement insert = connection().prepareStatement("insert into pc_outbox_notice"
                + " (notice_key, outbox_id, task_id, process_instance_id, created_at) values (?, ?, ?, ?, ?)")) {
            for (Notice notice : notices) {
                insert.setString(1, notice.noticeKey());
                insert.setString(2, outboxId);
                insert.setString(3, notice.taskId());
                insert.setString(4, notice.processInstanceId());
                insert.setTimestamp(5, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw conflictOrFailure("the due notices of email " + outboxId, e);
        }
    }

    static OutboxEntry read(ResultSet row) throws SQLException {
        return new OutboxEntry(row.getString("id"), row.getString("idempotency_key"),
                EmailKind.valueOf(row.getString("kind")), row.getString("cycle_id"),
                row.getString("process_instance_id"), row.getString("task_id"),
                splitAddresses(row.getString("recipients")), splitAddresses(row.getString("cc")),
                row.getString("subject"), row.getString("body_text"), row.getString("body_html"), row.getString("ics"),
                OutboxEntry.Status.valueOf(row.getString("status")), row.getInt("attempts"),
                row.getString("last_error"), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("updated_at")), instant(row.getTimestamp("sent_at")),
                instant(row.getTimestamp("next_attempt_at")), (Integer) row.getObject("retries_left", Integer.class));
    }

    static String joinAddresses(List<String> addresses) {
        return String.join(", ", addresses);
    }

    static List<String> splitAddresses(String addresses) {
        return addresses == null || addresses.isBlank() ? List.of()
                : Arrays.stream(addresses.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private boolean queryOne(String sql, String key) {
        try (PreparedStatement query = connection().prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot read the outbox (" + key + ")", e);
        }
    }

    /** A unique-key clash or a lock timeout means another transaction wrote the same thing: try again later. */
    private static RuntimeException conflictOrFailure(String what, SQLException e) {
        // a batch reports the failing statement's state, some drivers only on the next exception
        SQLException cause = e.getSQLState() == null && e.getNextException() != null ? e.getNextException() : e;
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        boolean conflict = state.startsWith("23") || state.equals("40001") || state.equals("40P01")
                || state.equals("55P03") || state.equals("HYT00");
        return conflict
                ? new OptimisticLockingException("Written at the same time by another transaction: " + what)
                : new ProcessEngineException("Cannot write " + what + " to the outbox", e);
    }

    private static Connection connection() {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            throw new IllegalStateException("The outbox is written inside an engine command only");
        }
        return command.getDbSqlSession().getSqlSession().getConnection();
    }
}
