package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_WarnDeadlineAtRisk}: the plan is not submitted and the deadline is near; managers are warned. */
@Component
public class SendDeadlineWarningDelegate implements JavaDelegate {

    private final CycleMail mail;

    public SendDeadlineWarningDelegate(CycleMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.deadlineAtRisk(execution);
    }
}
