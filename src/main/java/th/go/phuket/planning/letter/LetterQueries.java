package th.go.phuket.planning.letter;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The register as the pages and the API read it (outside the engine's transactions). */
@Component
public class LetterQueries {

    private final JdbcTemplate jdbc;

    public LetterQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cycle's letters, oldest first. */
    public List<Letter> ofCycle(String cycleId) {
        return jdbc.execute((java.sql.Connection connection) -> LetterRows.ofCycle(connection, cycleId));
    }

    public Optional<Letter> find(String letterId) {
        return jdbc.execute((java.sql.Connection connection) -> {
            List<Letter> found = jdbc.query("select " + LetterRows.COLUMNS + " from pc_letter where letter_id = ?",
                    (row, n) -> LetterRows.read(row, LetterRows.agencies(connection, letterId)), letterId);
            return found.stream().findFirst();
        });
    }

    /** The DOCX bytes as issued. */
    public Optional<byte[]> docx(String letterId) {
        return jdbc.query("select docx from pc_letter where letter_id = ?", (row, n) -> row.getBytes(1), letterId)
                .stream().findFirst();
    }

    public boolean cycleExists(String cycleId) {
        Integer count = jdbc.queryForObject("select count(*) from pc_cycle where cycle_id = ?", Integer.class, cycleId);
        return count != null && count > 0;
    }
}
