package th.go.phuket.planning.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.dashboard.CycleProgress.Phase;
import th.go.phuket.planning.dashboard.CycleProgress.PhaseVisit;

/** The current phase of a cycle and the phases it went through, from its activity instances. */
final class CyclePhases {

    /** Activity instances that stand for a phase: the user tasks, the agencies' multi-instance body, the end. */
    private static final Set<String> PHASE_TYPES = Set.of(ActivityTypes.TASK_USER_TASK,
            ActivityTypes.MULTI_INSTANCE_BODY, ActivityTypes.END_EVENT_NONE, ActivityTypes.END_EVENT_TERMINATE,
            ActivityTypes.END_EVENT_MESSAGE);

    private CyclePhases() {
    }

    /** Where the cycle is: {@code step} is its unfinished user task or multi-instance body, if any. */
    static Phase current(HistoricProcessInstance cycle, HistoricActivityInstance step, CycleVariables variables) {
        if (cycle.getEndTime() != null) {
            CyclePhase phase = HistoricProcessInstance.STATE_COMPLETED.equals(cycle.getState())
                    ? CyclePhase.SUBMITTED : CyclePhase.CANCELLED;
            return phase(phase, phase.activityId(), Times.instant(cycle.getEndTime()), null, null);
        }
        Optional<CyclePhase> known = step == null ? Optional.empty() : CyclePhase.ofActivity(step.getActivityId());
        if (known.isEmpty()) {
            return phase(CyclePhase.IN_TRANSIT, step == null ? null : step.getActivityId(), null, null, null);
        }
        CyclePhase phase = known.get();
        Instant due = phase.dueVariable() == null ? null : variables.instant(phase.dueVariable());
        return phase(phase, phase.activityId(), Times.instant(step.getStartTime()), due, step.getTaskId());
    }

    /** The unfinished step among a cycle's activity instances (ordered by start time), or {@code null}. */
    static HistoricActivityInstance openStep(List<HistoricActivityInstance> activities) {
        HistoricActivityInstance open = null;
        for (HistoricActivityInstance activity : activities) {
            if (activity.getEndTime() == null && PHASE_TYPES.contains(activity.getActivityType())
                    && CyclePhase.ofActivity(activity.getActivityId()).isPresent()) {
                open = activity;
            }
        }
        return open;
    }

    /** Each passage through a phase, in the order entered; an unfinished one lasts until {@code now}. */
    static List<PhaseVisit> visits(List<HistoricActivityInstance> activities, CycleVariables variables,
            Instant now) {
        return activities.stream().filter(activity -> PHASE_TYPES.contains(activity.getActivityType()))
                .filter(activity -> CyclePhase.ofActivity(activity.getActivityId()).isPresent())
                .map(activity -> visit(activity, CyclePhase.ofActivity(activity.getActivityId()).get(), variables,
                        now))
                .toList();
    }

    private static PhaseVisit visit(HistoricActivityInstance activity, CyclePhase phase, CycleVariables variables,
            Instant now) {
        Instant entered = Times.instant(activity.getStartTime());
        Instant finished = Times.instant(activity.getEndTime());
        Instant until = finished == null ? now : finished;
        Duration duration = until.isAfter(entered) ? Duration.between(entered, until) : Duration.ZERO;
        Instant due = phase.dueVariable() == null ? null : variables.instant(phase.dueVariable());
        return new PhaseVisit(phase.key(), phase.nameTh(), phase.activityId(), Times.bangkok(entered),
                Times.bangkok(finished), duration.toMinutes(), Times.duration(duration), Times.bangkok(due),
                due != null && until.isAfter(due));
    }

    private static Phase phase(CyclePhase phase, String activityId, Instant since, Instant due, String taskId) {
        return new Phase(phase.key(), phase.nameTh(), phase.nameEn(), activityId, Times.bangkok(since),
                Times.bangkok(due), due == null ? null : ThaiDates.shortDate(due), taskId);
    }
}
