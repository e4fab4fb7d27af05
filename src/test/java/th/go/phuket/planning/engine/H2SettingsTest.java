package th.go.phuket.planning.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2SettingsTest {

    private static final int COMMITS = 20;
    private static final H2Settings DEFAULTS = new H2Settings(H2Settings.DEFAULT_QUERY_CACHE_SIZE,
            H2Settings.DEFAULT_WRITE_DELAY_MS);

    @Test
    void anH2PoolGetsTheQueryCacheOnEveryConnection() throws SQLException {
        try (HikariDataSource pool = pool("jdbc:h2:mem:query-cache-1")) {
            DEFAULTS.postProcessAfterInitialization(pool, "dataSource");

            assertThat(setting(pool, H2Settings.QUERY_CACHE)).isEqualTo("256");
            assertThat(pool.getDataSourceProperties()).as("nothing to write in memory")
                    .doesNotContainKey(H2Settings.WRITE_DELAY);
        }
    }

    @Test
    void aUrlThatSetsItsOwnCacheKeepsIt() throws SQLException {
        try (HikariDataSource pool = pool("jdbc:h2:mem:query-cache-2;QUERY_CACHE_SIZE=32")) {
            DEFAULTS.postProcessAfterInitialization(pool, "dataSource");

            assertThat(pool.getDataSourceProperties()).doesNotContainKey(H2Settings.QUERY_CACHE);
            assertThat(setting(pool, H2Settings.QUERY_CACHE)).isEqualTo("32");
        }
    }

    @Test
    void aFileDatabaseWritesEachCommitAtOnceUnlessItsUrlSaysOtherwise(@TempDir Path dir) throws SQLException {
        try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("a") + ";DB_CLOSE_ON_EXIT=FALSE")) {
            DEFAULTS.postProcessAfterInitialization(pool, "dataSource");
            assertThat(setting(pool, H2Settings.WRITE_DELAY)).isEqualTo("0");
        }
        try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("b") + ";WRITE_DELAY=300")) {
            DEFAULTS.postProcessAfterInitialization(pool, "dataSource");
            assertThat(pool.getDataSourceProperties()).doesNotContainKey(H2Settings.WRITE_DELAY);
            assertThat(setting(pool, H2Settings.WRITE_DELAY)).isEqualTo("300");
        }
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        try (HikariDataSource pool = pool("jdbc:postgresql://localhost:5432/planning")) {
            DEFAULTS.postProcessAfterInitialization(pool, "dataSource");

            assertThat(pool.getDataSourceProperties()).isEmpty();
        }
    }

    @Test
    void negativeValuesAreRefusedWithThePropertyName() {
        assertThatThrownBy(() -> new H2Settings(-1, 0)).hasMessageContaining("planning.h2.query-cache-size");
        assertThatThrownBy(() -> new H2Settings(256, -1)).hasMessageContaining("planning.h2.write-delay");
    }

    /**
     * The point of {@code WRITE_DELAY=0}: a JVM commits rows one by one through a pool set up as the app's is, says
     * so, and halts at once (as {@code kill -9} would: no shutdown hook, no close). Every row it reported is there.
     */
    @Test
    void everyCommitAcknowledgedBeforeTheProcessIsKilledIsThereAfterwards(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("killed") + ";DB_CLOSE_ON_EXIT=FALSE";
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), KilledAfterCommits.class.getName(), url)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ends").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).as(output).contains("committed " + COMMITS);

        try (HikariDataSource pool = pool(url);
             Connection connection = pool.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select count(*) from acknowledged")) {
            rows.next();
            assertThat(rows.getInt(1)).as("acknowledged commits kept").isEqualTo(COMMITS);
        }
    }

    /** The child JVM of the test above. */
    public static final class KilledAfterCommits {
        public static void main(String[] args) throws SQLException, IOException {
            HikariDataSource pool = pool(args[0]);
            DEFAULTS.postProcessAfterInitialization(pool, "dataSource");
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create table acknowledged (id int primary key)");
                for (int i = 0; i < COMMITS; i++) {
                    statement.execute("insert into acknowledged values (" + i + ")");
                }
            }
            System.out.println("committed " + COMMITS);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        return pool;
    }

    private static String setting(HikariDataSource pool, String name) throws SQLException {
        try (Connection connection = pool.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
