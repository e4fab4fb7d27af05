package th.go.phuket.planning.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Two H2 settings the app needs on every pooled connection, each only where the URL does not set its own:
 * <ul>
 * <li>{@code QUERY_CACHE_SIZE} ({@code planning.h2.query-cache-size}, 256): H2 keeps the parsed form of the last
 * {@value #H2_QUERY_CACHE} statements per connection; one engine command alone runs more distinct statements than
 * that, so with H2's value almost every statement was parsed again (measured in the bare-app benchmark: parsing was
 * a fifth of H2's time on task completions, and the JIT compiled H2's SQL tokenizer four times during one cycle).</li>
 * <li>{@code WRITE_DELAY} ({@code planning.h2.write-delay}, 0; databases with a file only): H2 writes a commit to
 * its file up to that many milliseconds later (500 by default). Measured with the whole app, 3 to 5 of 10 task
 * completions answered 204 were gone after a {@code kill -9} right after them. With 0 each commit is in the file
 * (the operating system's cache) before it returns, at 0.1 to 0.6 ms more per commit (docs/crash-safety.md). H2
 * does not force the file to the disk on each commit, so a power cut may still lose the last commits: production
 * runs on PostgreSQL.</li>
 * </ul>
 * PostgreSQL and other databases are left alone.
 */
@Component
public class H2Settings implements BeanPostProcessor {

    public static final String QUERY_CACHE = "QUERY_CACHE_SIZE";
    public static final String WRITE_DELAY = "WRITE_DELAY";
    /** {@code planning.h2.query-cache-size} when the configuration does not say. */
    public static final int DEFAULT_QUERY_CACHE_SIZE = 256;
    /** {@code planning.h2.write-delay} when the configuration does not say: durable. */
    public static final int DEFAULT_WRITE_DELAY_MS = 0;
    static final int H2_QUERY_CACHE = 8;

    private final int queryCacheSize;
    private final int writeDelayMs;

    public H2Settings(
            @Value("${planning.h2.query-cache-size:" + DEFAULT_QUERY_CACHE_SIZE + "}") int queryCacheSize,
            @Value("${planning.h2.write-delay:" + DEFAULT_WRITE_DELAY_MS + "}") int writeDelayMs) {
        if (queryCacheSize < 0) {
            throw new IllegalArgumentException("planning.h2.query-cache-size must be 0 or more, got " + queryCacheSize);
        }
        if (writeDelayMs < 0) {
            throw new IllegalArgumentException("planning.h2.write-delay must be 0 or more milliseconds, got "
                    + writeDelayMs);
        }
        this.queryCacheSize = queryCacheSize;
        this.writeDelayMs = writeDelayMs;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:")) {
            setUnlessGiven(pool, QUERY_CACHE, queryCacheSize);
            if (!pool.getJdbcUrl().startsWith("jdbc:h2:mem:")) {
                setUnlessGiven(pool, WRITE_DELAY, writeDelayMs);
            }
        }
        return bean;
    }

    private static void setUnlessGiven(HikariDataSource pool, String setting, int value) {
        if (!pool.getJdbcUrl().toUpperCase(Locale.ROOT).contains(";" + setting + "=")
                && !pool.getDataSourceProperties().containsKey(setting)) {
            pool.addDataSourceProperty(setting, String.valueOf(value));
        }
    }
}
