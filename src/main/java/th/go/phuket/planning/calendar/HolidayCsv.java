package th.go.phuket.planning.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a holiday file such as {@code data/holidays-2018.csv}: UTF-8, one header row naming the columns
 * {@code date, name_th, name_en, substitution} (in any order) and optionally {@code source} (where the row was
 * checked) and {@code assumed} ({@code true} for an expected but unconfirmed date; a row without a source is one),
 * one holiday per line, fields containing commas double-quoted. A broken row stops the read with an error naming
 * the file and line.
 */
public final class HolidayCsv {

    private static final List<String> COLUMNS = List.of("date", "name_th", "name_en", "substitution");
    private static final List<String> OPTIONAL = List.of("source", "assumed");

    private HolidayCsv() {
    }

    public static List<Holiday> read(InputStream in, String fileName) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw new CalendarInputException(CalendarMessages.get("calendar.csv.empty", fileName));
            }
            List<String> columns = CsvLine.split(header.replace("\uFEFF", "")).stream().map(String::strip).toList();
            int[] index = columnIndexes(columns, fileName);
            int[] optional = OPTIONAL.stream().mapToInt(columns::indexOf).toArray();
            List<Holiday> holidays = new ArrayList<>();
            String line;
            for (int lineNo = 2; (line = reader.readLine()) != null; lineNo++) {
                if (!line.isBlank()) {
                    holidays.add(toHoliday(CsvLine.split(line), index, optional, fileName, lineNo));
                }
            }
            return holidays;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday file " + fileName, e);
        }
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

    private static Holiday toHoliday(List<String> fields, int[] index, int[] optional, String fileName, int lineNo) {
        try {
            String substitution = field(fields, index[3]).strip();
            if (!substitution.equals("true") && !substitution.equals("false")) {
                throw new CalendarInputException(CalendarMessages.get("calendar.csv.badSubstitution", substitution));
            }
            String assumed = field(fields, optional[1]).strip();
            if (!assumed.isEmpty() && !assumed.equals("true") && !assumed.equals("false")) {
                throw new CalendarInputException(CalendarMessages.get("calendar.csv.badAssumed", assumed));
            }
            return new Holiday(IsoDates.parse(field(fields, index[0])), field(fields, index[1]),
                    field(fields, index[2]), Boolean.parseBoolean(substitution), field(fields, optional[0]),
                    Boolean.parseBoolean(assumed));
        } catch (CalendarInputException e) {
            throw new CalendarInputException(CalendarMessages.get("calendar.csv.line", fileName, lineNo, e.getMessage()));
        }
    }

    private static String field(List<String> fields, int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }
}
