package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyAgencyReturned}: the agency learns its proposal came back, with the office's note ({@code RETURNED}). */
@Component
public class NotifyAgencyReturnedDelegate implements JavaDelegate {

    private final AgencyTaskMail mail;

    public NotifyAgencyReturnedDelegate(AgencyTaskMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution contribution) {
        mail.returned(contribution);
    }
}
