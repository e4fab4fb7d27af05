package th.go.phuket.planning.mail;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Earlier builds gave every email a {@code mailDelivery} process instance of its own. A database they wrote may
 * still hold some (emails not yet sent, or FAILED with an incident); their outbox rows are PENDING or FAILED and
 * the delivery threads take them, so the instances only have to go: each would otherwise fail on a delegate that
 * no longer exists. Runs once per start; a second node doing the same at once finds nothing left.
 */
@Component
public class LegacyDeliveryCleanup {

    static final String LEGACY_PROCESS_KEY = "mailDelivery";
    private static final Logger LOG = LoggerFactory.getLogger(LegacyDeliveryCleanup.class);

    @EventListener
    public void onReady(ApplicationReadyEvent ready) {
        removeFrom(ready.getApplicationContext().getBean(ProcessEngine.class));
    }

    /** Deletes the remaining {@code mailDelivery} instances; returns how many there were. */
    public int removeFrom(ProcessEngine engine) {
        List<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LEGACY_PROCESS_KEY).list().stream().map(ProcessInstance::getId).toList();
        if (instances.isEmpty()) {
            return 0;
        }
        try {
            engine.getRuntimeService().deleteProcessInstancesIfExists(instances,
                    "the outbox's delivery threads send this email now", true, true, false);
            LOG.info("Removed {} mailDelivery process instance(s) of the former delivery; their emails stay in the"
                    + " outbox and are sent by the delivery threads", instances.size());
        } catch (ProcessEngineException e) {
            LOG.info("Former mailDelivery instances are being removed by another node: {}", e.getMessage());
        }
        return instances.size();
    }
}
