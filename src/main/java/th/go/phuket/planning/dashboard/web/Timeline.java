package th.go.phuket.planning.dashboard.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.dashboard.CycleProgress;
import th.go.phuket.planning.dashboard.CycleProgress.Milestone;

/**
 * The milestones of a cycle placed on a line from the kickoff to the submission deadline (stretched to include
 * today), each at a percentage of its width, with today marked.
 */
public record Timeline(List<Point> points, double todayPercent, String todayText, boolean todayInside) {

    /** A milestone at {@code percent} of the line; {@code upper} alternates labels above and below the line. */
    public record Point(String key, String nameTh, String dateText, double percent, boolean passed, boolean upper) {
    }

    private static final long MARGIN_DAYS = 2;

    public static Timeline of(CycleProgress progress, LocalDate today) {
        List<Milestone> milestones = progress.milestones();
        if (milestones.isEmpty()) {
            return new Timeline(List.of(), 0, ThaiDates.shortDate(today), false);
        }
        LocalDate first = milestones.stream().map(Milestone::date).min(LocalDate::compareTo).orElse(today);
        LocalDate last = milestones.stream().map(Milestone::date).max(LocalDate::compareTo).orElse(today);
        LocalDate start = (today.isBefore(first) ? today : first).minusDays(MARGIN_DAYS);
        LocalDate end = (today.isAfter(last) ? today : last).plusDays(MARGIN_DAYS);
        double span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            points.add(new Point(milestone.key(), milestone.nameTh(), milestone.dateText(),
                    percent(start, milestone.date(), span), milestone.passed(), i % 2 == 0));
        }
        boolean inside = !today.isBefore(first) && !today.isAfter(last);
        return new Timeline(points, percent(start, today, span), ThaiDates.shortDate(today), inside);
    }

    private static double percent(LocalDate start, LocalDate date, double span) {
        return Math.round(ChronoUnit.DAYS.between(start, date) / span * 1000) / 10.0;
    }
}
