package th.go.phuket.planning.letter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The letters' tables ({@code pc_letter}, {@code pc_letter_addressee}) on a given connection: the issuer writes
 * through the engine's connection (in the transaction that takes the number), the pages read through their own.
 */
public final class LetterRows {

    static final String COLUMNS = "letter_id, kind, cycle_id, series, be_year, seq, number_text, issued_on, subject,"
            + " addressees, content, docx_sha256, process_instance_id, issued_at";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };

    private LetterRows() {
    }

    public static void insert(Connection connection, Letter letter, String occasion, byte[] docx) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into pc_letter (letter_id, occasion, kind,"
                + " cycle_id, series, be_year, seq, number_text, issued_on, subject, addressees, content, docx,"
                + " docx_sha256, process_instance_id, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, letter.letterId());
            insert.setString(2, occasion);
            insert.setString(3, letter.kind().name());
            insert.setString(4, letter.cycleId());
            insert.setString(5, letter.series().code());
            insert.setInt(6, letter.beYear());
            insert.setInt(7, letter.sequence());
            insert.setString(8, letter.number());
            insert.setDate(9, Date.valueOf(letter.issuedOn()));
            insert.setString(10, letter.subject());
            insert.setString(11, json(letter.to()));
            insert.setString(12, json(letter.content()));
            insert.setBytes(13, docx);
            insert.setString(14, letter.docxSha256());
            insert.setString(15, letter.processInstanceId());
            insert.setTimestamp(16, Timestamp.from(letter.issuedAt()));
            insert.executeUpdate();
        }
        try (PreparedStatement addressee = connection.prepareStatement(
                "insert into pc_letter_addressee (letter_id, agency_id) values (?, ?)")) {
            for (String agencyId : letter.agencyIds()) {
                addressee.setString(1, letter.letterId());
                addressee.setString(2, agencyId);
                addressee.addBatch();
            }
            if (!letter.agencyIds().isEmpty()) {
                addressee.executeBatch();
            }
        }
    }

    public static Optional<Letter> byOccasion(Connection connection, String occasion) throws SQLException {
        List<Letter> found = select(connection, "occasion = ?", occasion);
        return found.stream().findFirst();
    }

    /** The id of the cycle's latest letter of {@code kind}, if there is one. */
    public static Optional<String> latest(Connection connection, String cycleId, LetterKind kind) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select letter_id from pc_letter where cycle_id = ? and kind = ? order by entry_no desc")) {
            query.setString(1, cycleId);
            query.setString(2, kind.name());
            query.setMaxRows(1);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The cycle's letters in the order they were issued. */
    public static List<Letter> ofCycle(Connection connection, String cycleId) throws SQLException {
        return select(connection, "cycle_id = ?", cycleId);
    }

    private static List<Letter> select(Connection connection, String where, String value) throws SQLException {
        List<Letter> letters = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from pc_letter where "
                + where + " order by entry_no")) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    letters.add(read(rows, agencies(connection, rows.getString("letter_id"))));
                }
            }
        }
        return letters;
    }

    static List<String> agencies(Connection connection, String letterId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select agency_id from pc_letter_addressee where letter_id = ? order by agency_id")) {
            query.setString(1, letterId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    static Letter read(ResultSet row, List<String> agencyIds) throws SQLException {
        try {
            return new Letter(row.getString("letter_id"), LetterKind.valueOf(row.getString("kind")),
                    row.getString("cycle_id"), Series.ofCode(row.getString("series")), row.getInt("be_year"),
                    row.getInt("seq"), row.getString("number_text"), row.getDate("issued_on").toLocalDate(),
                    row.getString("subject"), JSON.readValue(row.getString("addressees"), NAMES), agencyIds,
                    JSON.readValue(row.getString("content"), LetterContent.class), row.getString("docx_sha256"),
                    row.getString("process_instance_id"), row.getTimestamp("issued_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Letter " + row.getString("letter_id") + " cannot be read back", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value, e);
        }
    }
}
