package th.go.phuket.planning.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The agency status table as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads Thai as
 * mojibake), comma separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
public final class ProgressCsv {

    private static final String BOM = "\uFEFF";

    private ProgressCsv() {
    }

    public static byte[] write(ProgressTable table) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, table.headers());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // never a formula in Excel
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
