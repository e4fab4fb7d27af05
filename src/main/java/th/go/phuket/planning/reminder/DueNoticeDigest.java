package th.go.phuket.planning.reminder;

import static th.go.phuket.planning.contribution.ContributionProcess.TASK_AGENCY_REVIEW;
import static th.go.phuket.planning.contribution.ContributionProcess.VAR_AGENCY_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.Outbox;
import th.go.phuket.planning.mail.OutboxWriter;

/**
 * Sends the reminders and overdue notices of an agency as one email a day. When the timer of one task fires and
 * that task is due for a notice not mailed yet, the email lists every open task of the same agency due for the same
 * kind of notice; the timers of those tasks then find their notice mailed and send nothing. Each (task, notice day)
 * is logged, so a reopened task, a restart or a repeated job never mails the same notice twice.
 */
@Component
public class DueNoticeDigest {

    private final DueNoticeSchedule schedule;
    private final NoticeComposer composer;
    private final OutboxWriter writer;
    private final Outbox outbox;
    private final AgencyDirectory directory;

    public DueNoticeDigest(DueNoticeSchedule schedule, NoticeComposer composer, OutboxWriter writer, Outbox outbox,
                           AgencyDirectory directory) {
        this.schedule = schedule;
        this.composer = composer;
        this.writer = writer;
        this.outbox = outbox;
        this.directory = directory;
    }

    /** A due-notice timer of the contribution {@code processInstanceId} fired; mail what is due, if anything. */
    public void timerFired(ProcessEngineServices engine, String processInstanceId, EmailKind kind) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(TASK_AGENCY_REVIEW).active().singleResult();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (task == null || task.getDueDate() == null || dueNotice(task, kind, now).isEmpty()) {
            return;
        }
        String agencyId = (String) engine.getRuntimeService().getVariable(processInstanceId, VAR_AGENCY_ID);
        // the agency's open reviews in every cycle: found by their candidate group (the agency, an indexed identity
        // link), not by a process variable, which costs a scan of every variable once many cycles run
        List<Task> open = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_AGENCY_REVIEW)
                .taskCandidateGroup(agencyId).includeAssignedTasks().active().list();
        Map<String, Map<String, Object>> variables = variablesOf(engine, open);
        List<TaskFacts> due = new ArrayList<>();
        List<String> noticeKeys = new ArrayList<>();
        for (Task candidate : open) {
            Optional<String> noticeKey = dueNotice(candidate, kind, now);
            if (noticeKey.isPresent()) {
                due.add(TaskFacts.of(candidate, variables.getOrDefault(candidate.getProcessInstanceId(), Map.of()),
                        directory));
                noticeKeys.add(noticeKey.get());
            }
        }
        if (due.isEmpty()) {
            return;
        }
        LocalDate today = NoticeComposer.bangkok(now);
        String key = freeKey(kind, agencyId, today);
        Optional<String> outboxId = writer.write(composer.agencyEmail(kind, key, due, now, null));
        for (int i = 0; i < due.size() && outboxId.isPresent(); i++) {
            outbox.logNotice(noticeKeys.get(i), outboxId.get(), due.get(i).taskId(), due.get(i).processInstanceId(), now);
        }
    }

    /** The key of the notice {@code task} is due for now, if it is of {@code kind} and not mailed yet. */
    private Optional<String> dueNotice(Task task, EmailKind kind, Instant now) {
        if (task.getDueDate() == null) {
            return Optional.empty();
        }
        return schedule.currentNotice(task.getDueDate().toInstant(), task.getCreateTime().toInstant(), now)
                .filter(notice -> notice.kind() == kind)
                .map(notice -> kind + ":" + task.getProcessInstanceId() + ":" + task.getTaskDefinitionKey() + ":"
                        + notice.pointDay())
                .filter(noticeKey -> !outbox.noticeLogged(noticeKey));
    }

    /**
     * Normally the agency's only email of this kind today; a second one the same day (a notice that came due after
     * the first email went out, e.g. after a restart early in the morning) gets its own key.
     */
    private String freeKey(EmailKind kind, String agencyId, LocalDate today) {
        String key = NoticeComposer.key(kind, agencyId, today);
        for (int n = 2; writer.exists(key); n++) {
            key = NoticeComposer.key(kind, agencyId, today) + ":" + n;
        }
        return key;
    }

    private static Map<String, Map<String, Object>> variablesOf(ProcessEngineServices engine, List<Task> tasks) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        if (tasks.isEmpty()) {
            return byInstance;
        }
        String[] instances = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        for (VariableInstance variable : engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(instances).variableNameIn(TaskFacts.VARIABLES).list()) {
            if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return byInstance;
    }
}
