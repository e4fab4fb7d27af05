package th.go.phuket.planning.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.dashboard.CycleProgress;
import th.go.phuket.planning.dashboard.CycleProgress.Milestone;

/** Milestones placed on the dashboard's line, and the export links that carry the table's filter. */
class TimelineTest {

    private static final List<Milestone> CALENDAR_2018 = List.of(
            milestone("kickoff", LocalDate.of(2018, 8, 17)),
            milestone("proposals_due", LocalDate.of(2018, 8, 31)),
            milestone("submission", LocalDate.of(2018, 9, 30)));

    @Test
    void milestonesAreSpreadByDateWithTodayBetweenThem() {
        Timeline timeline = Timeline.of(progress(CALENDAR_2018), LocalDate.of(2018, 9, 3));

        // the line runs from 15 Aug to 2 Oct (two days either side): 48 days
        assertThat(timeline.points()).extracting(Timeline.Point::percent).containsExactly(4.2, 33.3, 95.8);
        assertThat(timeline.points()).extracting(Timeline.Point::upper).containsExactly(true, false, true);
        assertThat(timeline.todayPercent()).isEqualTo(39.6);
        assertThat(timeline.todayText()).isEqualTo("3 ก.ย. 2561");
        assertThat(timeline.todayInside()).isTrue();
    }

    @Test
    void todayAfterTheLastMilestoneStretchesTheLine() {
        Timeline timeline = Timeline.of(progress(CALENDAR_2018), LocalDate.of(2018, 10, 10));

        assertThat(timeline.todayInside()).isFalse();
        assertThat(timeline.todayPercent()).isLessThan(100).isGreaterThan(timeline.points().get(2).percent());
    }

    @Test
    void exportLinksCarryOnlyTheFiltersInUse() {
        assertThat(DashboardController.exportHref("phuket-2563", "xlsx", null, "", " "))
                .isEqualTo("/api/cycles/phuket-2563/progress.xlsx");
        assertThat(DashboardController.exportHref("phuket-2563", "csv", "overdue", "district", "ถลาง"))
                .isEqualTo("/api/cycles/phuket-2563/progress.csv?status=overdue&category=district&q=%E0%B8%96%E0%B8%A5"
                        + "%E0%B8%B2%E0%B8%87");
    }

    private static Milestone milestone(String key, LocalDate date) {
        return new Milestone(key, key, date, date.toString(), false);
    }

    private static CycleProgress progress(List<Milestone> milestones) {
        return new CycleProgress("c", "t", "pi", "running", "", null, null, null, null, "", null, milestones,
                Map.of(), List.of(), List.of(), List.of(), null);
    }
}
