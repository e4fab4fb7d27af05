package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendHearingInvitations}: invites every agency of the cycle to the public hearing. */
@Component
public class SendHearingInvitationsDelegate implements JavaDelegate {

    private final CycleMail mail;

    public SendHearingInvitationsDelegate(CycleMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.hearingInvitations(execution);
    }
}
