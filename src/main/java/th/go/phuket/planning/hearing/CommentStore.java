package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;

/**
 * Writes of {@code pc_hearing_comment} and its answer, reports and history; each runs in the caller's engine
 * transaction (see {@link HearingDb}), so a service composes them into one unit of work.
 */
@Component
public class CommentStore {

    static final String COMMENT_COLUMNS = "c.comment_id, c.cycle_id, c.item_id, c.body, c.display_name, c.sector,"
            + " c.district, c.email, c.status, c.created_at";

    /** A client's comments within the rate-limit window: how many, and the oldest one's time. */
    public record RecentComments(int count, Instant oldest) {
    }

    private final HearingDb db;

    public CommentStore(HearingDb db) {
        this.db = db;
    }

    /**
     * Makes sure the client's lock row exists, before and outside the transaction that takes it: two first requests
     * of one client at the same moment meet at the primary key here, where the loser simply finds the row.
     */
    public void ensureClient(String clientKey, Instant now) {
        db.autocommit(jdbc -> {
            if (jdbc.queryForList("select 1 from pc_hearing_client where client_key = ?", Integer.class, clientKey)
                    .isEmpty()) {
                try {
                    jdbc.update("insert into pc_hearing_client (client_key, first_seen) values (?, ?)", clientKey,
                            Timestamp.from(now));
                } catch (DuplicateKeyException anotherRequestWasFirst) {
                    // the row is there, which is all this wants
                }
            }
            return null;
        });
    }

    /**
     * Takes the client's row lock until the transaction ends: two requests of one client, on one node or two, check
     * the rate limit and the duplicate text one after the other.
     */
    public void lockClient(String clientKey, Instant now) {
        db.inTransaction(jdbc -> {
            if (jdbc.queryForList("select client_key from pc_hearing_client where client_key = ? for update",
                    String.class, clientKey).isEmpty()) {
                // not made beforehand (a caller inside another transaction): the primary key still keeps one row
                jdbc.update("insert into pc_hearing_client (client_key, first_seen) values (?, ?)", clientKey,
                        Timestamp.from(now));
            }
            return null;
        });
    }

    public boolean sameTextExists(String cycleId, String clientKey, String textKey) {
        return db.inTransaction(jdbc -> !jdbc.queryForList("select 1 from pc_hearing_comment where cycle_id = ?"
                + " and client_key = ? and text_key = ?", Integer.class, cycleId, clientKey, textKey).isEmpty());
    }

    public RecentComments recent(String clientKey, Instant since) {
        return db.inTransaction(jdbc -> jdbc.queryForObject("select count(*), min(created_at) from pc_hearing_comment"
                + " where client_key = ? and created_at > ?", (row, n) -> new RecentComments(row.getInt(1),
                HearingStore.instant(row, 2)), clientKey, Timestamp.from(since)));
    }

    public String insert(String cycleId, CommentRules.CleanComment comment, String clientKey, Instant now) {
        String id = UUID.randomUUID().toString();
        db.inTransaction(jdbc -> jdbc.update("insert into pc_hearing_comment (comment_id, cycle_id, item_id, body,"
                + " display_name, sector, district, email, client_key, text_key, status, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'visible', ?)", id, cycleId, comment.itemId(),
                comment.text(), comment.name(), comment.sector().code(), comment.district(), comment.email(),
                clientKey, CommentText.key(comment.text()), Timestamp.from(now)));
        return id;
    }

    public Optional<StoredComment> find(String commentId) {
        return db.inTransaction(jdbc -> jdbc.query("select " + COMMENT_COLUMNS + " from pc_hearing_comment c"
                + " where c.comment_id = ?", CommentStore::comment, commentId).stream().findFirst());
    }

    /** The comment, locked until the transaction ends (reports, answers and moderation of it wait in turn). */
    public Optional<StoredComment> lock(String commentId) {
        return db.inTransaction(jdbc -> jdbc.query("select " + COMMENT_COLUMNS + " from pc_hearing_comment c"
                + " where c.comment_id = ? for update", CommentStore::comment, commentId).stream().findFirst());
    }

    public void setStatus(String commentId, CommentStatus status) {
        db.inTransaction(jdbc -> jdbc.update("update pc_hearing_comment set status = ? where comment_id = ?",
                status.code(), commentId));
    }

    /** One report per client and comment: false when this client reported it before. */
    public boolean addReport(String commentId, String clientKey, ReportReason reason, Instant now) {
        return db.inTransaction(jdbc -> {
            if (!jdbc.queryForList("select 1 from pc_hearing_report where comment_id = ? and client_key = ?",
                    Integer.class, commentId, clientKey).isEmpty()) {
                return false;
            }
            jdbc.update("insert into pc_hearing_report (comment_id, client_key, reason, reported_at, reviewed)"
                    + " values (?, ?, ?, ?, ?)", commentId, clientKey, reason.code(), Timestamp.from(now), false);
            return true;
        });
    }

    /** Reports the office has not dealt with yet, each from a distinct client. */
    public int openReports(String commentId) {
        return db.inTransaction(jdbc -> jdbc.queryForObject("select count(*) from pc_hearing_report"
                + " where comment_id = ? and reviewed = ?", Integer.class, commentId, false));
    }

    public void reviewReports(String commentId) {
        db.inTransaction(jdbc -> jdbc.update("update pc_hearing_report set reviewed = ? where comment_id = ?",
                true, commentId));
    }

    public Optional<Answer> answer(String commentId) {
        return db.inTransaction(jdbc -> jdbc.query("select status, body, answered_by, answered_at"
                + " from pc_hearing_answer where comment_id = ?", (row, n) -> new Answer(
                AnswerStatus.parse(row.getString(1)).orElseThrow(), row.getString(2), row.getString(3),
                HearingStore.instant(row, 4)), commentId).stream().findFirst());
    }

    /** Saves the answer (replacing an earlier one); true when the comment had none before. */
    public boolean saveAnswer(String commentId, String cycleId, Answer answer) {
        return db.inTransaction(jdbc -> {
            int changed = jdbc.update("update pc_hearing_answer set status = ?, body = ?, answered_by = ?,"
                    + " answered_at = ? where comment_id = ?", answer.status().code(), answer.text(),
                    answer.answeredBy(), Timestamp.from(answer.answeredAt()), commentId);
            if (changed == 0) {
                jdbc.update("insert into pc_hearing_answer (comment_id, cycle_id, status, body, answered_by,"
                        + " answered_at) values (?, ?, ?, ?, ?, ?)", commentId, cycleId, answer.status().code(),
                        answer.text(), answer.answeredBy(), Timestamp.from(answer.answeredAt()));
            }
            return changed == 0;
        });
    }

    public void event(String commentId, String cycleId, String action, String detail, String actor, Instant now) {
        db.inTransaction(jdbc -> jdbc.update("insert into pc_hearing_event (event_id, comment_id, cycle_id, action,"
                + " detail, actor, happened_at) values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                commentId, cycleId, action, detail, actor, Timestamp.from(now)));
    }

    /** Visible comments without an answer, per cycle (the summary's gate and the office's count). */
    public int unanswered(String cycleId) {
        return db.inTransaction(jdbc -> jdbc.queryForObject("select count(*) from pc_hearing_comment c"
                + " where c.cycle_id = ? and c.status = 'visible' and not exists (select 1 from pc_hearing_answer a"
                + " where a.comment_id = c.comment_id)", Integer.class, cycleId));
    }

    /** Comments of a cycle by status code, and {@code answered} (visible ones with an answer). */
    public Map<String, Integer> counts(String cycleId) {
        return db.inTransaction(jdbc -> {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (CommentStatus status : CommentStatus.values()) {
                counts.put(status.code(), 0);
            }
            jdbc.query("select status, count(*) from pc_hearing_comment where cycle_id = ? group by status",
                    (ResultSet row) -> {
                        counts.put(row.getString(1), row.getInt(2));
                    }, cycleId);
            counts.put("answered", counts.get(CommentStatus.VISIBLE.code()) - unanswered(cycleId));
            return counts;
        });
    }

    static StoredComment comment(ResultSet row, int n) throws SQLException {
        return new StoredComment(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), Sector.parse(row.getString(6)).orElse(Sector.OTHER), row.getString(7),
                row.getString(8), CommentStatus.of(row.getString(9)), HearingStore.instant(row, 10));
    }
}
