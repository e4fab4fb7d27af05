package th.go.phuket.planning.letter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_IssueProposalRequest}: issues the request for proposals to every agency of the cycle (a circular). */
@Component
public class IssueProposalRequestDelegate implements JavaDelegate {

    private final LetterIssuer issuer;

    public IssueProposalRequestDelegate(LetterIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issuer.issue(LetterKind.PROPOSAL_REQUEST, LetterFacts.of(execution, execution.getProcessInstanceId()));
    }
}
