package th.go.phuket.planning.reschedule;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Evaluates a waiting timer's expression again (e.g. {@code ${dueNoticeSchedule.reminderCycle(proposalsDueAt)}}) and
 * gives the timer the result: its due date and, for a repeating timer, its repetition. The engine's own
 * {@code recalculateJobDuedate} sets the due date only, so a reminder timer that repeats every morning would keep the
 * old last morning. Returns whether the due date changed.
 */
class RescheduleTimerCmd implements Command<Boolean> {

    private final String jobId;

    RescheduleTimerCmd(String jobId) {
        this.jobId = jobId;
    }

    @Override
    public Boolean execute(CommandContext commandContext) {
        JobEntity job = commandContext.getJobManager().findJobById(jobId);
        if (!(job instanceof TimerEntity timer) || job.getExecutionId() == null) {
            return false; // fired or gone meanwhile, or a start timer: nothing of a running task to move
        }
        ExecutionEntity execution = commandContext.getExecutionManager().findExecutionById(job.getExecutionId());
        ActivityImpl activity = execution.getProcessDefinition().findActivity(job.getActivityId());
        TimerDeclarationImpl declaration = TimerDeclarationImpl.getDeclarationsForScope(activity.getEventScope())
                .get(job.getActivityId());
        if (declaration == null) {
            return false;
        }
        Date before = timer.getDuedate();
        String repeatBefore = timer.getRepeat();
        declaration.updateJob(timer);
        return !Objects.equals(before, timer.getDuedate()) || !Objects.equals(repeatBefore, timer.getRepeat());
    }
}
