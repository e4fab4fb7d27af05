package th.go.phuket.planning.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Where one cycle stands, as {@code GET /api/cycles/{cycleId}/progress} answers it: derived on every request from
 * the engine's runtime and history, never stored. Date-times are Bangkok time; {@code ...Text} fields are the same
 * dates in the Buddhist Era as Thai readers write them ({@code 31 ส.ค. 2561}).
 */
public record CycleProgress(
        String cycleId,
        String title,
        String processInstanceId,
        String status,
        String statusTh,
        Phase phase,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        OffsetDateTime now,
        String nowText,
        Deadline deadline,
        List<Milestone> milestones,
        Map<String, Integer> counts,
        List<CategoryProgress> categories,
        List<AgencyProgress> agencies,
        List<PhaseVisit> history,
        Links links) {

    /** The step the cycle is at: {@code key} such as {@code agency_contributions}, entered at {@code since}. */
    public record Phase(String key, String nameTh, String nameEn, String activityId, OffsetDateTime since,
            OffsetDateTime dueAt, String dueDateText, String taskId) {
    }

    /**
     * The submission deadline and what is left of it by the engine clock: working days (Thai calendar, today not
     * counted, the deadline counted) and calendar days; negative once passed.
     */
    public record Deadline(LocalDate date, String dateText, int workingDaysLeft, long calendarDaysLeft) {
    }

    /** A date of the cycle's calendar (kickoff, proposals due, hearing, committee, submission). */
    public record Milestone(String key, String nameTh, LocalDate date, String dateText, boolean passed) {
    }

    /** One agency of the cycle. Days late are counted from the due date to today or to the day it handed in. */
    public record AgencyProgress(
            String agencyId,
            String nameTh,
            String nameEn,
            String category,
            String categoryTh,
            String status,
            String statusTh,
            int returnCount,
            OffsetDateTime dueAt,
            LocalDate dueDate,
            String dueDateText,
            long daysLate,
            int workingDaysLate,
            OffsetDateTime submittedAt,
            String submittedText,
            String taskId,
            String processInstanceId) {
    }

    /** The agencies of one category: how many handed in and how many are still with the agency. */
    public record CategoryProgress(String code, String labelTh, String labelEn, int total, int handedIn,
            int withAgency, Map<String, Integer> counts) {
    }

    /** One passage of the cycle through a phase (a revised plan passes through some phases twice). */
    public record PhaseVisit(String key, String nameTh, String activityId, OffsetDateTime enteredAt,
            OffsetDateTime finishedAt, long durationMinutes, String durationText, OffsetDateTime dueAt,
            boolean late) {
    }

    /** Where people open the cycle in the Camunda webapps. */
    public record Links(String cockpit, String tasklist) {
    }
}
