package th.go.phuket.planning.hearing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.PostgresTestDatabase;

/**
 * Two nodes of the app (two process engines) on one PostgreSQL database take one client's comments and reports at
 * the same moment: the rate limit counts in the database under a row lock per client, so together they still store
 * exactly 5, and a comment reported by six clients is hidden once. Needs {@code PG_URL}, {@code PG_USER},
 * {@code PG_PASSWORD} (set by {@code .ci/run}).
 */
class TwoNodesHearingPostgresTest {

    private static ProcessEngine nodeA;
    private static ProcessEngine nodeB;
    private static List<HearingNodes.Node> nodes;

    @BeforeAll
    static void twoNodesOnOneDatabase() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        nodeA = engine("hearing-node-a", database);
        nodeB = engine("hearing-node-b", database);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                database.password())) {
            HearingNodes.createProductTables(connection);
        }
        nodes = List.of(HearingNodes.Node.on(nodeA), HearingNodes.Node.on(nodeB));
        HearingNodes.openHearing(nodes.get(0));
    }

    @AfterAll
    static void stop() {
        for (ProcessEngine engine : new ProcessEngine[] {nodeA, nodeB}) {
            if (engine != null) {
                engine.close();
            }
        }
    }

    @Test
    void tenCommentsOfOneClientThroughTwoNodesStoreExactlyTheRateLimit() throws Exception {
        HearingNodes.tenCommentsAtOnceFromOneClient(nodes);
    }

    @Test
    void oneClientsCommentsAreCheckedOneNodeAfterTheOther() throws Exception {
        HearingNodes.aSecondNodeWaitsWhileTheFirstChecksTheSameClient(nodes);
    }

    @Test
    void reportsThroughTwoNodesHideTheCommentOnce() throws Exception {
        HearingNodes.reportsAtOnceHideTheCommentOnce(nodes);
    }

    private static ProcessEngine engine(String name, PostgresTestDatabase database) {
        return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUrl(database.url())
                .setJdbcUsername(database.user())
                .setJdbcPassword(database.password())
                .setJdbcMaxActiveConnections(12)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .buildProcessEngine();
    }
}
