package th.go.phuket.planning.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

/** One cycle in {@code GET /api/cycles}: its phase, dates and status against the submission deadline. */
public record CycleSummary(
        String cycleId,
        String title,
        String processInstanceId,
        String status,
        String statusTh,
        CycleProgress.Phase phase,
        OffsetDateTime startedAt,
        String startedText,
        OffsetDateTime endedAt,
        int agencyCount,
        List<CycleProgress.Milestone> dueDates,
        CycleProgress.Links links) {
}
