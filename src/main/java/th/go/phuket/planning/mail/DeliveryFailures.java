package th.go.phuket.planning.mail;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's handling of a failed job, plus one thing for mail deliveries: the attempt is counted on its outbox
 * row, with the error, in the same transaction that schedules the retry (after the failed attempt was rolled
 * back). When no retry is left, the row becomes FAILED in the transaction that raises the incident.
 */
public class DeliveryFailures implements FailedJobCommandFactory {

    private final Outbox outbox;

    public DeliveryFailures(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
        Command<Object> retry = new DefaultJobRetryCmd(jobId, exception);
        return commandContext -> {
            retry.execute(commandContext);
            countAttempt(commandContext, jobId, exception);
            return null;
        };
    }

    private void countAttempt(CommandContext commandContext, String jobId, Throwable exception) {
        JobEntity job = commandContext.getJobManager().findJobById(jobId);
        if (job == null || exception instanceof OptimisticLockingException
                || !MailDeliveryProcess.KEY.equals(job.getProcessDefinitionKey()) || job.getExecutionId() == null) {
            return;
        }
        ExecutionEntity execution = commandContext.getExecutionManager().findExecutionById(job.getExecutionId());
        Object outboxId = execution == null ? null : execution.getVariable(MailDeliveryProcess.VAR_OUTBOX_ID);
        if (outboxId != null) {
            String error = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
            outbox.recordFailure((String) outboxId, error, job.getRetries() <= 0, ClockUtil.getCurrentTime().toInstant());
        }
    }
}
