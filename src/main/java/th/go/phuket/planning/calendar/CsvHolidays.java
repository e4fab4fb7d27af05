package th.go.phuket.planning.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Holidays read from {@code data/holidays-*.csv} (first column ISO date). */
public final class CsvHolidays implements HolidaySource {

    private final Set<LocalDate> dates = new HashSet<>();

    public CsvHolidays(InputStream csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    dates.add(LocalDate.parse(line.substring(0, line.indexOf(','))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvHolidays of2018() {
        return new CsvHolidays(CsvHolidays.class.getResourceAsStream("/data/holidays-2018.csv"));
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return dates.contains(date);
    }
}
