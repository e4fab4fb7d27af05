package th.go.phuket.planning.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import th.go.phuket.planning.calendar.HolidayRepository;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.dashboard.AgencyStatus;
import th.go.phuket.planning.dashboard.CycleDownload;
import th.go.phuket.planning.dashboard.CycleLetterList;
import th.go.phuket.planning.dashboard.CycleProgress;
import th.go.phuket.planning.dashboard.CycleSummary;
import th.go.phuket.planning.dashboard.ProgressReader;
import th.go.phuket.planning.dashboard.ProgressTable;
import th.go.phuket.planning.dashboard.UnknownCycleException;
import th.go.phuket.planning.support.SitePage;

/**
 * {@code /dashboard}: every cycle with its phase, and one cycle in detail (the first running one unless
 * {@code ?cycle=} names another): timeline, chart per category, the agency table and its exports. The table's
 * filters ({@code status}, {@code category}, {@code q}) work without JavaScript (rows outside them are rendered
 * hidden); with it they apply as one types.
 */
@Controller
@SitePage
public class DashboardController {

    /** A choice in a filter list, with how many agencies it would show. */
    public record Option(String value, String label, int count) {
    }

    /** A download offered for the cycle (see {@link CycleDownload}). */
    public record Download(String label, String href) {
    }

    private final ProgressReader reader;
    private final ObjectProvider<CycleDownload> downloads;
    private final ObjectProvider<CycleLetterList> letters;
    private final HolidayRepository holidays;

    public DashboardController(ProgressReader reader, ObjectProvider<CycleDownload> downloads,
                               ObjectProvider<CycleLetterList> letters, HolidayRepository holidays) {
        this.reader = reader;
        this.downloads = downloads;
        this.letters = letters;
        this.holidays = holidays;
    }

    @GetMapping("/dashboard")
    public String dashboard(@RequestParam(required = false) String cycle,
            @RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        List<CycleSummary> cycles = reader.cycles();
        model.addAttribute("cycles", cycles);
        String selected = cycle != null && !cycle.isBlank() ? cycle : defaultCycle(cycles);
        if (selected == null) {
            return "dashboard";
        }
        CycleProgress progress;
        try {
            progress = reader.progress(selected);
        } catch (UnknownCycleException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notFound", e.getMessage());
            return "dashboard";
        }
        SiteHeader.Header header = (SiteHeader.Header) model.getAttribute("header");
        model.addAttribute("progress", progress);
        model.addAttribute("yearsWithoutHolidays", yearsWithoutHolidays(progress));
        model.addAttribute("timeline", Timeline.of(progress, header.today()));
        model.addAttribute("shown", progress.agencies().stream()
                .filter(agency -> ProgressTable.matches(agency, status, category, q))
                .map(CycleProgress.AgencyProgress::agencyId).collect(Collectors.toSet()));
        model.addAttribute("filter", Map.of("status", value(status), "category", value(category), "q", value(q)));
        model.addAttribute("statusOptions", statusOptions(progress));
        model.addAttribute("categoryOptions", progress.categories().stream()
                .map(c -> new Option(c.code(), c.labelTh(), c.total())).toList());
        model.addAttribute("csvHref", exportHref(progress.cycleId(), "csv", status, category, q));
        model.addAttribute("xlsxHref", exportHref(progress.cycleId(), "xlsx", status, category, q));
        model.addAttribute("downloads", downloads.orderedStream().sorted(Comparator.comparingInt(CycleDownload::order))
                .map(download -> new Download(download.label(), download.href(progress.cycleId()))).toList());
        CycleLetterList letterList = letters.getIfAvailable();
        model.addAttribute("letters", letterList == null ? List.of() : letterList.entries(progress.cycleId()));
        return "dashboard";
    }

    /**
     * The B.E. years of the cycle's dates (the start only when it comes before the proposals are due) for which the
     * holiday table has no holiday: its working days there count weekends only, and the managers should know.
     */
    private String yearsWithoutHolidays(CycleProgress progress) {
        List<java.time.LocalDate> dates = progress.milestones().stream().map(CycleProgress.Milestone::date).toList();
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        for (int i = 0; i < dates.size(); i++) {
            boolean startAfterProposals = i == 0 && progress.milestones().get(0).key().equals("kickoff")
                    && dates.size() > 1 && !dates.get(0).isBefore(dates.get(1));
            if (!startAfterProposals) {
                years.add(dates.get(i).getYear());
            }
        }
        var recorded = holidays.cached().years();
        return years.stream().filter(year -> !recorded.contains(year))
                .map(year -> String.valueOf(year + ThaiDates.BE_OFFSET)).collect(Collectors.joining(", "));
    }

    /** The first running cycle (newest first), else the newest. */
    static String defaultCycle(List<CycleSummary> cycles) {
        return cycles.stream().filter(cycle -> cycle.endedAt() == null).findFirst()
                .or(() -> cycles.stream().findFirst()).map(CycleSummary::cycleId).orElse(null);
    }

    private static List<Option> statusOptions(CycleProgress progress) {
        return Arrays.stream(AgencyStatus.values())
                .filter(status -> status.ordinal() <= AgencyStatus.ACCEPTED.ordinal()
                        || progress.counts().get(status.key()) > 0)
                .map(status -> new Option(status.key(), status.labelTh(), progress.counts().get(status.key())))
                .toList();
    }

    static String exportHref(String cycleId, String format, String status, String category, String q) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/cycles/{cycleId}/progress." + format);
        if (!value(status).isEmpty()) {
            uri.queryParam("status", status);
        }
        if (!value(category).isEmpty()) {
            uri.queryParam("category", category);
        }
        if (!value(q).isEmpty()) {
            uri.queryParam("q", q);
        }
        return uri.encode().buildAndExpand(cycleId).toUriString();
    }

    private static String value(String parameter) {
        return parameter == null ? "" : parameter.strip();
    }
}
