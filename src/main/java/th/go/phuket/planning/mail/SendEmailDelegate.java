package th.go.phuket.planning.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** {@code Task_SendEmail} of {@code mailDelivery}: sends the outbox row the instance was started for. */
public class SendEmailDelegate implements JavaDelegate {

    private final OutboxDelivery delivery;

    public SendEmailDelegate(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.deliver((String) execution.getVariable(MailDeliveryProcess.VAR_OUTBOX_ID), isLastAttempt());
    }

    /**
     * The job's retries count down only after its first failure (when the retry cycle of the BPMN applies), so a
     * run with one retry left that has failed before is the last one.
     */
    private static boolean isLastAttempt() {
        JobEntity job = Context.getCommandContext() == null ? null : Context.getCommandContext().getCurrentJob();
        return job != null && job.getRetries() <= 1 && job.getExceptionMessage() != null;
    }
}
