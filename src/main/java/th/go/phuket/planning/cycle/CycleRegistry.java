package th.go.phuket.planning.cycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.support.Messages;

/**
 * Makes cycle ids unique (Camunda does not make business keys unique): one row per cycle in {@code pc_cycle},
 * written on the engine's own connection inside the start transaction. A second start with the same id, from any
 * path and any node, hits the primary key and is refused; a start that fails later rolls the row back with it.
 */
@Component
public class CycleRegistry {

    public void register(String cycleId, String processInstanceId, Date startedAt) {
        Connection connection = engineConnection();
        try {
            if (exists(connection, cycleId)) {
                throw duplicate(cycleId);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into pc_cycle (cycle_id, process_instance_id, started_at) values (?, ?, ?)")) {
                insert.setString(1, cycleId);
                insert.setString(2, processInstanceId);
                insert.setTimestamp(3, new Timestamp(startedAt.getTime()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw duplicate(cycleId);
            }
            throw new ProcessEngineException("Cannot register cycle " + cycleId, e);
        }
    }

    private static boolean exists(Connection connection, String cycleId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pc_cycle where cycle_id = ?")) {
            query.setString(1, cycleId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static CycleStartRefusedException duplicate(String cycleId) {
        return new CycleStartRefusedException(
                Map.of(CycleProcess.VAR_CYCLE_ID, Messages.get("cycle.start.cycleId.exists", cycleId)), true);
    }

    private static Connection engineConnection() {
        return Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    }
}
