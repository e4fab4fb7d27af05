package th.go.phuket.planning.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendEmail} of {@code mailDelivery}: sends the outbox row the instance was started for. */
@Component
public class SendEmailDelegate implements JavaDelegate {

    private final OutboxDelivery delivery;

    public SendEmailDelegate(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.deliver((String) execution.getVariable(MailDeliveryProcess.VAR_OUTBOX_ID));
    }
}
