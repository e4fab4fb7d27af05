package th.go.phuket.planning;

import java.util.Properties;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import th.go.phuket.planning.calendar.ThaiDates;

@SpringBootApplication
public class PlanningApplication {

    /**
     * The largest buffer the JDK keeps per thread for file and socket writes ({@code jdk.nio.maxCachedBufferSize},
     * unlimited by default). H2 writes each commit in one piece, and a thread that once wrote a 3 MB commit (a cycle's
     * draft) would keep a 3 MB native buffer for good: about 11 MB over the server's threads after a cycle's work.
     * A larger write gets a buffer of its own, freed at once. {@code -Djdk.nio.maxCachedBufferSize=…} wins.
     */
    static final String MAX_CACHED_BUFFER = "jdk.nio.maxCachedBufferSize";
    static final String MAX_CACHED_BUFFER_BYTES = "262144";

    public static void main(String[] args) {
        limitThreadBufferCache(System.getProperties());
        // Users, forms and engine REST read dates in Bangkok time, wherever the server runs.
        TimeZone.setDefault(TimeZone.getTimeZone(ThaiDates.BANGKOK));
        SpringApplication.run(PlanningApplication.class, args);
    }

    /**
     * Sets {@link #MAX_CACHED_BUFFER} unless given. Only in {@code main}, before the first file write: the JDK reads
     * the setting once, when a thread first needs such a buffer (H2 opening its file, seconds later).
     */
    static void limitThreadBufferCache(Properties system) {
        system.putIfAbsent(MAX_CACHED_BUFFER, MAX_CACHED_BUFFER_BYTES);
    }
}
