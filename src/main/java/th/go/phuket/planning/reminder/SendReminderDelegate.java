package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.mail.EmailKind;

/** {@code Task_SendReminder}, after {@code Timer_ReminderDue}: mails the agency's due reminders of today, if any. */
@Component
public class SendReminderDelegate implements JavaDelegate {

    private final DueNoticeDigest digest;

    public SendReminderDelegate(DueNoticeDigest digest) {
        this.digest = digest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        digest.timerFired(execution.getProcessEngineServices(), execution.getProcessInstanceId(), EmailKind.REMINDER);
    }
}
