package th.go.phuket.planning.contribution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Counts how often a proposal went back to its agency (shown to the agency and to managers). */
@Component
public class CountReturnListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Object count = execution.getVariable(ContributionProcess.VAR_RETURN_COUNT);
        int returns = count instanceof Number number ? number.intValue() : 0;
        execution.setVariable(ContributionProcess.VAR_RETURN_COUNT, returns + 1);
    }
}
