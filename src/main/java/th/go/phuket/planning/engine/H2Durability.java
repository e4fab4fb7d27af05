package th.go.phuket.planning.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes an H2 file database keep every commit it acknowledged when the process is killed. H2 writes a commit to
 * its file up to {@code WRITE_DELAY} milliseconds later (500 by default): measured with the whole app, 3 to 5 of 10
 * task completions answered 204 were gone after a {@code kill -9} right after them. With 0 each commit is written
 * to the file (the operating system's cache) before it returns, at about 0.1 ms more per commit (docs/crash-safety.md).
 * H2 does not force the file to the disk on each commit, so a power cut may still lose the last commits: production
 * runs on PostgreSQL. Applied to every H2 URL with a file (not {@code mem:}) that does not set its own
 * {@code WRITE_DELAY}.
 */
public class H2Durability implements BeanPostProcessor {

    public static final String SETTING = "WRITE_DELAY";
    /** {@code planning.h2.write-delay} when the configuration does not say: durable. */
    public static final int DEFAULT_DELAY_MS = 0;

    private final int delayMs;

    public H2Durability(int delayMs) {
        if (delayMs < 0) {
            throw new IllegalArgumentException("planning.h2.write-delay must be 0 or more milliseconds, got " + delayMs);
        }
        this.delayMs = delayMs;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && appliesTo(pool)) {
            pool.addDataSourceProperty(SETTING, String.valueOf(delayMs));
        }
        return bean;
    }

    private static boolean appliesTo(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
            return false;
        }
        return !url.toUpperCase(Locale.ROOT).contains(";" + SETTING + "=")
                && !pool.getDataSourceProperties().containsKey(SETTING);
    }
}
