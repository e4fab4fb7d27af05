package th.go.phuket.planning.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real 2018 holiday list shipped with the application, read from the classpath. */
final class Holidays2018 {

    static final String RESOURCE = "/data/holidays-2018.csv";

    private Holidays2018() {
    }

    static Holidays load() {
        try (InputStream in = Holidays2018.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return Holidays.of(HolidayCsv.read(in, "holidays-2018.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
