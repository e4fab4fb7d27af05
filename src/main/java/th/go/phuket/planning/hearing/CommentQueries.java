package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the comments for the public page, the JSON API, the office and the record. Newest first. */
@Component
public class CommentQueries {

    /** Which comments the office lists: all, those waiting for an answer, hidden, removed, or reported. */
    public enum OfficeFilter { ALL, UNANSWERED, ANSWERED, HIDDEN, REMOVED, REPORTED }

    private static final String PUBLIC_COLUMNS = "c.comment_id, c.item_id, c.body, c.display_name, c.sector,"
            + " c.district, c.created_at, a.status, a.body, a.answered_by, a.answered_at";
    private static final String NOT_ANSWERED = "not exists (select 1 from pc_hearing_answer x"
            + " where x.comment_id = c.comment_id)";

    private final HearingDb db;

    public CommentQueries(HearingDb db) {
        this.db = db;
    }

    /** Visible comments of the cycle (of one item when {@code itemId} is given), {@code limit} < 0 for all. */
    public List<PublicComment> visible(String cycleId, String itemId, int limit, int offset) {
        List<Object> args = new ArrayList<>(List.of(cycleId));
        String sql = "select " + PUBLIC_COLUMNS + " from pc_hearing_comment c left join pc_hearing_answer a"
                + " on a.comment_id = c.comment_id where c.cycle_id = ? and c.status = 'visible'"
                + (itemId == null ? "" : " and c.item_id = ?") + " order by c.created_at desc, c.comment_id"
                + (limit < 0 ? "" : " limit " + limit + " offset " + Math.max(0, offset));
        if (itemId != null) {
            args.add(itemId);
        }
        return db.inTransaction(jdbc -> jdbc.query(sql, CommentQueries::publicComment, args.toArray()));
    }

    /** Visible comments per item id. */
    public Map<String, Integer> visibleByItem(String cycleId) {
        return countBy(cycleId, "c.item_id", "");
    }

    /** Visible comments per {@code column} of the comment ({@code c.sector}, {@code c.district}…). */
    public Map<String, Integer> countBy(String cycleId, String column, String extraJoin) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        db.inTransaction(jdbc -> {
            jdbc.query("select " + column + ", count(*) from pc_hearing_comment c " + extraJoin
                    + " where c.cycle_id = ? and c.status = 'visible' group by " + column + " order by 2 desc",
                    (ResultSet row) -> {
                        counts.put(row.getString(1), row.getInt(2));
                    }, cycleId);
            return null;
        });
        return counts;
    }

    /** Visible comments per answer status, {@code null} for those without an answer. */
    public Map<String, Integer> visibleByAnswer(String cycleId) {
        return countBy(cycleId, "a.status", "left join pc_hearing_answer a on a.comment_id = c.comment_id");
    }

    public int officeCount(String cycleId, OfficeFilter filter, String itemId) {
        List<Object> args = new ArrayList<>();
        String where = officeWhere(cycleId, filter, itemId, args);
        return db.inTransaction(jdbc -> jdbc.queryForObject("select count(*) from pc_hearing_comment c" + where,
                Integer.class, args.toArray()));
    }

    /** The office's list, newest first as everywhere; {@code limit} < 0 for all. */
    public List<OfficeComment> office(String cycleId, OfficeFilter filter, String itemId, int limit, int offset) {
        String page = limit < 0 ? "" : " limit " + limit + " offset " + Math.max(0, offset);
        List<Object> args = new ArrayList<>();
        return office(officeWhere(cycleId, filter, itemId, args), args, page);
    }

    /** One comment of the cycle as the office sees it. */
    public java.util.Optional<OfficeComment> officeComment(String cycleId, String commentId) {
        return office(" where c.cycle_id = ? and c.comment_id = ?", List.of(cycleId, commentId), "").stream()
                .findFirst();
    }

    private List<OfficeComment> office(String where, List<Object> args, String page) {
        return db.inTransaction(jdbc -> {
            List<StoredComment> rows = jdbc.query("select " + CommentStore.COMMENT_COLUMNS
                    + " from pc_hearing_comment c" + where + " order by c.created_at desc, c.comment_id" + page,
                    CommentStore::comment, args.toArray());
            Map<String, Answer> answers = new HashMap<>();
            Map<String, List<OfficeComment.Report>> reports = new HashMap<>();
            Map<String, List<OfficeComment.Event>> history = new HashMap<>();
            if (rows.isEmpty()) {
                return List.<OfficeComment>of();
            }
            Object[] ids = rows.stream().map(StoredComment::commentId).toArray();
            String in = " where comment_id in (" + String.join(", ", java.util.Collections.nCopies(ids.length, "?"))
                    + ")";
            jdbc.query("select comment_id, status, body, answered_by, answered_at from pc_hearing_answer" + in,
                    (ResultSet a) -> {
                        answers.put(a.getString(1), new Answer(AnswerStatus.parse(a.getString(2)).orElseThrow(),
                                a.getString(3), a.getString(4), HearingStore.instant(a, 5)));
                    }, ids);
            jdbc.query("select comment_id, reason, reported_at, reviewed from pc_hearing_report" + in
                    + " order by reported_at", (ResultSet r) -> {
                        reports.computeIfAbsent(r.getString(1), id -> new ArrayList<>()).add(new OfficeComment.Report(
                                ReportReason.parse(r.getString(2)).orElse(ReportReason.OTHER),
                                HearingStore.instant(r, 3), r.getBoolean(4)));
                    }, ids);
            jdbc.query("select comment_id, action, detail, actor, happened_at from pc_hearing_event" + in
                    + " order by happened_at, event_id", (ResultSet e) -> {
                        history.computeIfAbsent(e.getString(1), id -> new ArrayList<>()).add(new OfficeComment.Event(
                                e.getString(2), e.getString(3), e.getString(4), HearingStore.instant(e, 5)));
                    }, ids);
            return rows.stream().map(row -> new OfficeComment(row, answers.get(row.commentId()),
                    reports.getOrDefault(row.commentId(), List.of()),
                    history.getOrDefault(row.commentId(), List.of()))).toList();
        });
    }

    private static String officeWhere(String cycleId, OfficeFilter filter, String itemId, List<Object> args) {
        args.add(cycleId);
        StringBuilder where = new StringBuilder(" where c.cycle_id = ?");
        if (itemId != null) {
            where.append(" and c.item_id = ?");
            args.add(itemId);
        }
        where.append(switch (filter) {
            case ALL -> "";
            case UNANSWERED -> " and c.status = 'visible' and " + NOT_ANSWERED;
            case ANSWERED -> " and not " + NOT_ANSWERED;
            case HIDDEN -> " and c.status = 'hidden'";
            case REMOVED -> " and c.status = 'removed'";
            case REPORTED -> " and exists (select 1 from pc_hearing_report r where r.comment_id = c.comment_id)";
        });
        return where.toString();
    }

    private static PublicComment publicComment(ResultSet row, int n) throws SQLException {
        String status = row.getString(8);
        Answer answer = status == null ? null : new Answer(AnswerStatus.parse(status).orElseThrow(),
                row.getString(9), row.getString(10), HearingStore.instant(row, 11));
        return new PublicComment(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                Sector.parse(row.getString(5)).orElse(Sector.OTHER), row.getString(6), HearingStore.instant(row, 7),
                answer);
    }
}
