package th.go.phuket.planning.mail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Reads the outbox of the engine-only test engine, oldest first. */
public final class OutboxTable {

    private OutboxTable() {
    }

    public static List<OutboxEntry> all(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<OutboxEntry> entries = new ArrayList<>();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select " + Outbox.COLUMNS + " from pc_outbox order by created_at, idempotency_key")) {
            while (rows.next()) {
                entries.add(Outbox.read(rows));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    public static List<OutboxEntry> of(ProcessEngine engine, EmailKind kind) {
        return all(engine).stream().filter(entry -> entry.kind() == kind).toList();
    }

    public static int noticeCount(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from pc_outbox_notice")) {
            rows.next();
            return rows.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
