package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * {@code Task_StartPublicHearing} of the cycle: the draft is published, so the cycle's {@code publicHearing} starts
 * (comments open at once) with what it shows the public and whom it tells.
 */
@Component
public class StartPublicHearingDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution cycle) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : new String[] {CycleProcess.VAR_CYCLE_ID, CycleProcess.VAR_CYCLE_TITLE,
            CycleProcess.VAR_PROVINCE, CycleProcess.VAR_DRAFT_SUMMARY, CycleProcess.VAR_HEARING_DATE,
            CycleProcess.VAR_AGENCY_IDS}) {
            variables.put(name, cycle.getVariable(name));
        }
        cycle.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(HearingProcess.MESSAGE_OPEN)
                .processInstanceBusinessKey(cycle.getProcessBusinessKey())
                .setVariables(variables)
                .correlateStartMessage();
    }
}
