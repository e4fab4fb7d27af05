package th.go.phuket.planning.letter;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import th.go.phuket.planning.PostgresTestDatabase;

/**
 * The register on PostgreSQL, as the {@code postgres} profile runs it: two nodes, each with a connection pool of its
 * own, on one database. Needs {@code PG_URL}, {@code PG_USER} and {@code PG_PASSWORD} (skipped without them on a
 * developer's machine, failing in CI).
 */
class LetterRegisterPostgresTest extends LetterRegisterContract {

    private final List<HikariDataSource> pools = new ArrayList<>();

    @Override
    List<DataSource> createNodes(int count) {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        for (int i = 0; i < count; i++) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(database.url());
            config.setUsername(database.user());
            config.setPassword(database.password());
            config.setMaximumPoolSize(3);
            pools.add(new HikariDataSource(config));
        }
        return List.copyOf(pools);
    }

    @Override
    void dropNodes() {
        pools.forEach(HikariDataSource::close);
    }
}
