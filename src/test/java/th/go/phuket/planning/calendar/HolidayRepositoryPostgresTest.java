package th.go.phuket.planning.calendar;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The holiday table on PostgreSQL, as in the {@code postgres} profile (pooled connections, several of them at
 * once), each test in a schema of its own. Needs
 * {@code PG_URL}, {@code PG_USER} and {@code PG_PASSWORD} (set by {@code .ci/run}); without them the tests are
 * skipped on a developer machine and fail in CI ({@code CI} set).
 */
class HolidayRepositoryPostgresTest extends HolidayRepositoryContract {

    private String schema;
    private HikariDataSource pool;

    @BeforeAll
    static void requirePostgres() {
        if (System.getenv("PG_URL") == null && System.getenv("CI") != null) {
            fail("PG_URL is not set: CI must provide PostgreSQL (see .ci/run)");
        }
        assumeTrue(System.getenv("PG_URL") != null, "PG_URL not set: PostgreSQL tests skipped");
    }

    @Override
    DataSource createEmptyDatabase() {
        schema = "holidays_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(dataSource(null)).execute("CREATE SCHEMA " + schema);
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource(schema));
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        return pool;
    }

    @Override
    void dropDatabase(JdbcTemplate jdbc) {
        pool.close();
        new JdbcTemplate(dataSource(null)).execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static DataSource dataSource(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getenv("PG_URL"));
        dataSource.setUser(System.getenv("PG_USER"));
        dataSource.setPassword(System.getenv("PG_PASSWORD"));
        if (schema != null) {
            dataSource.setCurrentSchema(schema);
        }
        return dataSource;
    }
}
