package th.go.phuket.planning.dashboard;

import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.AgencyCategory;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.dashboard.CycleProgress.AgencyProgress;
import th.go.phuket.planning.dashboard.CycleProgress.CategoryProgress;
import th.go.phuket.planning.dashboard.CycleProgress.Deadline;
import th.go.phuket.planning.dashboard.CycleProgress.Links;
import th.go.phuket.planning.dashboard.CycleProgress.Milestone;
import th.go.phuket.planning.dashboard.CycleProgress.Phase;
import th.go.phuket.planning.support.Messages;

/**
 * The managers' read model: every cycle, and the progress of one, computed on each call from the engine's runtime
 * and history as of the engine clock ({@link ClockUtil}, which rehearsals move). Nothing is copied or cached, so
 * it cannot drift from the processes.
 */
@Component
public class ProgressReader {

    private final CycleFactsLoader loader;
    private final AgencyRows agencyRows;
    private final WorkingDayCalendar calendar;
    private final CamundaLinks links;

    public ProgressReader(HistoryService history, TaskService tasks, WorkingDayCalendar calendar,
            AgencyDirectory directory, CamundaLinks links) {
        this.loader = new CycleFactsLoader(history, tasks);
        this.agencyRows = new AgencyRows(calendar, directory);
        this.calendar = calendar;
        this.links = links;
    }

    /** Every cycle, newest first, with its phase and status. */
    public List<CycleSummary> cycles() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<HistoricProcessInstance> cycles = loader.allCycles();
        Map<String, Map<String, Object>> variables = loader.processVariables(
                cycles.stream().map(HistoricProcessInstance::getId).toList(), CycleFactsLoader.CYCLE_VARIABLES);
        Map<String, HistoricActivityInstance> steps = loader.currentSteps(cycles);
        List<CycleSummary> summaries = new ArrayList<>();
        for (HistoricProcessInstance cycle : cycles) {
            CycleVariables vars = new CycleVariables(variables.getOrDefault(cycle.getId(), Map.of()));
            Phase phase = CyclePhases.current(cycle, steps.get(cycle.getId()), vars);
            CycleStatus status = statusOf(cycle, vars, now);
            Instant started = Times.instant(cycle.getStartTime());
            summaries.add(new CycleSummary(cycle.getBusinessKey(), vars.title(cycle.getBusinessKey()), cycle.getId(),
                    status.key(), status.labelTh(), phase, Times.bangkok(started), Times.shortDate(started),
                    Times.bangkok(cycle.getEndTime()), vars.agencyIds().size(), milestones(started, vars, now),
                    linksOf(cycle, phase)));
        }
        return summaries;
    }

    /** The progress of the cycle {@code cycleId}; {@link UnknownCycleException} when there is none. */
    public CycleProgress progress(String cycleId) {
        HistoricProcessInstance cycle = loader.findCycle(cycleId).orElseThrow(() -> new UnknownCycleException(cycleId));
        CycleFacts facts = loader.load(cycle);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        CycleVariables vars = new CycleVariables(facts.cycleVariables());
        Phase phase = CyclePhases.current(cycle, CyclePhases.openStep(facts.cycleActivities()), vars);
        CycleStatus status = statusOf(cycle, vars, now);
        List<AgencyProgress> agencies = agencyRows.rows(facts, vars, now);
        Instant started = Times.instant(cycle.getStartTime());
        return new CycleProgress(cycleId, vars.title(cycleId), cycle.getId(), status.key(), status.labelTh(), phase,
                Times.bangkok(started), Times.bangkok(cycle.getEndTime()), Times.bangkok(now),
                ThaiDates.shortDateTime(now), deadline(vars, now), milestones(started, vars, now), counts(agencies),
                categories(agencies), agencies, CyclePhases.visits(facts.cycleActivities(), vars, now),
                linksOf(cycle, phase));
    }

    static CycleStatus statusOf(HistoricProcessInstance cycle, CycleVariables vars, Instant now) {
        if (cycle.getEndTime() != null) {
            return HistoricProcessInstance.STATE_COMPLETED.equals(cycle.getState())
                    ? CycleStatus.SUBMITTED : CycleStatus.CANCELLED;
        }
        LocalDate deadline = vars.submissionDeadline();
        return deadline != null && ThaiDates.bangkokDate(now).isAfter(deadline) ? CycleStatus.OVERDUE
                : CycleStatus.RUNNING;
    }

    private Deadline deadline(CycleVariables vars, Instant now) {
        LocalDate deadline = vars.submissionDeadline();
        if (deadline == null) {
            return null;
        }
        LocalDate today = ThaiDates.bangkokDate(now);
        return new Deadline(deadline, ThaiDates.shortDate(deadline), calendar.workingDaysBetween(today, deadline),
                ChronoUnit.DAYS.between(today, deadline));
    }

    private static List<Milestone> milestones(Instant started, CycleVariables vars, Instant now) {
        LocalDate today = ThaiDates.bangkokDate(now);
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("kickoff", started == null ? null : ThaiDates.bangkokDate(started));
        dates.put("proposals_due", vars.date(VAR_PROPOSALS_DUE));
        dates.put("hearing", vars.date(VAR_HEARING_DATE));
        dates.put("committee", vars.date(VAR_COMMITTEE_DATE));
        dates.put("submission", vars.submissionDeadline());
        List<Milestone> milestones = new ArrayList<>();
        dates.forEach((key, date) -> {
            if (date != null) {
                milestones.add(new Milestone(key, Messages.get(
                        "dashboard.milestone." + key), date, ThaiDates.shortDate(date), date.isBefore(today)));
            }
        });
        return milestones;
    }

    /** Agencies per status (every status, zeros included) and {@code total}. */
    static Map<String, Integer> counts(List<AgencyProgress> agencies) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AgencyStatus status : AgencyStatus.values()) {
            counts.put(status.key(), 0);
        }
        agencies.forEach(agency -> counts.merge(agency.status(), 1, Integer::sum));
        counts.put("total", agencies.size());
        return counts;
    }

    private static List<CategoryProgress> categories(List<AgencyProgress> agencies) {
        Map<String, List<AgencyProgress>> byCategory = agencies.stream().collect(Collectors.groupingBy(
                AgencyProgress::category, LinkedHashMap::new, Collectors.toList()));
        Map<String, AgencyStatus> statuses = Arrays.stream(AgencyStatus.values())
                .collect(Collectors.toMap(AgencyStatus::key, Function.identity()));
        List<CategoryProgress> categories = new ArrayList<>();
        byCategory.forEach((code, rows) -> {
            int handedIn = (int) rows.stream().filter(row -> statuses.get(row.status()).handedIn()).count();
            int withAgency = (int) rows.stream().filter(row -> statuses.get(row.status()).withAgency()).count();
            categories.add(new CategoryProgress(code, AgencyRows.categoryLabel(code),
                    AgencyCategory.fromCode(code).map(AgencyCategory::labelEn).orElse(code), rows.size(), handedIn,
                    withAgency, counts(rows)));
        });
        return categories;
    }

    private Links linksOf(HistoricProcessInstance cycle, Phase phase) {
        return new Links(links.cockpitProcessInstance(cycle.getId()), links.tasklistTask(phase.taskId()));
    }
}
