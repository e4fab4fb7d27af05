package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** On creating {@code Task_SummariseHearing}: its form shows the comment counts and links the comments page. */
@Component
public class DescribeHearingListener implements TaskListener {

    private final SummaryTaskCounts counts;

    public DescribeHearingListener(SummaryTaskCounts counts) {
        this.counts = counts;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariablesLocal(counts.variables(task.getExecution().getProcessBusinessKey()));
    }
}
