package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import static th.go.phuket.planning.hearing.HearingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** {@code Task_OpenComments}: the public page takes comments from now until 23:59 of the hearing day. */
@Component
public class OpenCommentsDelegate implements JavaDelegate {

    private final HearingWindow window;

    public OpenCommentsDelegate(HearingWindow window) {
        this.window = window;
    }

    @Override
    public void execute(DelegateExecution hearing) {
        hearing.setVariable(VAR_COMMENTS_CLOSE_AT, window.open(hearing.getProcessBusinessKey(),
                hearing.getProcessInstanceId(), (String) hearing.getVariable(VAR_CYCLE_TITLE),
                (String) hearing.getVariable(VAR_DRAFT_SUMMARY),
                HearingWindow.day(hearing.getVariable(VAR_HEARING_DATE)),
                (String) hearing.getVariable(VAR_HEARING_VENUE), ClockUtil.getCurrentTime().toInstant()));
    }
}
