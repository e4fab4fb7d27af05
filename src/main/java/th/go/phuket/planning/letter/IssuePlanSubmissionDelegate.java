package th.go.phuket.planning.letter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * {@code Task_IssuePlanSubmission}: the covering letter that submits the approved plan; its register number
 * becomes the submission's reference (the office left the reference empty, see Gateway_SubmissionReference).
 */
@Component
public class IssuePlanSubmissionDelegate implements JavaDelegate {

    private final LetterIssuer issuer;

    public IssuePlanSubmissionDelegate(LetterIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Letter letter = issuer.issue(LetterKind.PLAN_SUBMISSION,
                LetterFacts.of(execution, execution.getProcessInstanceId()));
        execution.setVariable(CycleProcess.VAR_SUBMISSION_REFERENCE, letter.number());
        execution.setVariable(LetterProcess.VAR_PLAN_SUBMISSION_LETTER_ID, letter.letterId());
    }
}
