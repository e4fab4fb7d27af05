package th.go.phuket.planning.hearing;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import th.go.phuket.planning.cycle.TaskInputInvalidException;
import th.go.phuket.planning.support.Messages;

/**
 * On completing {@code Task_SummariseHearing}: refused while a visible comment has no answer (the task stays open),
 * saying how many and where to answer them. The summary goes to the committee with every comment answered.
 */
public class CheckCommentsAnsweredListener implements TaskListener {

    public static final String FIELD = "comments";

    private final CommentStore comments;
    private final MailLinks links;

    public CheckCommentsAnsweredListener(CommentStore comments, MailLinks links) {
        this.comments = comments;
        this.links = links;
    }

    @Override
    public void notify(DelegateTask task) {
        String cycleId = (String) task.getExecution().getProcessBusinessKey();
        int unanswered = comments.unanswered(cycleId);
        if (unanswered > 0) {
            String message = Messages.get("hearing.summary.unanswered", unanswered,
                    links.absolute(HearingLinks.officePage(cycleId)));
            throw new TaskInputInvalidException(task.getTaskDefinitionKey(), message, Map.of(FIELD, message));
        }
    }

    /** Turns the app's paths into the addresses people click (the public URL of the app). */
    public interface MailLinks {
        String absolute(String path);
    }
}
