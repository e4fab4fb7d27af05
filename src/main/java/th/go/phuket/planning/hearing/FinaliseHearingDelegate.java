package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * {@code Task_FinaliseHearing}: the plan was submitted, so the hearing record is final: no more comments, answers or
 * moderation.
 */
@Component
public class FinaliseHearingDelegate implements JavaDelegate {

    private final HearingWindow window;

    public FinaliseHearingDelegate(HearingWindow window) {
        this.window = window;
    }

    @Override
    public void execute(DelegateExecution hearing) {
        window.finalise(hearing.getProcessBusinessKey(), ClockUtil.getCurrentTime().toInstant());
    }
}
