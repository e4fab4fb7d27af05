package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code End_PlanSubmitted}: the plan is out, the cycle's deadline watch stops (if it still runs). */
@Component
public class StopDeadlineWatchDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution cycle) {
        cycle.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(DeadlineWatchProcess.MESSAGE_PLAN_SUBMITTED)
                .processInstanceBusinessKey(cycle.getProcessBusinessKey())
                .correlateAll();
    }
}
