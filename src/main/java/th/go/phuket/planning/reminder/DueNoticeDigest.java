package th.go.phuket.planning.reminder;

import static th.go.phuket.planning.contribution.ContributionProcess.TASK_AGENCY_REVIEW;
import static th.go.phuket.planning.contribution.ContributionProcess.VAR_AGENCY_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.Outbox;
import th.go.phuket.planning.mail.OutboxWriter;

/**
 * Sends the reminders and overdue notices of agencies as one email per agency a day. A due-notice timer watches
 * agency reviews: the cycle's timer (on {@code Call_AgencyContribution}) all reviews of the cycle; a contribution
 * started under the first contribution model (version 1.0, which had the timers on its own review) only that review.
 * When it fires, every agency with a watched review due for the notice and not mailed yet gets one email listing all
 * its open reviews, in every cycle, due for the same kind of notice. Each (review, notice day) is logged, so a
 * reopened review, a restart, a repeated job or the timer of another cycle never mails the same notice twice.
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

    /** A due-notice timer of {@code execution}'s process fired: mail what is due, if anything. */
    public void timerFired(DelegateExecution execution, EmailKind kind) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (dueNotices(watchedReviews(execution), kind, now).isEmpty()) {
            return;
        }
        // The timers of several cycles fire at the same moment and would write the same agencies' emails: one at a
        // time, each in its transaction, so the later ones wait here and then find the reviews mailed (looked at
        // again after the wait)
        outbox.lockNotices();
        Map<Task, String> due = dueNotices(watchedReviews(execution), kind, now);
        if (due.isEmpty()) {
            return;
        }
        Set<String> agencies = new TreeSet<>();
        agencyIds(engine, due.keySet()).values().forEach(agencies::add);
        for (String agencyId : agencies) {
            mailAgency(engine, agencyId, kind, now);
        }
    }

    /**
     * The open reviews a timer watches: its own review when the timer sits on it (contribution model 1.0), else
     * the reviews of the cycle's contributions, which carry the cycle's business key.
     */
    private static List<Task> watchedReviews(DelegateExecution execution) {
        TaskQuery reviews = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .taskDefinitionKey(TASK_AGENCY_REVIEW).active();
        boolean ownReview = execution.getBpmnModelInstance().getModelElementById(TASK_AGENCY_REVIEW) != null;
        return ownReview ? reviews.processInstanceId(execution.getProcessInstanceId()).list()
                : reviews.processInstanceBusinessKey(execution.getProcessBusinessKey()).list();
    }

    /** One email to {@code agencyId} listing its open reviews of every cycle that are due for this notice. */
    private void mailAgency(ProcessEngineServices engine, String agencyId, EmailKind kind, Instant now) {
        // found by their candidate group (the agency, an indexed identity link), not by a process variable, which
        // costs a scan of every variable once many cycles run
        List<Task> open = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_AGENCY_REVIEW)
                .taskCandidateGroup(agencyId).includeAssignedTasks().active().list();
        Map<Task, String> due = dueNotices(open, kind, now);
        if (due.isEmpty()) {
            return;
        }
        Map<String, Map<String, Object>> variables = variablesOf(engine, due.keySet(), TaskFacts.VARIABLES);
        addCycleProvince(engine, due.keySet(), variables);
        List<TaskFacts> facts = new ArrayList<>();
        List<Outbox.Notice> notices = new ArrayList<>();
        due.forEach((task, noticeKey) -> {
            facts.add(TaskFacts.of(task, variables.getOrDefault(task.getProcessInstanceId(), Map.of()), directory));
            notices.add(new Outbox.Notice(noticeKey, task.getId(), task.getProcessInstanceId()));
        });
        String key = freeKey(kind, agencyId, NoticeComposer.bangkok(now));
        writer.write(composer.agencyEmail(kind, key, facts, now, null))
                .ifPresent(outboxId -> outbox.logNotices(notices, outboxId, now));
    }

    /** Of {@code tasks}, those due now for a notice of {@code kind} not mailed yet, each with its notice key. */
    private Map<Task, String> dueNotices(List<Task> tasks, EmailKind kind, Instant now) {
        Map<Task, String> due = new LinkedHashMap<>();
        for (Task task : tasks) {
            if (task.getDueDate() == null) {
                continue;
            }
            schedule.currentNotice(task.getDueDate().toInstant(), task.getCreateTime().toInstant(), now)
                    .filter(notice -> notice.kind() == kind)
                    .ifPresent(notice -> due.put(task, kind + ":" + task.getProcessInstanceId() + ":"
                            + task.getTaskDefinitionKey() + ":" + notice.pointDay()));
        }
        if (!due.isEmpty()) {
            Set<String> logged = outbox.loggedNotices(due.values());
            due.values().removeIf(logged::contains);
        }
        return due;
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

    /** The agency of each task's contribution, by process instance. */
    private static Map<String, String> agencyIds(ProcessEngineServices engine, Set<Task> tasks) {
        Map<String, String> agencies = new HashMap<>();
        variablesOf(engine, tasks, VAR_AGENCY_ID).forEach((instance, values) -> {
            if (values.get(VAR_AGENCY_ID) instanceof String agencyId) {
                agencies.put(instance, agencyId);
            }
        });
        return agencies;
    }

    /**
     * A contribution reads its cycle's province from the cycle (only those started before cycle model 1.3 have a
     * copy): the cycles are found by the business key they share with their contributions, the cycle's id, in two
     * queries for all of an agency's reviews (the reminder round lists up to 84 cycles' reviews in one email).
     */
    private static void addCycleProvince(ProcessEngineServices engine, Set<Task> tasks,
                                         Map<String, Map<String, Object>> variables) {
        Set<String> cycleIds = new HashSet<>();
        for (Task task : tasks) {
            Map<String, Object> values = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
            Object cycleId = values.get(CycleProcess.VAR_CYCLE_ID);
            if (values.get(CycleProcess.VAR_PROVINCE) == null && cycleId instanceof String id) {
                cycleIds.add(id);
            }
        }
        if (cycleIds.isEmpty()) {
            return;
        }
        Map<String, String> cycleIdByInstance = new HashMap<>();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleProcess.KEY).list().stream()
                .filter(cycle -> cycleIds.contains(cycle.getBusinessKey()))
                .forEach(cycle -> cycleIdByInstance.put(cycle.getId(), cycle.getBusinessKey()));
        Map<String, Object> provinceByCycleId = new HashMap<>();
        if (!cycleIdByInstance.isEmpty()) {
            for (VariableInstance province : engine.getRuntimeService().createVariableInstanceQuery()
                    .processInstanceIdIn(cycleIdByInstance.keySet().toArray(String[]::new))
                    .variableName(CycleProcess.VAR_PROVINCE).list()) {
                if (province.getExecutionId().equals(province.getProcessInstanceId())) {
                    provinceByCycleId.put(cycleIdByInstance.get(province.getProcessInstanceId()), province.getValue());
                }
            }
        }
        for (Task task : tasks) {
            Map<String, Object> values = variables.computeIfAbsent(task.getProcessInstanceId(), id -> new HashMap<>());
            if (values.get(CycleProcess.VAR_PROVINCE) == null) {
                values.put(CycleProcess.VAR_PROVINCE, provinceByCycleId.get(values.get(CycleProcess.VAR_CYCLE_ID)));
            }
        }
    }

    private static Map<String, Map<String, Object>> variablesOf(ProcessEngineServices engine, Set<Task> tasks,
                                                                String... names) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        String[] instances = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        for (VariableInstance variable : engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(instances).variableNameIn(names).list()) {
            if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return byInstance;
    }
}
