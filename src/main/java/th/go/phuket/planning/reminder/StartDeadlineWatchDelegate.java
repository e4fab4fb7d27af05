package th.go.phuket.planning.reminder;

import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_StartDeadlineWatch}: starts the cycle's {@code deadlineWatch} in the cycle's start transaction. */
@Component
public class StartDeadlineWatchDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution cycle) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : new String[] {VAR_CYCLE_ID, VAR_CYCLE_TITLE, VAR_PROVINCE, VAR_SUBMISSION_DEADLINE}) {
            variables.put(name, cycle.getVariable(name));
        }
        variables.put(DeadlineWatchProcess.VAR_CYCLE_PROCESS_INSTANCE_ID, cycle.getProcessInstanceId());
        cycle.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(DeadlineWatchProcess.MESSAGE_WATCH)
                .processInstanceBusinessKey(cycle.getProcessBusinessKey())
                .setVariables(variables)
                .correlateStartMessage();
    }
}
