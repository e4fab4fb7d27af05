package th.go.phuket.planning.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.go.phuket.planning.support.CsvReader;
import th.go.phuket.planning.support.CsvWriter;

/**
 * Reads a holiday file such as {@code data/holidays-2018.csv}: UTF-8, one header row naming the columns
 * {@code date, name_th, name_en, substitution} (in any order) and optionally {@code source} (where the row was
 * checked) and {@code assumed} ({@code true} for an expected but unconfirmed date; a row without a source is one),
 * one holiday per line, fields containing commas double-quoted (RFC 4180, read by the one {@link CsvReader} of the
 * product). Problems are named with the file, the line and the column.
 */
public final class HolidayCsv {

    private static final List<String> COLUMNS = List.of("date", "name_th", "name_en", "substitution");
    private static final List<String> OPTIONAL = List.of("source", "assumed");
    /** The columns {@link #write} writes, which {@link #parse} reads back. */
    public static final List<String> EXPORT_COLUMNS =
            List.of("date", "name_th", "name_en", "substitution", "source", "assumed");

    private HolidayCsv() {
    }

    /** The rows of a holiday file and every problem found in it, one per bad field of a row. */
    public record Parsed(List<Holiday> holidays, List<String> problems) {

        public Parsed {
            holidays = List.copyOf(holidays);
            problems = List.copyOf(problems);
        }
    }

    /** Reads the file; stops at the first problem with a message naming the file, the line and the column. */
    public static List<Holiday> read(InputStream in, String fileName) {
        Parsed parsed = parse(in, fileName);
        if (!parsed.problems().isEmpty()) {
            throw new CalendarInputException(parsed.problems().get(0));
        }
        return parsed.holidays();
    }

    /**
     * Reads the whole file and reports every bad field of every row (a missing column, an empty or unreadable file
     * are reported at once, as an exception); the rows without problems are returned.
     */
    public static Parsed parse(InputStream in, String fileName) {
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
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        int[] index = columnIndexes(header, fileName);
        int[] optional = OPTIONAL.stream().mapToInt(header::indexOf).toArray();
        List<Holiday> holidays = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            Holiday holiday = new Line(row.fields(), fileName, row.line(), problems).toHoliday(index, optional);
            if (holiday != null) {
                holidays.add(holiday);
            }
        }
        return new Parsed(holidays, problems);
    }

    /** The holidays as a file {@link #parse} reads back (UTF-8 with a byte-order mark, for Excel). */
    public static byte[] write(List<Holiday> holidays) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CsvWriter csv = new CsvWriter(bytes);
            csv.row(EXPORT_COLUMNS);
            for (Holiday h : holidays) {
                csv.row(List.of(h.date().toString(), h.nameTh(), h.nameEn(), String.valueOf(h.substitution()),
                        h.source(), String.valueOf(h.assumed())));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One line of the file: its fields, and where its problems go. */
    private record Line(List<String> fields, String fileName, int lineNo, List<String> problems) {

        Holiday toHoliday(int[] index, int[] optional) {
            int before = problems.size();
            LocalDate date = null;
            try {
                date = IsoDates.parse(field(index[0]));
            } catch (CalendarInputException e) {
                problem("date", e.getMessage());
            }
            String nameTh = field(index[1]).strip();
            if (nameTh.isEmpty()) {
                problem("name_th", CalendarMessages.get("calendar.holiday.nameTh.required"));
            } else if (nameTh.length() > Holiday.MAX_NAME_LENGTH) {
                problem("name_th", CalendarMessages.get("calendar.holiday.nameTh.tooLong", Holiday.MAX_NAME_LENGTH));
            }
            if (field(index[2]).strip().length() > Holiday.MAX_NAME_LENGTH) {
                problem("name_en", CalendarMessages.get("calendar.holiday.nameEn.tooLong", Holiday.MAX_NAME_LENGTH));
            }
            String substitution = field(index[3]).strip();
            if (!substitution.equals("true") && !substitution.equals("false")) {
                problem("substitution", CalendarMessages.get("calendar.csv.badSubstitution", substitution));
            }
            String source = field(optional[0]).strip();
            if (source.length() > Holiday.MAX_SOURCE_LENGTH) {
                problem("source", CalendarMessages.get("calendar.holiday.source.tooLong", Holiday.MAX_SOURCE_LENGTH));
            }
            String assumed = field(optional[1]).strip();
            if (!assumed.isEmpty() && !assumed.equals("true") && !assumed.equals("false")) {
                problem("assumed", CalendarMessages.get("calendar.csv.badAssumed", assumed));
            }
            if (problems.size() > before) {
                return null;
            }
            return new Holiday(date, nameTh, field(index[2]), Boolean.parseBoolean(substitution), source,
                    Boolean.parseBoolean(assumed));
        }

        private void problem(String column, String message) {
            problems.add(CalendarMessages.get("calendar.csv.field", fileName, lineNo, column, message));
        }

        private String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
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
}
