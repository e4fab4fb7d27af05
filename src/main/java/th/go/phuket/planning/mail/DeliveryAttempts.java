package th.go.phuket.planning.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a failed delivery attempt on a connection of its own, committed at once: the delivery job's transaction
 * is rolled back to retry later, but the count of attempts and the last error must stay for people to see.
 */
public class DeliveryAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempts.class);
    private static final int MAX_ERROR = 2000;

    private final DataSource dataSource;

    /** {@code dataSource} must hand out connections outside the engine's transaction (not a transaction proxy). */
    public DeliveryAttempts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void recordFailure(String outboxId, String error, boolean gaveUp, Instant now) {
        String sql = "update pc_outbox set attempts = attempts + 1, last_error = ?, status = ?, updated_at = ?"
                + " where id = ? and status <> 'SENT'";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
            update.setString(2, gaveUp ? OutboxEntry.Status.FAILED.name() : OutboxEntry.Status.PENDING.name());
            update.setTimestamp(3, Timestamp.from(now));
            update.setString(4, outboxId);
            update.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // the job's own failure record (and the incident after the last attempt) still tells the story
            LOG.warn("Could not record the failed attempt of email {}: {}", outboxId, e.getMessage());
        }
    }
}
