package th.go.phuket.planning.mail;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Lets the engine count failed mail deliveries on their outbox rows ({@link DeliveryFailures}). */
@Component
public class MailEnginePlugin extends AbstractProcessEnginePlugin {

    private final Outbox outbox;

    public MailEnginePlugin(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(new DeliveryFailures(outbox));
    }
}
