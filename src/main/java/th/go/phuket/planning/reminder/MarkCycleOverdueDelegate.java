package th.go.phuket.planning.reminder;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * {@code Task_MarkCycleOverdue}: the submission deadline has passed with the plan not submitted. The cycle gets
 * {@code cycleOverdue = true} and {@code overdueSince} for dashboards and reports; nothing is cancelled.
 */
@Component
public class MarkCycleOverdueDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution watch) {
        String cycle = (String) watch.getVariable(DeadlineWatchProcess.VAR_CYCLE_PROCESS_INSTANCE_ID);
        RuntimeService runtime = watch.getProcessEngineServices().getRuntimeService();
        if (runtime.createProcessInstanceQuery().processInstanceId(cycle).count() > 0) {
            runtime.setVariables(cycle, Map.of(CycleProcess.VAR_CYCLE_OVERDUE, true,
                    CycleProcess.VAR_OVERDUE_SINCE, ClockUtil.getCurrentTime()));
        }
    }
}
