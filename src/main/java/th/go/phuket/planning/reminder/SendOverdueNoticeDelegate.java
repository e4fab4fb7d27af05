package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.mail.EmailKind;

/** {@code Task_SendOverdueNotice}, after {@code Timer_OverdueNotice}: the agency (cc the office) hears it is late. */
@Component
public class SendOverdueNoticeDelegate implements JavaDelegate {

    private final DueNoticeDigest digest;

    public SendOverdueNoticeDelegate(DueNoticeDigest digest) {
        this.digest = digest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        digest.timerFired(execution.getProcessEngineServices(), execution.getProcessInstanceId(), EmailKind.OVERDUE);
    }
}
