package th.go.phuket.planning.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Row counts of the engine's runtime, history, identity and byte-array tables ({@code ACT_RU_*}, {@code ACT_HI_*},
 * {@code ACT_ID_*}, {@code ACT_GE_BYTEARRAY}), of its definitions ({@code ACT_RE_*}) and of the product's tables
 * ({@code pc_*}), in one statement; where a table has the engine's revision column {@code REV_}, also the sum of
 * its revisions, which grows with every update of a row. A refused request must leave every figure as it was. Not
 * counted: the engine's metrics log, which its reporter flushes on a timer of its own.
 */
final class DatabaseRows {

    private static final List<String> NOT_COUNTED = List.of("ACT_RU_METER_LOG");

    private final JdbcTemplate jdbc;
    private final String countAll;

    DatabaseRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        List<String> tables = tables(dataSource);
        if (tables.stream().noneMatch(table -> table.toUpperCase(Locale.ROOT).startsWith("PC_"))) {
            throw new IllegalStateException("no pc_* table among " + tables);
        }
        this.countAll = String.join(" union all ", tables.stream().map(table -> "select '" + table + "', count(*), "
                + (hasRevision(dataSource, table) ? "coalesce(sum(REV_), 0)" : "0") + " from " + table).toList());
    }

    /** Table → {@code rows/revisions}, e.g. {@code ACT_RU_TASK → 12/15}. */
    Map<String, String> count() {
        Map<String, String> counts = new LinkedHashMap<>();
        jdbc.query(countAll, row -> {
            counts.put(row.getString(1), row.getLong(2) + "/" + row.getLong(3));
        });
        return counts;
    }

    /** The tables whose figures differ, e.g. {@code ACT_HI_COMMENT 3/0→4/0}; empty when none. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((table, count) -> {
            String now = after.get(table);
            if (!Objects.equals(count, now)) {
                changed.add(table + " " + count + "→" + now);
            }
        });
        return changed;
    }

    private static boolean hasRevision(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, table, "%")) {
            while (columns.next()) {
                if ("REV_".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the columns of " + table, e);
        }
    }

    private static List<String> tables(DataSource dataSource) {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String schema = found.getString("TABLE_SCHEM");
                String name = found.getString("TABLE_NAME");
                String upper = name.toUpperCase(Locale.ROOT);
                boolean counted = upper.startsWith("ACT_RU_") || upper.startsWith("ACT_HI_")
                        || upper.startsWith("ACT_ID_") || upper.startsWith("ACT_RE_")
                        || upper.equals("ACT_GE_BYTEARRAY") || upper.startsWith("PC_");
                if (counted && !NOT_COUNTED.contains(upper) && !"INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
                    tables.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables", e);
        }
        tables.sort(String::compareTo);
        return tables;
    }
}
