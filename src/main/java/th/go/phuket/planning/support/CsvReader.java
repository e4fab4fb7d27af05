package th.go.phuket.planning.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated text as in RFC 4180: fields that contain commas, quotes or line breaks are double-quoted,
 * a quote inside them is doubled. Accepts LF and CRLF line ends and a leading byte-order mark; skips blank lines.
 */
public final class CsvReader {

    /** One record and the line it starts on (1-based), for error messages. */
    public record Row(int line, List<String> fields) {
    }

    private static final char BOM = '\uFEFF';

    private CsvReader() {
    }

    public static List<Row> read(Reader reader) {
        try {
            return parse(readAll(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("อ่านไฟล์ CSV ไม่ได้ (cannot read CSV): " + e.getMessage(), e);
        }
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    private static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("เครื่องหมายคำพูดไม่ปิดในบรรทัด " + quoteLine
                                + " (unterminated quoted field on line " + quoteLine + ")");
                    }
                    char q = text.charAt(i++);
                    if (q == '"' && i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (q == '"') {
                        break;
                    } else {
                        line += q == '\n' ? 1 : 0;
                        field.append(q);
                    }
                }
                if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    throw new IllegalArgumentException("มีข้อความต่อท้ายเครื่องหมายคำพูดปิดในบรรทัด " + line
                            + " (text after a closing quote on line " + line + ")");
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' || c == '\n') {
                endRow(rows, fields, field, rowLine);
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                i++;
            }
        }
        endRow(rows, fields, field, rowLine);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, int rowLine) {
        boolean blank = fields.isEmpty() && field.isEmpty();
        if (!blank) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }
}
