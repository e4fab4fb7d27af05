package th.go.phuket.planning.hearing;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.task.TaskInputInvalidException;
import th.go.phuket.planning.support.Messages;

/**
 * On completing {@code Task_SummariseHearing}: refused while a visible comment has no answer (the task stays open),
 * saying how many and where to answer them. The summary goes to the committee with every comment answered.
 */
@Component
public class CheckCommentsAnsweredListener implements TaskListener {

    public static final String FIELD = "comments";

    private final CommentStore comments;
    private final MailAddresses addresses;

    public CheckCommentsAnsweredListener(CommentStore comments, MailAddresses addresses) {
        this.comments = comments;
        this.addresses = addresses;
    }

    @Override
    public void notify(DelegateTask task) {
        String cycleId = (String) task.getExecution().getProcessBusinessKey();
        int unanswered = comments.unanswered(cycleId);
        if (unanswered > 0) {
            String message = Messages.get("hearing.summary.unanswered", unanswered,
                    addresses.publicUrl() + HearingLinks.officePage(cycleId));
            throw new TaskInputInvalidException(task.getTaskDefinitionKey(), message, Map.of(FIELD, message));
        }
    }
}
