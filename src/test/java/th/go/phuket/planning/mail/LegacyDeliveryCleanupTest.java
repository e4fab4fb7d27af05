package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.go.phuket.planning.ProcessTestEngine;

/** A database of an earlier build still holds mailDelivery instances: they go, nothing else does. */
@Deployment(resources = "legacy/mail-delivery.bpmn")
class LegacyDeliveryCleanupTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    @Test
    void theFormerDeliveryInstancesAreRemovedAndTheirJobsWithThem() {
        ProcessEngine engine = extension.getProcessEngine();
        for (int i = 0; i < 3; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(LegacyDeliveryCleanup.LEGACY_PROCESS_KEY,
                    Map.of("outboxId", "row-" + i));
        }
        assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(3);

        assertThat(new LegacyDeliveryCleanup().removeFrom(engine)).isEqualTo(3);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        assertThat(new LegacyDeliveryCleanup().removeFrom(engine)).as("nothing left the next time").isZero();
    }
}
