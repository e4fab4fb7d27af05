package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * {@code Task_SetHearingDay} of the cycle: the office set the hearing day and venue in {@code Task_PrepareHearing};
 * the cycle's hearing closes comments at the end of that day. A hearing already final (or never started) has
 * nothing to move.
 */
@Component
public class SetHearingDateDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution cycle) {
        cycle.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(HearingProcess.MESSAGE_HEARING_DATE_SET)
                .processInstanceBusinessKey(cycle.getProcessBusinessKey())
                .setVariable(HearingProcess.VAR_HEARING_DATE, cycle.getVariable(CycleProcess.VAR_HEARING_DATE))
                .setVariable(HearingProcess.VAR_HEARING_VENUE, cycle.getVariable(CycleProcess.VAR_HEARING_VENUE))
                .correlateAllWithResult();
    }
}
