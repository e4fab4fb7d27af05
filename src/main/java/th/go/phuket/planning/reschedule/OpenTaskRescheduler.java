package th.go.phuket.planning.reschedule;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.HolidayChangeListener;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleSchedule;
import th.go.phuket.planning.cycle.CycleSettings;
import th.go.phuket.planning.reminder.DeadlineWatchProcess;
import th.go.phuket.planning.task.DescribeTaskListener;

/**
 * When days start or stop being holidays, every running cycle's due dates are worked out again from its dates as
 * they are now (the same Thai working-day rules as at the start): the changed ones are stored on the cycle (and on
 * contributions that still hold a copy, from before cycle model 1.3), each open task's due date is evaluated again as
 * its model says and a task whose due date moves gets the new one (and its Thai due-date text), and
 * every waiting timer of the cycle (reminders, overdue notices, the deadline warning) is evaluated again, so the
 * reminders follow the task. Done as the application, not as the office user who changed the holiday: agencies'
 * tasks are not the office's to update.
 */
@Component
public class OpenTaskRescheduler implements HolidayChangeListener {

    /**
     * The processes of a cycle whose due dates and timers follow the working days. Others sharing the cycle's
     * business key (mail deliveries with their retry timers) are left alone: their timers count from when they
     * were set, not from a date of the cycle.
     */
    static final String[] FAMILY = {CycleProcess.KEY, ContributionProcess.KEY, DeadlineWatchProcess.KEY};
    private static final Logger LOG = LoggerFactory.getLogger(OpenTaskRescheduler.class);

    private final ProcessEngine engine;
    private final CycleSchedule schedule;

    /** The engine is looked up when first used: the holiday book, made before the engine, finds this listener. */
    public OpenTaskRescheduler(@Lazy ProcessEngine engine, CycleSchedule schedule) {
        this.engine = engine;
        this.schedule = schedule;
    }

    @Override
    public int holidaysChanged(Set<LocalDate> dates) {
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().clearAuthentication();
        try {
            int moved = 0;
            for (ProcessInstance cycle : engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(CycleProcess.KEY).list()) {
                moved += reschedule(cycle);
            }
            LOG.info("Holidays changed on {}: {} open tasks got a new due date", dates, moved);
            return moved;
        } finally {
            if (caller != null) {
                engine.getIdentityService().setAuthentication(caller);
            }
        }
    }

    @Override
    public boolean isConflict(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    private int reschedule(ProcessInstance cycle) {
        RuntimeService runtime = engine.getRuntimeService();
        Map<String, Object> values = runtime.getVariables(cycle.getId());
        Map<String, Date> due = schedule.dueDates(settings(values), startDay(cycle));
        Map<String, Object> changed = new HashMap<>();
        due.forEach((name, date) -> {
            if (!date.equals(values.get(name))) {
                changed.put(name, date);
            }
        });
        List<ProcessInstance> family = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(cycle.getBusinessKey()).processDefinitionKeyIn(FAMILY).list();
        if (!changed.isEmpty()) {
            runtime.setVariables(cycle.getId(), changed);
            for (ProcessInstance member : family) {
                if (!member.getId().equals(cycle.getId())) {
                    Map<String, Object> own = new HashMap<>(changed);
                    own.keySet().retainAll(runtime.getVariables(member.getId(), changed.keySet()).keySet());
                    if (!own.isEmpty()) {
                        runtime.setVariables(member.getId(), own);
                    }
                }
            }
        }
        int moved = 0;
        for (Task task : engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(cycle.getBusinessKey()).processDefinitionKeyIn(FAMILY).list()) {
            moved += moveTask(task) ? 1 : 0;
        }
        var commands = commands();
        for (ProcessInstance member : family) {
            for (Job timer : engine.getManagementService().createJobQuery().timers()
                    .processInstanceId(member.getId()).list()) {
                commands.execute(new RescheduleTimerCmd(timer.getId()));
            }
        }
        return moved;
    }

    private boolean moveTask(Task task) {
        Date newDue = commands().execute(new TaskDueDateCmd(task.getId()));
        if (newDue == null || Objects.equals(newDue, task.getDueDate())) {
            return false;
        }
        TaskService tasks = engine.getTaskService();
        task.setDueDate(newDue);
        tasks.saveTask(task);
        tasks.setVariableLocal(task.getId(), DescribeTaskListener.VAR_DUE_DATE_TEXT, ThaiDates.shortDate(newDue.toInstant()));
        return true;
    }

    private CommandExecutor commands() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    private static CycleSettings settings(Map<String, Object> values) {
        return new CycleSettings((String) values.get(CycleProcess.VAR_CYCLE_ID),
                (String) values.get(CycleProcess.VAR_PROVINCE), (String) values.get(CycleProcess.VAR_PLAN_PERIOD),
                values.get(CycleProcess.VAR_FISCAL_YEAR) instanceof Number year ? year.intValue() : 0,
                date(values, CycleProcess.VAR_PROPOSALS_DUE), date(values, CycleProcess.VAR_HEARING_DATE),
                date(values, CycleProcess.VAR_COMMITTEE_DATE), date(values, CycleProcess.VAR_SUBMISSION_DEADLINE),
                List.of());
    }

    private LocalDate startDay(ProcessInstance cycle) {
        var started = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(cycle.getId()).singleResult();
        return ThaiDates.bangkokDate(started.getStartTime().toInstant());
    }

    private static LocalDate date(Map<String, Object> values, String name) {
        return LocalDate.parse(String.valueOf(values.get(name)));
    }
}
