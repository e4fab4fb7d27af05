package th.go.phuket.planning.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * {@code Task_MarkCycleOverdue}: the submission deadline has passed with the plan not submitted. The cycle is
 * marked overdue for dashboards and reports; nothing is cancelled, the work goes on.
 */
public class MarkCycleOverdueDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CycleProcess.VAR_CYCLE_OVERDUE, true);
        execution.setVariable(CycleProcess.VAR_OVERDUE_SINCE, ClockUtil.getCurrentTime());
    }
}
