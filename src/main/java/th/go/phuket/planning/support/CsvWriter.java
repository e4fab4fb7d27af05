package th.go.phuket.planning.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark (without it Excel reads Thai as mojibake),
 * comma separated, CRLF line ends, a field double-quoted when it holds a comma, a quote or a line break. A text a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return, as OWASP's CSV
 * injection guidance lists them; an agency or a citizen may have typed it) gets a leading apostrophe and stays
 * text. Numbers are written as numbers ({@code -3}, {@code 1500000.00}), never neutralised.
 */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";
    private static final String NEWLINE = "\r\n";
    private static final String FORMULA_START = "=+-@\t\r";

    private final Writer out;

    /** Starts the file with the byte-order mark; {@link #flush()} when done (the stream stays open). */
    public CsvWriter(OutputStream out) throws IOException {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.out.write(BOM);
    }

    public CsvWriter row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write(NEWLINE);
        return this;
    }

    public CsvWriter blankLine() throws IOException {
        out.write(NEWLINE);
        return this;
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** One field as written: null is empty, a decimal in plain notation, a formula-like text neutralised, quoted as needed. */
    public static String field(Object value) {
        String text = value == null ? ""
                : value instanceof BigDecimal decimal ? decimal.toPlainString()
                : value instanceof String given && !given.isEmpty() && FORMULA_START.indexOf(given.charAt(0)) >= 0
                        ? "'" + given
                : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
