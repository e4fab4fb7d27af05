package th.go.phuket.planning.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class H2QueryCacheTest {

    @Test
    void anH2PoolGetsTheCacheOnEveryConnection() throws SQLException {
        try (HikariDataSource pool = pool("jdbc:h2:mem:query-cache-1")) {
            new H2QueryCache(H2QueryCache.DEFAULT_SIZE).postProcessAfterInitialization(pool, "dataSource");

            assertThat(setting(pool)).isEqualTo("256");
        }
    }

    @Test
    void aUrlThatSetsItsOwnCacheKeepsIt() throws SQLException {
        try (HikariDataSource pool = pool("jdbc:h2:mem:query-cache-2;QUERY_CACHE_SIZE=32")) {
            new H2QueryCache(256).postProcessAfterInitialization(pool, "dataSource");

            assertThat(pool.getDataSourceProperties()).doesNotContainKey(H2QueryCache.SETTING);
            assertThat(setting(pool)).isEqualTo("32");
        }
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        try (HikariDataSource pool = pool("jdbc:postgresql://localhost:5432/planning")) {
            new H2QueryCache(256).postProcessAfterInitialization(pool, "dataSource");

            assertThat(pool.getDataSourceProperties()).isEmpty();
        }
    }

    @Test
    void aNegativeSizeIsRefusedWithThePropertyName() {
        assertThatThrownBy(() -> new H2QueryCache(-1)).hasMessageContaining("planning.h2.query-cache-size");
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        return pool;
    }

    private static String setting(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
