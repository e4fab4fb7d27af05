package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * Keeps the comment counts on the cycle's open {@code Task_SummariseHearing} current (task-local variables its form
 * shows), when the task is created and after every answer or moderation, so the office sees in Tasklist how many
 * comments still wait for an answer.
 */
@Component
public class SummaryTaskCounts {

    public static final String VAR_VISIBLE = "commentsVisible";
    public static final String VAR_ANSWERED = "commentsAnswered";
    public static final String VAR_UNANSWERED = "commentsUnanswered";
    public static final String VAR_HIDDEN = "commentsHidden";
    public static final String VAR_REMOVED = "commentsRemoved";
    public static final String VAR_COMMENTS_PAGE = "commentsPageUrl";
    public static final String VAR_RECORD_PAGE = "hearingRecordUrl";

    private final HearingDb db;
    private final CommentStore comments;

    public SummaryTaskCounts(HearingDb db, CommentStore comments) {
        this.db = db;
        this.comments = comments;
    }

    /** The variables for the cycle's summary task (also used by the task's create listener). */
    public Map<String, Object> variables(String cycleId) {
        Map<String, Integer> counts = comments.counts(cycleId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_VISIBLE, counts.get(CommentStatus.VISIBLE.code()));
        variables.put(VAR_ANSWERED, counts.get("answered"));
        variables.put(VAR_UNANSWERED, counts.get(CommentStatus.VISIBLE.code()) - counts.get("answered"));
        variables.put(VAR_HIDDEN, counts.get(CommentStatus.HIDDEN.code()));
        variables.put(VAR_REMOVED, counts.get(CommentStatus.REMOVED.code()));
        variables.put(VAR_COMMENTS_PAGE, HearingLinks.officePage(cycleId));
        variables.put(VAR_RECORD_PAGE, HearingLinks.recordPage(cycleId));
        return variables;
    }

    public void refresh(String cycleId) {
        db.inTransaction(jdbc -> {
            TaskService tasks = db.engine().getTaskService();
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(cycleId)
                    .processDefinitionKey(CycleProcess.KEY).taskDefinitionKey(CycleProcess.TASK_SUMMARISE_HEARING)
                    .list();
            if (!open.isEmpty()) {
                Map<String, Object> variables = variables(cycleId);
                open.forEach(task -> tasks.setVariablesLocal(task.getId(), variables));
            }
            return null;
        });
    }
}
