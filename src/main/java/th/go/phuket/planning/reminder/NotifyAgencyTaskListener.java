package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code create} listener of {@code Task_AgencyReview}: the agency learns of its task (or of its returned proposal). */
@Component
public class NotifyAgencyTaskListener implements TaskListener {

    private final AgencyTaskMail mail;

    public NotifyAgencyTaskListener(AgencyTaskMail mail) {
        this.mail = mail;
    }

    @Override
    public void notify(DelegateTask task) {
        mail.taskCreated(task);
    }
}
