package th.go.phuket.planning.engine;

import java.util.Locale;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every H2 connection of the pool a query cache big enough for the engine. H2 keeps the parsed form of the
 * last {@value #H2_DEFAULT} statements per connection; one engine command alone runs more distinct statements than
 * that, so with the default H2 parses almost every statement again (measured in the bare-app benchmark: parsing was a
 * fifth of H2's time on task completions, and the JIT compiled H2's SQL tokenizer four times during one cycle).
 * Only for H2 URLs that do not set {@code QUERY_CACHE_SIZE} themselves; PostgreSQL is left alone.
 */
@Component
public class H2QueryCache implements BeanPostProcessor {

    public static final String SETTING = "QUERY_CACHE_SIZE";
    /** {@code planning.h2.query-cache-size} when the configuration does not say. */
    public static final int DEFAULT_SIZE = 256;
    static final int H2_DEFAULT = 8;

    private final int size;

    public H2QueryCache(@Value("${planning.h2.query-cache-size:" + DEFAULT_SIZE + "}") int size) {
        if (size < 0) {
            throw new IllegalArgumentException("planning.h2.query-cache-size must be 0 or more, got " + size);
        }
        this.size = size;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && appliesTo(pool)) {
            pool.addDataSourceProperty(SETTING, String.valueOf(size));
        }
        return bean;
    }

    private static boolean appliesTo(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        return url != null && url.startsWith("jdbc:h2:")
                && !url.toUpperCase(Locale.ROOT).contains(SETTING)
                && !pool.getDataSourceProperties().containsKey(SETTING);
    }
}
