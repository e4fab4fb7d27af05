package th.go.phuket.planning.letter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * The outgoing register's counters ({@code pc_letter_register}, one row per series and B.E. year). A number is
 * taken by raising the counter inside the transaction that records the letter: the row stays locked until that
 * transaction ends, so a second transaction (another thread or another node on the same database) waits and then
 * takes the next number, and a transaction that rolls back gives its number back. No gaps, no duplicates.
 */
public final class LetterRegister {

    private LetterRegister() {
    }

    /** The next number of {@code series} in {@code beYear}; {@code connection} must be inside a transaction. */
    public static int next(Connection connection, Series series, int beYear) throws SQLException {
        if (raise(connection, series, beYear) == 0) {
            openYear(connection, series, beYear);
            if (raise(connection, series, beYear) == 0) {
                throw new IllegalStateException("No register row for " + series + " " + beYear);
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "select last_number from pc_letter_register where series = ? and be_year = ?")) {
            query.setString(1, series.code());
            query.setInt(2, beYear);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static int raise(Connection connection, Series series, int beYear) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update pc_letter_register set last_number = last_number + 1 where series = ? and be_year = ?")) {
            update.setString(1, series.code());
            update.setInt(2, beYear);
            return update.executeUpdate();
        }
    }

    /**
     * The first letter of a year creates the year's row. Two transactions may try at once: the second waits for
     * the first and fails on the primary key; it goes back to its savepoint (PostgreSQL aborts a transaction on
     * any error otherwise) and raises the counter the first one created.
     */
    private static void openYear(Connection connection, Series series, int beYear) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into pc_letter_register (series, be_year, last_number) values (?, ?, 0)")) {
            insert.setString(1, series.code());
            insert.setInt(2, beYear);
            insert.executeUpdate();
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
            connection.rollback(savepoint);
        }
    }
}
