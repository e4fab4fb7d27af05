package th.go.phuket.planning.dashboard;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyCategory;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.dashboard.CycleProgress.AgencyProgress;

/** One row per agency of a cycle: its status, due date and lateness, from its contribution's facts. */
class AgencyRows {

    private static final Map<String, Integer> CATEGORY_ORDER = Arrays.stream(AgencyCategory.values())
            .collect(Collectors.toMap(AgencyCategory::code, Enum::ordinal));

    private final WorkingDayCalendar calendar;
    private final AgencyDirectory directory;

    AgencyRows(WorkingDayCalendar calendar, AgencyDirectory directory) {
        this.calendar = calendar;
        this.directory = directory;
    }

    /** The status of a contribution, by the rules of issue 6 (see {@link AgencyStatus}). */
    static AgencyStatus statusOf(HistoricProcessInstance contribution, Task openTask, int returnCount, Instant now) {
        if (contribution.getEndTime() != null) {
            return HistoricProcessInstance.STATE_COMPLETED.equals(contribution.getState())
                    ? AgencyStatus.ACCEPTED : AgencyStatus.CANCELLED;
        }
        if (openTask != null && TASK_SCREEN_PROPOSAL.equals(openTask.getTaskDefinitionKey())) {
            return AgencyStatus.SUBMITTED;
        }
        if (openTask != null && TASK_AGENCY_REVIEW.equals(openTask.getTaskDefinitionKey())) {
            if (openTask.getDueDate() != null && now.isAfter(openTask.getDueDate().toInstant())) {
                return AgencyStatus.OVERDUE;
            }
            return returnCount > 0 ? AgencyStatus.RETURNED : AgencyStatus.OPEN;
        }
        // Running without a task: review and screening hand over in the same transaction, and a return reopens the
        // review at once, so only an accepted proposal waits without a task (for the job of its end event)
        return AgencyStatus.ACCEPTED;
    }

    List<AgencyProgress> rows(CycleFacts facts, CycleVariables cycle, Instant now) {
        List<AgencyProgress> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (HistoricProcessInstance contribution : facts.contributions()) {
            AgencyProgress row = row(contribution, facts, cycle, now);
            seen.add(row.agencyId());
            rows.add(row);
        }
        AgencyStatus notStarted = facts.cycle().getEndTime() == null ? AgencyStatus.PENDING : AgencyStatus.CANCELLED;
        for (String agencyId : cycle.agencyIds()) {
            if (seen.add(agencyId)) {
                rows.add(notStartedRow(agencyId, notStarted, cycle));
            }
        }
        Map<String, Integer> order = new HashMap<>();
        cycle.agencyIds().forEach(id -> order.putIfAbsent(id, order.size()));
        rows.sort(Comparator.comparingInt((AgencyProgress row) -> categoryOrder(row.category()))
                .thenComparingInt(row -> order.getOrDefault(row.agencyId(), Integer.MAX_VALUE))
                .thenComparing(AgencyProgress::nameTh));
        return rows;
    }

    private AgencyProgress row(HistoricProcessInstance contribution, CycleFacts facts, CycleVariables cycle,
            Instant now) {
        Map<String, Object> variables = facts.variablesOf(contribution.getId());
        String agencyId = String.valueOf(variables.getOrDefault(VAR_AGENCY_ID, contribution.getBusinessKey()));
        Task task = facts.openTasks().get(contribution.getId());
        HistoricTaskInstance lastReview = facts.lastFinishedReviews().get(contribution.getId());
        int returns = variables.get(VAR_RETURN_COUNT) instanceof Number number ? number.intValue() : 0;
        AgencyStatus status = statusOf(contribution, task, returns, now);

        Instant due = dueOf(task, lastReview, cycle);
        Lateness lateness = Lateness.NONE;
        Instant submitted = null;
        if (status == AgencyStatus.OVERDUE) {
            lateness = Lateness.of(due, now, calendar);
        } else if (status.handedIn() && lastReview != null) {
            submitted = lastReview.getEndTime().toInstant();
            lateness = Lateness.of(Times.instant(lastReview.getDueDate()), submitted, calendar);
        }
        Optional<Agency> known = directory.find(agencyId);
        String nameTh = (String) variables.getOrDefault(VAR_AGENCY_NAME_TH, known.map(Agency::nameTh).orElse(agencyId));
        String nameEn = known.map(Agency::nameEn).orElse(agencyId);
        String category = (String) variables.getOrDefault(VAR_AGENCY_CATEGORY,
                known.map(agency -> agency.category().code()).orElse(""));
        return new AgencyProgress(agencyId, nameTh, nameEn, category, categoryLabel(category), status.key(),
                status.labelTh(), returns, Times.bangkok(due), due == null ? null : Times.bangkok(due).toLocalDate(),
                Times.shortDate(due), lateness.days(), lateness.workingDays(), Times.bangkok(submitted),
                Times.shortDate(submitted), task == null ? null : task.getId(), contribution.getId());
    }

    /** The due date of the open task, else of the last review handed in, else the cycle's proposals due date. */
    private static Instant dueOf(Task task, HistoricTaskInstance lastReview, CycleVariables cycle) {
        if (task != null && TASK_AGENCY_REVIEW.equals(task.getTaskDefinitionKey()) && task.getDueDate() != null) {
            return task.getDueDate().toInstant();
        }
        if (lastReview != null && lastReview.getDueDate() != null) {
            return lastReview.getDueDate().toInstant();
        }
        return cycle.instant(CycleProcess.VAR_PROPOSALS_DUE_AT);
    }

    private AgencyProgress notStartedRow(String agencyId, AgencyStatus status, CycleVariables cycle) {
        Optional<Agency> known = directory.find(agencyId);
        String category = known.map(agency -> agency.category().code()).orElse("");
        Instant due = cycle.instant(CycleProcess.VAR_PROPOSALS_DUE_AT);
        return new AgencyProgress(agencyId, known.map(Agency::nameTh).orElse(agencyId),
                known.map(Agency::nameEn).orElse(agencyId), category, categoryLabel(category), status.key(),
                status.labelTh(), 0, Times.bangkok(due), due == null ? null : Times.bangkok(due).toLocalDate(),
                Times.shortDate(due), 0, 0, null, null, null, null);
    }

    static String categoryLabel(String code) {
        return AgencyCategory.fromCode(code).map(AgencyCategory::labelTh).orElse(code);
    }

    static int categoryOrder(String code) {
        return CATEGORY_ORDER.getOrDefault(code, Integer.MAX_VALUE);
    }
}
