package th.go.phuket.planning;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test class, {@code planning_it_<random>}, created through {@code PG_URL},
 * {@code PG_USER}, {@code PG_PASSWORD} (set by {@code .ci/run}; the role may create databases) and dropped when the
 * JVM ends. Without {@code PG_URL} the test is skipped on a developer's machine and fails in CI ({@code CI} set).
 */
public final class PostgresTestDatabase {

    private final String name;
    private final String url;

    private PostgresTestDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** Skips (or, under CI, fails) the calling test when PostgreSQL is not configured. */
    public static void assumeConfigured() {
        String ci = System.getenv("CI");
        if (System.getenv("PG_URL") == null && ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail("PG_URL is not set: CI must provide PostgreSQL (see .ci/run)");
        }
        assumeTrue(System.getenv("PG_URL") != null, "PG_URL not set: PostgreSQL tests skipped");
    }

    public static PostgresTestDatabase create() {
        assumeConfigured();
        String name = "planning_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        String base = System.getenv("PG_URL");
        int slash = base.lastIndexOf('/');
        int query = base.indexOf('?', slash);
        String url = base.substring(0, slash + 1) + name + (query < 0 ? "" : base.substring(query));
        PostgresTestDatabase database = new PostgresTestDatabase(name, url);
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop " + name));
        return database;
    }

    public String url() {
        return url;
    }

    public String user() {
        return System.getenv("PG_USER");
    }

    public String password() {
        return System.getenv("PG_PASSWORD");
    }

    public String name() {
        return name;
    }

    private void drop() {
        try {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (RuntimeException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(System.getenv("PG_URL"), System.getenv("PG_USER"),
                System.getenv("PG_PASSWORD")); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed (does the role " + System.getenv("PG_USER")
                    + " have CREATEDB? see .ci/run): " + e.getMessage(), e);
        }
    }
}
