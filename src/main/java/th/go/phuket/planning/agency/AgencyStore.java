package th.go.phuket.planning.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The office's agency directory in the database: {@code pc_agency} (one row per agency, never deleted),
 * {@code pc_agency_contact} (its contact people) and {@code pc_agency_change} (who changed what and when). Readers
 * get an in-memory copy of the whole directory (a few dozen rows), dropped on every change made here and, because
 * several nodes may share the database, when older than {@code cacheTtl}: a change made on another node reaches
 * the next email within that time.
 */
@Component
public class AgencyStore {

    private static final String AGENCY_COLUMNS = "agency_id, name_th, name_en, category, email, active";
    private static final String CONTACT_COLUMNS = "user_id, agency_id, name, job_title, email, phone";

    private final JdbcTemplate jdbc;
    private final long cacheTtlNanos;
    private volatile Snapshot cache;

    private record Snapshot(Map<String, Agency> agencies, long loadedAtNanos) {
    }

    public AgencyStore(JdbcTemplate jdbc, @Value("${planning.agencies.cache-ttl:PT5S}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.cacheTtlNanos = cacheTtl.toNanos();
    }

    /** Every agency by id, in directory order (the cached copy). */
    public Map<String, Agency> snapshot() {
        Snapshot snapshot = cache;
        if (snapshot == null || System.nanoTime() - snapshot.loadedAtNanos() > cacheTtlNanos) {
            snapshot = new Snapshot(Collections.unmodifiableMap(loadAll()), System.nanoTime());
            cache = snapshot;
        }
        return snapshot.agencies();
    }

    /** Forgets the cached copy; the next question reads the tables again. */
    public void refresh() {
        cache = null;
    }

    /** The agency as the database has it now (inside a change's transaction: as that change sees it). */
    public Optional<Agency> load(String id) {
        List<Agency> found = jdbc.query("SELECT " + AGENCY_COLUMNS + " FROM pc_agency WHERE agency_id = ?",
                (rs, n) -> agency(rs, contactsOf(id)), id);
        return found.stream().findFirst();
    }

    public boolean exists(String id) {
        return count("SELECT COUNT(*) FROM pc_agency WHERE agency_id = ?", id) > 0;
    }

    public int size() {
        return count("SELECT COUNT(*) FROM pc_agency");
    }

    /** Adds the agency at the end of the directory (its contacts come with {@link #replaceContacts}). */
    public void insert(Agency agency, Instant now) {
        Integer last = jdbc.queryForObject("SELECT MAX(sort_order) FROM pc_agency", Integer.class);
        jdbc.update("INSERT INTO pc_agency (" + AGENCY_COLUMNS + ", sort_order, next_contact_no, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)", agency.id(), agency.nameTh(), agency.nameEn(),
                agency.category().code(), agency.email(), agency.active(), last == null ? 1 : last + 1,
                Timestamp.from(now));
        refresh();
    }

    /** Changes names, category, email and whether it is active (never the id). */
    public void update(Agency agency, Instant now) {
        jdbc.update("UPDATE pc_agency SET name_th = ?, name_en = ?, category = ?, email = ?, active = ?, updated_at = ?"
                        + " WHERE agency_id = ?", agency.nameTh(), agency.nameEn(), agency.category().code(),
                agency.email(), agency.active(), Timestamp.from(now), agency.id());
        refresh();
    }

    /** The next contact number of the agency ({@code <id>-<n>}); numbers are never given twice. */
    public int takeContactNumber(String agencyId) {
        jdbc.update("UPDATE pc_agency SET next_contact_no = next_contact_no + 1 WHERE agency_id = ?", agencyId);
        Integer next = jdbc.queryForObject("SELECT next_contact_no FROM pc_agency WHERE agency_id = ?", Integer.class,
                agencyId);
        return next - 1;
    }

    /** The agency's contacts become {@code contacts} (each with its user id), in that order. */
    public void replaceContacts(String agencyId, List<AgencyContact> contacts) {
        jdbc.update("DELETE FROM pc_agency_contact WHERE agency_id = ?", agencyId);
        for (int i = 0; i < contacts.size(); i++) {
            AgencyContact c = contacts.get(i);
            jdbc.update("INSERT INTO pc_agency_contact (" + CONTACT_COLUMNS + ", position_no) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    c.userId(), agencyId, c.name(), c.position(), c.email(), c.phone(), i + 1);
        }
        refresh();
    }

    public void logChange(Instant at, String by, String action, String agencyId, String before, String after) {
        jdbc.update("INSERT INTO pc_agency_change (changed_at, changed_by, action, agency_id, before_value, after_value)"
                + " VALUES (?, ?, ?, ?, ?, ?)", Timestamp.from(at), by, action, agencyId, before, after);
    }

    /** The changes of one agency, or of all when {@code agencyId} is null, newest first. */
    public List<AgencyChange> changes(String agencyId, int limit) {
        String where = agencyId == null ? "" : " WHERE agency_id = ?";
        Object[] args = agencyId == null ? new Object[0] : new Object[] {agencyId};
        return jdbc.query("SELECT changed_at, changed_by, action, agency_id, before_value, after_value"
                + " FROM pc_agency_change" + where + " ORDER BY changed_at DESC, id DESC", rs -> {
                    List<AgencyChange> changes = new ArrayList<>();
                    while (rs.next() && changes.size() < limit) {
                        changes.add(new AgencyChange(rs.getTimestamp("changed_at").toInstant(),
                                rs.getString("changed_by"), rs.getString("action"), rs.getString("agency_id"),
                                nullToEmpty(rs.getString("before_value")), nullToEmpty(rs.getString("after_value"))));
                    }
                    return changes;
                }, args);
    }

    private Map<String, Agency> loadAll() {
        Map<String, List<AgencyContact>> contacts = new HashMap<>();
        jdbc.query("SELECT " + CONTACT_COLUMNS + " FROM pc_agency_contact ORDER BY agency_id, position_no",
                (ResultSet rs) -> {
                    contacts.computeIfAbsent(rs.getString("agency_id"), id -> new ArrayList<>()).add(contact(rs));
                });
        Map<String, Agency> agencies = new LinkedHashMap<>();
        jdbc.query("SELECT " + AGENCY_COLUMNS + " FROM pc_agency ORDER BY sort_order, agency_id", (ResultSet rs) -> {
            String id = rs.getString("agency_id");
            agencies.put(id, agency(rs, contacts.getOrDefault(id, List.of())));
        });
        return agencies;
    }

    private List<AgencyContact> contactsOf(String agencyId) {
        return jdbc.query("SELECT " + CONTACT_COLUMNS + " FROM pc_agency_contact WHERE agency_id = ? ORDER BY position_no",
                (rs, n) -> contact(rs), agencyId);
    }

    private static Agency agency(ResultSet rs, List<AgencyContact> contacts) throws SQLException {
        String code = rs.getString("category");
        AgencyCategory category = AgencyCategory.fromCode(code).orElseThrow(() ->
                new IllegalStateException("pc_agency has an unknown category: " + code));
        return new Agency(rs.getString("agency_id"), rs.getString("name_th"), rs.getString("name_en"), category,
                rs.getString("email"), rs.getBoolean("active"), contacts);
    }

    private static AgencyContact contact(ResultSet rs) throws SQLException {
        return new AgencyContact(rs.getString("user_id"), rs.getString("name"), rs.getString("job_title"),
                rs.getString("email"), rs.getString("phone"));
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
