package th.go.phuket.planning.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time through the start-up work that writes shared tables: Spring's {@code schema.sql}, the
 * engine's schema creation or upgrade, and the seeding done while the engine is built and the beans are made
 * (groups, rights, filters, deployment, holidays, the agency directory). Two nodes started at the same moment on an
 * empty PostgreSQL database both found the engine's tables missing and both created them; the slower one stopped
 * with {@code ENGINE-03017 … duplicate key … act_ge_property}. Here the first node takes a PostgreSQL advisory lock
 * as soon as the data source exists (before anything has touched the database) and lets go once its context is
 * refreshed; the others wait, then find everything in place and only check it.
 *
 * <p>The lock is a session lock on one connection of the pool, so a node that dies while holding it releases it
 * with its connection. Other databases (H2 in the default profile: one process per database file) are left alone.
 */
@Component
public class FirstStartLock implements BeanPostProcessor, ApplicationListener<ContextRefreshedEvent>,
        ApplicationContextAware, DisposableBean {

    /** Key of the advisory lock: any constant the other users of the database do not use ("planning" in ASCII). */
    static final long LOCK_KEY = 0x706c616e6e696e67L;
    private static final String POSTGRES_URL = "jdbc:postgresql:";
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(FirstStartLock.class);

    private final Duration maxWait;
    private ApplicationContext context;
    private Connection holder;
    private boolean looked;
    private Duration waited = Duration.ZERO;

    /** {@code maxWait}: how long a node waits for another one's start-up before it gives up (and says why). */
    public FirstStartLock(@Value("${planning.cluster.first-start-max-wait:PT10M}") Duration maxWait) {
        this.maxWait = maxWait;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !looked) {
            looked = true;
            take(dataSource);
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext() == context) {
            release();
        }
    }

    @Override
    public void destroy() {
        release();
    }

    /** How long this node waited for another node's start-up (zero when it went first or without PostgreSQL). */
    public synchronized Duration waited() {
        return waited;
    }

    /** Whether this node holds the lock now (between its data source and the end of its start-up). */
    public synchronized boolean held() {
        return holder != null;
    }

    private void take(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool && !String.valueOf(pool.getJdbcUrl()).startsWith(POSTGRES_URL)) {
            // not even a connection: other post-processors may still configure the pool (the H2 query cache)
            return;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            long started = System.nanoTime();
            long lastLog = started;
            while (!tryLock(connection)) {
                long now = System.nanoTime();
                if (Duration.ofNanos(now - started).compareTo(maxWait) > 0) {
                    throw new IllegalStateException("รอโหนดอื่นเริ่มระบบนานเกิน " + maxWait.toSeconds()
                            + " วินาที (another node has held the start-up lock for more than " + maxWait.toSeconds()
                            + " s: is a node stuck in its start? planning.cluster.first-start-max-wait)");
                }
                if (now - lastLog >= LOG_EVERY.toNanos() || lastLog == started) {
                    LOG.info("Another node is starting on this database (creating or checking its tables and seeding);"
                            + " waiting for it ({} s so far)", Duration.ofNanos(now - started).toSeconds());
                    lastLog = now;
                }
                Thread.sleep(POLL.toMillis());
            }
            waited = Duration.ofNanos(System.nanoTime() - started);
            holder = connection;
            LOG.info("Start-up lock taken after {} ms: this node creates or checks the schema and seeds",
                    waited.toMillis());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Cannot take the start-up lock on the database: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(connection);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another node's start-up", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private synchronized void release() {
        if (holder == null) {
            return;
        }
        try (PreparedStatement unlock = holder.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
            LOG.info("Start-up lock released: other nodes may start");
        } catch (SQLException e) {
            // closing the connection below ends the session, and with it the lock
            LOG.warn("Could not release the start-up lock explicitly ({}); closing its connection", e.getMessage());
        } finally {
            closeQuietly(holder);
            holder = null;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the start-up lock's connection failed", e);
        }
    }
}
