package th.go.phuket.planning.mail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the outbox for people ({@code /outbox}, {@code GET /api/outbox}): newest first, optionally filtered. */
@Component
public class OutboxQueries {

    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 5000;

    /** Filters; null or blank means "any". {@code to} matches an address among the recipients or in copy. */
    public record Filter(EmailKind kind, String to, String cycleId, OutboxEntry.Status status, int limit) {

        public Filter(EmailKind kind, String to, String cycleId, int limit) {
            this(kind, to, cycleId, null, limit);
        }
    }

    private final JdbcTemplate jdbc;

    public OutboxQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutboxEntry> list(Filter filter) {
        StringBuilder sql = new StringBuilder("select " + Outbox.COLUMNS + " from pc_outbox where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.kind() != null) {
            sql.append(" and kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.to() != null && !filter.to().isBlank()) {
            sql.append(" and (lower(recipients) like ? or lower(cc) like ?)");
            String pattern = "%" + filter.to().trim().toLowerCase() + "%";
            args.add(pattern);
            args.add(pattern);
        }
        if (filter.cycleId() != null && !filter.cycleId().isBlank()) {
            sql.append(" and cycle_id = ?");
            args.add(filter.cycleId().trim());
        }
        if (filter.status() != null) {
            sql.append(" and status = ?");
            args.add(filter.status().name());
        }
        sql.append(" order by created_at desc, id desc");
        int limit = Math.max(1, Math.min(MAX_LIMIT, filter.limit()));
        return jdbc.query(con -> {
            var statement = con.prepareStatement(sql.toString());
            statement.setMaxRows(limit);
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, (row, n) -> Outbox.read(row));
    }

    public Optional<OutboxEntry> find(String id) {
        return jdbc.query("select " + Outbox.COLUMNS + " from pc_outbox where id = ?", (row, n) -> Outbox.read(row), id)
                .stream().findFirst();
    }

    /** How many emails are in each status (the page's summary line). */
    public Map<OutboxEntry.Status, Integer> countByStatus() {
        Map<OutboxEntry.Status, Integer> counts = new EnumMap<>(OutboxEntry.Status.class);
        for (OutboxEntry.Status status : OutboxEntry.Status.values()) {
            counts.put(status, 0);
        }
        jdbc.query("select status, count(*) as n from pc_outbox group by status",
                row -> {
                    counts.put(OutboxEntry.Status.valueOf(row.getString("status")), row.getInt("n"));
                });
        return counts;
    }
}
