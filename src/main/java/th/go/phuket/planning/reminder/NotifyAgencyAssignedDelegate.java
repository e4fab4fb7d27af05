package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyAgencyAssigned}: the agency learns of its new review task ({@code TASK_ASSIGNED}). */
@Component
public class NotifyAgencyAssignedDelegate implements JavaDelegate {

    private final AgencyTaskMail mail;

    public NotifyAgencyAssignedDelegate(AgencyTaskMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution contribution) {
        mail.assigned(contribution);
    }
}
