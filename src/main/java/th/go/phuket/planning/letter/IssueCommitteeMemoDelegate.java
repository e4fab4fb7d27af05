package th.go.phuket.planning.letter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_IssueCommitteeMemo}: the memo presenting the revised plan to the governor as chair of the committee,
 * one for every round; the committee's form links the current one.
 */
@Component
public class IssueCommitteeMemoDelegate implements JavaDelegate {

    private final LetterIssuer issuer;

    public IssueCommitteeMemoDelegate(LetterIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Letter memo = issuer.issue(LetterKind.COMMITTEE_MEMO, LetterFacts.of(execution, execution.getProcessInstanceId()));
        execution.setVariable(LetterProcess.VAR_COMMITTEE_MEMO_URL, "/letters/" + memo.letterId());
        execution.setVariable(LetterProcess.VAR_COMMITTEE_MEMO_NUMBER, memo.number());
    }
}
