package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** {@code Task_CloseComments}: the hearing day is over; the page stops taking comments (answers go on). */
@Component
public class CloseCommentsDelegate implements JavaDelegate {

    private final HearingWindow window;

    public CloseCommentsDelegate(HearingWindow window) {
        this.window = window;
    }

    @Override
    public void execute(DelegateExecution hearing) {
        window.close(hearing.getProcessBusinessKey(), ClockUtil.getCurrentTime().toInstant());
    }
}
