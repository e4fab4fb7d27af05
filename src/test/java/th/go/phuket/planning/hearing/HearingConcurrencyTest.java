package th.go.phuket.planning.hearing;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.go.phuket.planning.ProcessTestEngine;

/**
 * The rate limit and distinct reports hold when one client's requests arrive at the same moment (H2, one engine,
 * concurrent transactions on two sets of services); {@code TwoNodesHearingPostgresTest} does the same with two
 * engines on PostgreSQL.
 */
class HearingConcurrencyTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private ProcessEngine engine;
    private List<HearingNodes.Node> nodes;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessTestEngine.prepare(engine);
        HearingTestEngine.clear(engine);
        nodes = List.of(HearingNodes.Node.on(engine), HearingNodes.Node.on(engine));
        HearingNodes.openHearing(nodes.get(0));
    }

    @AfterEach
    void tearDown() {
        HearingTestEngine.clear(engine);
    }

    @Test
    void tenCommentsOfOneClientAtOnceStoreExactlyTheRateLimit() throws Exception {
        HearingNodes.tenCommentsAtOnceFromOneClient(nodes);
    }

    @Test
    void oneClientsCommentsAreCheckedOneAfterTheOther() throws Exception {
        HearingNodes.aSecondNodeWaitsWhileTheFirstChecksTheSameClient(nodes);
    }

    @Test
    void reportsArrivingTogetherHideTheCommentOnce() throws Exception {
        HearingNodes.reportsAtOnceHideTheCommentOnce(nodes);
    }
}
