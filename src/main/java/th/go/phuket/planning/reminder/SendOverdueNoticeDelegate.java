package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.mail.EmailKind;

/**
 * {@code Task_SendOverdueNotice}, after {@code Timer_OverdueNotice} on the cycle's {@code Call_AgencyContribution}:
 * each agency with a review of the cycle still open after its due date hears it is late, cc the strategy office.
 * Contributions started under contribution model 1.0 carry the same send task on their own review.
 */
@Component
public class SendOverdueNoticeDelegate implements JavaDelegate {

    private final DueNoticeDigest digest;

    public SendOverdueNoticeDelegate(DueNoticeDigest digest) {
        this.digest = digest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        digest.timerFired(execution, EmailKind.OVERDUE);
    }
}
