package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import static th.go.phuket.planning.hearing.HearingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * {@code Task_MoveClosing}: the office set the hearing day in {@code Task_PrepareHearing}; comments now close at its
 * end, and a window that had closed opens again when that end is still ahead.
 */
@Component
public class MoveClosingDelegate implements JavaDelegate {

    private final HearingWindow window;

    public MoveClosingDelegate(HearingWindow window) {
        this.window = window;
    }

    @Override
    public void execute(DelegateExecution hearing) {
        hearing.setVariable(VAR_COMMENTS_CLOSE_AT, window.move(hearing.getProcessBusinessKey(),
                HearingWindow.day(hearing.getVariable(VAR_HEARING_DATE)),
                (String) hearing.getVariable(VAR_HEARING_VENUE), ClockUtil.getCurrentTime().toInstant()));
    }
}
