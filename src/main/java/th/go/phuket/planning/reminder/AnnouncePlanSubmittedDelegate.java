package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_AnnouncePlanSubmitted}: managers, office and committee learn the plan went out. */
@Component
public class AnnouncePlanSubmittedDelegate implements JavaDelegate {

    private final CycleMail mail;

    public AnnouncePlanSubmittedDelegate(CycleMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.planSubmitted(execution);
    }
}
