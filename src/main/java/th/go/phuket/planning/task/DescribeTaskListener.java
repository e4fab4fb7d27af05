package th.go.phuket.planning.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.ThaiDates;

/** Gives every new task its due date as Thai readers write it ({@code 31 ส.ค. 2561}), for forms and lists. */
@Component
public class DescribeTaskListener implements TaskListener {

    public static final String VAR_DUE_DATE_TEXT = "dueDateText";

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() != null) {
            var dueDay = task.getDueDate().toInstant().atZone(ThaiDates.BANGKOK).toLocalDate();
            task.setVariableLocal(VAR_DUE_DATE_TEXT, ThaiDates.shortDate(dueDay));
        }
    }
}
