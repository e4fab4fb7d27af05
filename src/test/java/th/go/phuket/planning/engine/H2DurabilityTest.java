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

class H2DurabilityTest {

    private static final int COMMITS = 20;

    @Test
    void aDatabaseInMemoryIsLeftAlone() throws SQLException {
        try (HikariDataSource pool = pool("jdbc:h2:mem:durability-0")) {
            new H2Durability(H2Durability.DEFAULT_DELAY_MS).postProcessAfterInitialization(pool, "dataSource");
            assertThat(pool.getDataSourceProperties()).as("nothing to write in memory").isEmpty();
        }
    }

    @Test
    void aFileUrlGetsTheSettingAndOneThatSetsItsOwnKeepsIt(@TempDir Path dir) throws SQLException {
        try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("a") + ";DB_CLOSE_ON_EXIT=FALSE")) {
            new H2Durability(H2Durability.DEFAULT_DELAY_MS).postProcessAfterInitialization(pool, "dataSource");
            assertThat(setting(pool)).isEqualTo("0");
        }
        try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("b") + ";WRITE_DELAY=300")) {
            new H2Durability(H2Durability.DEFAULT_DELAY_MS).postProcessAfterInitialization(pool, "dataSource");
            assertThat(pool.getDataSourceProperties()).doesNotContainKey(H2Durability.SETTING);
            assertThat(setting(pool)).isEqualTo("300");
        }
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        try (HikariDataSource pool = pool("jdbc:postgresql://localhost:5432/planning")) {
            new H2Durability(0).postProcessAfterInitialization(pool, "dataSource");
            assertThat(pool.getDataSourceProperties()).isEmpty();
        }
    }

    @Test
    void aNegativeDelayIsRefusedWithThePropertyName() {
        assertThatThrownBy(() -> new H2Durability(-1)).hasMessageContaining("planning.h2.write-delay");
    }

    /**
     * The point of the setting: a JVM commits rows one by one through a pool set up as the app's is, says so, and
     * halts at once (as {@code kill -9} would: no shutdown hook, no close). Every row it reported is there after.
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
            new H2Durability(H2Durability.DEFAULT_DELAY_MS).postProcessAfterInitialization(pool, "dataSource");
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

    private static String setting(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
