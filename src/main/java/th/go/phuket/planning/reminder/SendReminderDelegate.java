package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.mail.EmailKind;

/**
 * {@code Task_SendReminder}, after {@code Timer_ReminderDue} on the cycle's {@code Call_AgencyContribution}: each
 * agency with a review of the cycle still open on a reminder day gets the day's reminder (one email per agency).
 * Contributions started under contribution model 1.0 carry the same send task on their own review; it sends the
 * same way.
 */
@Component
public class SendReminderDelegate implements JavaDelegate {

    private final DueNoticeDigest digest;

    public SendReminderDelegate(DueNoticeDigest digest) {
        this.digest = digest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        digest.timerFired(execution, EmailKind.REMINDER);
    }
}
