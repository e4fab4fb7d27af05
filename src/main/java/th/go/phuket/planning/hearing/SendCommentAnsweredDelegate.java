package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import static th.go.phuket.planning.hearing.HearingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code Task_SendCommentAnswered}: the commenter who left an email (with consent) gets the office's answer. */
@Component
public class SendCommentAnsweredDelegate implements JavaDelegate {

    private final HearingMail mail;

    public SendCommentAnsweredDelegate(HearingMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution answering) {
        mail.commentAnswered((String) answering.getVariable(VAR_COMMENT_ID), answering.getProcessInstanceId(),
                (String) answering.getVariable(VAR_PROVINCE));
    }
}
