package th.go.phuket.planning.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import th.go.phuket.planning.support.CsvWriter;

/** The agency status table as CSV for Excel ({@link CsvWriter}: UTF-8 with a byte-order mark, formula-safe). */
public final class ProgressCsv {

    private ProgressCsv() {
    }

    public static byte[] write(ProgressTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CsvWriter csv = new CsvWriter(bytes).row(table.headers());
            for (List<?> row : table.rows()) {
                csv.row(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: the bytes are in memory
        }
        return bytes.toByteArray();
    }
}
