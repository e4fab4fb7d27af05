package th.go.phuket.planning.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import th.go.phuket.planning.support.CsvReader;

/**
 * Reads a holiday file such as {@code data/holidays-2018.csv}: UTF-8, one header row naming the columns
 * {@code date, name_th, name_en, substitution} (in any order), one holiday per line, fields containing commas
 * double-quoted (RFC 4180, read by the one {@link CsvReader} of the product). A broken row stops the read with an
 * error naming the file and line.
 */
public final class HolidayCsv {

    private static final List<String> COLUMNS = List.of("date", "name_th", "name_en", "substitution");

    private HolidayCsv() {
    }

    public static List<Holiday> read(InputStream in, String fileName) {
        List<CsvReader.Row> rows;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            rows = CsvReader.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday file " + fileName, e);
        } catch (IllegalArgumentException e) {
            throw new CalendarInputException(CalendarMessages.get("calendar.csv.unreadable", fileName, e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new CalendarInputException(CalendarMessages.get("calendar.csv.empty", fileName));
        }
        int[] index = columnIndexes(rows.get(0).fields().stream().map(String::strip).toList(), fileName);
        List<Holiday> holidays = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            holidays.add(toHoliday(row.fields(), index, fileName, row.line()));
        }
        return holidays;
    }

    private static int[] columnIndexes(List<String> header, String fileName) {
        int[] index = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            index[i] = header.indexOf(COLUMNS.get(i));
            if (index[i] < 0) {
                throw new CalendarInputException(CalendarMessages.get("calendar.csv.missingColumn", fileName,
                        COLUMNS.get(i)));
            }
        }
        return index;
    }

    private static Holiday toHoliday(List<String> fields, int[] index, String fileName, int lineNo) {
        try {
            String substitution = field(fields, index[3]).strip();
            if (!substitution.equals("true") && !substitution.equals("false")) {
                throw new CalendarInputException(CalendarMessages.get("calendar.csv.badSubstitution", substitution));
            }
            return new Holiday(IsoDates.parse(field(fields, index[0])), field(fields, index[1]),
                    field(fields, index[2]), Boolean.parseBoolean(substitution));
        } catch (CalendarInputException e) {
            throw new CalendarInputException(CalendarMessages.get("calendar.csv.line", fileName, lineNo, e.getMessage()));
        }
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}
