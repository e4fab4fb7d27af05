package th.go.phuket.planning.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A CSV file of reference data with a fixed header and one keyed item a row (the agency directory, the framework
 * catalogue): checks the header, that every row has every field filled, and that no key repeats, and words each
 * problem in Thai and English with the file's name and the line.
 */
public final class CsvTable {

    private final String nameTh;
    private final String nameEn;
    private final List<String> header;

    /** {@code nameTh}/{@code nameEn}: what the file is, as messages name it ("ทะเบียนหน่วยงาน", "agency directory"). */
    public CsvTable(String nameTh, String nameEn, List<String> header) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.header = List.copyOf(header);
    }

    /**
     * Reads {@code resource} (UTF-8) from the classpath with {@code parse}; a missing file is named in Thai and
     * English.
     */
    public <T> T fromClasspath(String resource, Function<Reader, T> parse) {
        InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("ไม่พบไฟล์" + nameTh + " " + resource + " (" + nameEn + " " + resource
                    + " not found on the classpath)");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The items of the file's rows by their key, in file order. {@code keyTh}/{@code keyEn} name the key in the
     * message about a repeated one ("รหัสหน่วยงาน", "agency id").
     */
    public <T> Map<String, T> keyed(List<CsvReader.Row> rows, Function<CsvReader.Row, T> item,
                                    Function<T, String> key, String keyTh, String keyEn) {
        if (rows.isEmpty() || !rows.get(0).fields().equals(header)) {
            String expected = String.join(",", header);
            throw new IllegalArgumentException("หัวตาราง" + nameTh + "ต้องเป็น " + expected + " (" + nameEn
                    + " header must be " + expected + ")");
        }
        Map<String, T> items = new LinkedHashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            T value = item.apply(row);
            String k = key.apply(value);
            if (items.putIfAbsent(k, value) != null) {
                throw invalid(row, keyTh + "ซ้ำ '" + k + "'", "duplicate " + keyEn + " '" + k + "'");
            }
        }
        return items;
    }

    /** The row's fields without surrounding blanks: exactly as many as the header has, none empty. */
    public List<String> fields(CsvReader.Row row) {
        List<String> f = row.fields().stream().map(String::strip).toList();
        if (f.size() != header.size()) {
            throw invalid(row, "ต้องมี " + header.size() + " ช่อง แต่มี " + f.size(),
                    "expected " + header.size() + " fields, found " + f.size());
        }
        for (int i = 0; i < f.size(); i++) {
            if (f.get(i).isEmpty()) {
                throw invalid(row, "ช่อง " + header.get(i) + " ว่าง", header.get(i) + " is empty");
            }
        }
        return f;
    }

    /** A problem on one line of the file. */
    public IllegalArgumentException invalid(CsvReader.Row row, String thai, String english) {
        return new IllegalArgumentException(nameTh + " บรรทัด " + row.line() + ": " + thai + " (" + nameEn
                + " line " + row.line() + ": " + english + ")");
    }
}
