package th.go.phuket.planning.reminder;

/**
 * Keys of the submission deadline watch: one instance per cycle (business key = cycle id), started by the cycle
 * and stopped by it when the plan is submitted. Its own instance, so its timers never collide with people
 * completing the cycle's tasks.
 */
public final class DeadlineWatchProcess {

    public static final String KEY = "deadlineWatch";
    public static final String RESOURCE = "bpmn/deadline-watch.bpmn";

    public static final String START = "Start_DeadlineWatch";
    public static final String TIMER_DEADLINE_AT_RISK = "Timer_DeadlineAtRisk";
    public static final String TASK_WARN_DEADLINE_AT_RISK = "Task_WarnDeadlineAtRisk";
    public static final String TIMER_SUBMISSION_OVERDUE = "Timer_SubmissionOverdue";
    public static final String TASK_MARK_CYCLE_OVERDUE = "Task_MarkCycleOverdue";
    public static final String END = "End_CycleMarkedOverdue";
    public static final String END_WATCH_STOPPED = "End_WatchStopped";

    /** Starts the watch (start event) and stops it (event subprocess). */
    public static final String MESSAGE_WATCH = "watchSubmissionDeadline";
    public static final String MESSAGE_PLAN_SUBMITTED = "planSubmitted";

    /** The cycle instance the watch marks overdue. */
    public static final String VAR_CYCLE_PROCESS_INSTANCE_ID = "cycleProcessInstanceId";

    private DeadlineWatchProcess() {
    }
}
