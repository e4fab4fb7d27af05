package th.go.phuket.planning.office.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import th.go.phuket.planning.calendar.Holiday;
import th.go.phuket.planning.calendar.HolidayBook;
import th.go.phuket.planning.calendar.HolidayChange;
import th.go.phuket.planning.calendar.HolidayRepository;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.dashboard.web.SiteHeader;

/**
 * {@code /office/holidays}: the holiday table of one year for the strategy office to keep (add, change, move,
 * remove, import the year's file, download it) and for managers to read, with who changed what. The changes are made
 * by the page's script through {@code /api/holidays}.
 */
@Controller
public class HolidayPageController {

    /** One row of the table, with the date as Thai readers write it. */
    public record Row(String date, String fullDateTh, String nameTh, String nameEn, boolean substitution,
                      String source, boolean assumed, boolean weekend) {

        static Row of(Holiday h) {
            DayOfWeek day = h.date().getDayOfWeek();
            return new Row(h.date().toString(), ThaiDates.fullDate(h.date()), h.nameTh(), h.nameEn(), h.substitution(),
                    h.source(), h.assumed(), day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY);
        }
    }

    /** One year tab: C.E. year (the API's), B.E. year (shown), and how many holidays it has. */
    public record YearTab(int year, int yearBe, int count) {
    }

    private final HolidayRepository holidays;
    private final HolidayBook book;
    private final SiteHeader siteHeader;

    public HolidayPageController(HolidayRepository holidays, HolidayBook book, SiteHeader siteHeader) {
        this.holidays = holidays;
        this.book = book;
        this.siteHeader = siteHeader;
    }

    @GetMapping("/office/holidays")
    public String page(@RequestParam(required = false) Integer year, HttpServletRequest request, Model model) {
        SiteHeader.Header header = siteHeader.header();
        model.addAttribute("header", header);
        LocalDate today = header.today();
        int shown = year == null ? today.getYear()
                : ThaiDates.looksLikeBuddhistYear(year) ? ThaiDates.commonEraYear(year) : year;
        List<Holiday> all = holidays.findAll();
        SortedSet<Integer> years = new TreeSet<>();
        all.forEach(h -> years.add(h.date().getYear()));
        years.add(today.getYear());
        years.add(today.getYear() + 1);
        years.add(shown);
        model.addAttribute("years", years.stream().map(y -> new YearTab(y, y + ThaiDates.BE_OFFSET,
                (int) all.stream().filter(h -> h.date().getYear() == y).count())).toList());
        model.addAttribute("year", shown);
        // as text: message arguments that are numbers would be written 2,570
        model.addAttribute("yearBe", String.valueOf(shown + ThaiDates.BE_OFFSET));
        List<Row> rows = all.stream().filter(h -> h.date().getYear() == shown).map(Row::of).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("rowCount", String.valueOf(rows.size()));
        List<HolidayChange> changes = book.changes(shown);
        model.addAttribute("changes", changes.stream().map(c -> new ChangeRow(c)).toList());
        model.addAttribute("user", PageUser.of(request));
        return "office/holidays";
    }

    /** A line of the change history, with the time in Bangkok. */
    public record ChangeRow(String when, String who, String action, String before, String after, int tasksMoved) {

        ChangeRow(HolidayChange change) {
            this(ThaiDates.shortDateTime(change.changedAt()), change.changedBy(), change.action(), change.before(),
                    change.after(), change.tasksMoved());
        }
    }
}
