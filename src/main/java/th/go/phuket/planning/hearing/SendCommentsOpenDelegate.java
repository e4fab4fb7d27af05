package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import static th.go.phuket.planning.hearing.HearingProcess.*;

import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code Task_SendCommentsOpen}: every agency of the cycle learns that the public may comment, with the link. */
@Component
public class SendCommentsOpenDelegate implements JavaDelegate {

    private final HearingMail mail;

    public SendCommentsOpenDelegate(HearingMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution hearing) {
        mail.commentsOpen(hearing.getProcessBusinessKey(), hearing.getProcessInstanceId(),
                (String) hearing.getVariable(VAR_PROVINCE), (Collection<?>) hearing.getVariable(VAR_AGENCY_IDS));
    }
}
