package th.go.phuket.planning.letter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_IssueHearingInvitation}: issues the invitation of every agency to the hearing forum (a circular). */
@Component
public class IssueHearingInvitationDelegate implements JavaDelegate {

    private final LetterIssuer issuer;

    public IssueHearingInvitationDelegate(LetterIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issuer.issue(LetterKind.HEARING_INVITATION, LetterFacts.of(execution, execution.getProcessInstanceId()));
    }
}
