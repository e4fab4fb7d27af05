package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code pc_hearing} and {@code pc_hearing_item}: the hearing of each cycle and what people comment on. */
@Component
public class HearingStore {

    private static final String HEARING_COLUMNS = "cycle_id, process_instance_id, cycle_title, draft_summary,"
            + " hearing_date, hearing_venue, opens_at, closes_at, closed_at, final_at";

    private final HearingDb db;

    public HearingStore(HearingDb db) {
        this.db = db;
    }

    public Optional<Hearing> find(String cycleId) {
        return db.inTransaction(jdbc -> jdbc.query("select " + HEARING_COLUMNS + " from pc_hearing where cycle_id = ?",
                HearingStore::hearing, cycleId).stream().findFirst());
    }

    /** Whether a cycle with this id was ever started (its row in {@code pc_cycle}). */
    public boolean cycleExists(String cycleId) {
        return db.inTransaction(jdbc -> !jdbc.queryForList("select 1 from pc_cycle where cycle_id = ?", Integer.class,
                cycleId).isEmpty());
    }

    /** Opens the comments of a cycle once; a second opening (a retried job) changes nothing. */
    public void open(Hearing hearing) {
        db.inTransaction(jdbc -> {
            if (jdbc.queryForList("select 1 from pc_hearing where cycle_id = ?", Integer.class,
                    hearing.cycleId()).isEmpty()) {
                jdbc.update("insert into pc_hearing (" + HEARING_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, null,"
                        + " null)", hearing.cycleId(), hearing.processInstanceId(), hearing.title(),
                        hearing.draftSummary(), hearing.hearingDate(), hearing.venue(),
                        Timestamp.from(hearing.opensAt()), Timestamp.from(hearing.closesAt()));
            }
            return null;
        });
    }

    /** A new hearing day (and venue): comments close at its end; a window closed before opens again if still ahead. */
    public void moveClosing(String cycleId, LocalDate hearingDate, String venue, Instant closesAt, Instant now) {
        String reopen = closesAt.isAfter(now) ? ", closed_at = null" : "";
        db.inTransaction(jdbc -> jdbc.update("update pc_hearing set hearing_date = ?, hearing_venue = coalesce(?,"
                + " hearing_venue), closes_at = ?" + reopen + " where cycle_id = ? and final_at is null", hearingDate,
                venue, Timestamp.from(closesAt), cycleId));
    }

    public void close(String cycleId, Instant now) {
        db.inTransaction(jdbc -> jdbc.update("update pc_hearing set closed_at = ? where cycle_id = ?"
                + " and closed_at is null", Timestamp.from(now), cycleId));
    }

    /** The plan was submitted: the record is final, and the window closed if it was still open. */
    public void finalise(String cycleId, Instant now) {
        db.inTransaction(jdbc -> jdbc.update("update pc_hearing set final_at = ?, closed_at = coalesce(closed_at, ?)"
                + " where cycle_id = ? and final_at is null", Timestamp.from(now), Timestamp.from(now), cycleId));
    }

    /** Adds items not there yet (a retried job adds nothing twice), after the existing ones in the given order. */
    public void addItems(String cycleId, List<HearingItem> items, Instant now) {
        db.inTransaction(jdbc -> {
            Integer last = jdbc.queryForObject("select coalesce(max(position), 0) from pc_hearing_item"
                    + " where cycle_id = ?", Integer.class, cycleId);
            int position = last == null ? 0 : last;
            for (HearingItem item : items) {
                if (jdbc.queryForList("select 1 from pc_hearing_item where cycle_id = ? and item_id = ?",
                        Integer.class, cycleId, item.itemId()).isEmpty()) {
                    jdbc.update("insert into pc_hearing_item (cycle_id, item_id, kind, title, detail, position,"
                            + " added_at) values (?, ?, ?, ?, ?, ?, ?)", cycleId, item.itemId(), item.kind(),
                            item.title(), item.detail(), ++position, Timestamp.from(now));
                }
            }
            return null;
        });
    }

    public List<HearingItem> items(String cycleId) {
        return db.inTransaction(jdbc -> jdbc.query("select item_id, kind, title, detail from pc_hearing_item"
                + " where cycle_id = ? order by position", HearingStore::item, cycleId));
    }

    public Optional<HearingItem> item(String cycleId, String itemId) {
        return db.inTransaction(jdbc -> jdbc.query("select item_id, kind, title, detail from pc_hearing_item"
                + " where cycle_id = ? and item_id = ?", HearingStore::item, cycleId, itemId).stream().findFirst());
    }

    private static HearingItem item(ResultSet row, int n) throws SQLException {
        return new HearingItem(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
    }

    private static Hearing hearing(ResultSet row, int n) throws SQLException {
        return new Hearing(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getObject(5, LocalDate.class), row.getString(6), instant(row, 7), instant(row, 8),
                instant(row, 9), instant(row, 10));
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
