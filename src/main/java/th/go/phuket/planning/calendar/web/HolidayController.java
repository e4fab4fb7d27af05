package th.go.phuket.planning.calendar.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.calendar.CalendarInputException;
import th.go.phuket.planning.calendar.CalendarMessages;
import th.go.phuket.planning.calendar.HolidayBook;
import th.go.phuket.planning.calendar.HolidayRepository;
import th.go.phuket.planning.calendar.HolidayTakenException;
import th.go.phuket.planning.calendar.IsoDates;
import th.go.phuket.planning.calendar.ThaiDates;

/**
 * The holiday table over HTTP: list, read, add or change, move, delete. Dates in paths are ISO {@code yyyy-MM-dd}
 * (C.E.); errors are RFC 7807 problem documents whose {@code detail} is Thai first, then English. Changes go through
 * the {@link HolidayBook}: logged with who and when, and the due dates of open tasks follow.
 */
@RestController
@RequestMapping("/api/holidays")
public class HolidayController {

    private final HolidayRepository holidays;
    private final HolidayBook book;

    public HolidayController(HolidayRepository holidays, HolidayBook book) {
        this.holidays = holidays;
        this.book = book;
    }

    /** Every holiday, or those of one year; {@code year} may be C.E. ({@code 2018}) or B.E. ({@code 2561}). */
    @GetMapping
    public List<HolidayView> list(@RequestParam(required = false) String year) {
        var found = year == null ? holidays.findAll() : holidays.findByYear(commonEraYear(year));
        return found.stream().map(HolidayView::of).toList();
    }

    @GetMapping("/{date}")
    public ResponseEntity<?> get(@PathVariable String date) {
        LocalDate day = IsoDates.parse(date);
        return holidays.findByDate(day)
                .<ResponseEntity<?>>map(holiday -> ResponseEntity.ok(HolidayView.of(holiday)))
                .orElseGet(() -> notFound(day));
    }

    /** Adds the holiday (201) or replaces the one on that date (200). */
    @PutMapping("/{date}")
    public ResponseEntity<HolidayView> put(@PathVariable String date, @RequestBody HolidayRequest request,
                                           HttpServletRequest http) {
        var edit = book.save(request.toHoliday(IsoDates.parse(date)), Editor.of(http));
        HolidayView view = HolidayView.of(edit.holiday(), edit.tasksMoved());
        return edit.created()
                ? ResponseEntity.created(URI.create("/api/holidays/" + view.date())).body(view)
                : ResponseEntity.ok(view);
    }

    /** Moves the holiday to another date ({@code {"to": "2027-05-04"}}), keeping its name and source. */
    @PostMapping("/{date}/move")
    public ResponseEntity<?> move(@PathVariable String date, @RequestBody Map<String, String> body,
                                  HttpServletRequest http) {
        LocalDate from = IsoDates.parse(date);
        LocalDate to = IsoDates.parse(body.get("to"));
        return book.move(from, to, Editor.of(http))
                .<ResponseEntity<?>>map(edit -> ResponseEntity.ok(HolidayView.of(edit.holiday(), edit.tasksMoved())))
                .orElseGet(() -> notFound(from));
    }

    @DeleteMapping("/{date}")
    public ResponseEntity<?> delete(@PathVariable String date, HttpServletRequest http) {
        LocalDate day = IsoDates.parse(date);
        return book.remove(day, Editor.of(http))
                .<ResponseEntity<?>>map(edit -> ResponseEntity.noContent()
                        .header("X-Tasks-Moved", String.valueOf(edit.tasksMoved())).build())
                .orElseGet(() -> notFound(day));
    }

    @ExceptionHandler(CalendarInputException.class)
    ResponseEntity<ProblemDetail> badInput(CalendarInputException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HolidayTakenException.class)
    ResponseEntity<ProblemDetail> taken(HolidayTakenException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, CalendarMessages.get("calendar.holiday.badBody"));
    }

    static int commonEraYear(String year) {
        if (!year.strip().matches("\\d{4}")) {
            throw new CalendarInputException(CalendarMessages.get("calendar.holiday.badYear", year));
        }
        int value = Integer.parseInt(year.strip());
        return ThaiDates.looksLikeBuddhistYear(value) ? ThaiDates.commonEraYear(value) : value;
    }

    private static ResponseEntity<ProblemDetail> notFound(LocalDate date) {
        return problem(HttpStatus.NOT_FOUND,
                CalendarMessages.get("calendar.holiday.notFound", ThaiDates.shortDate(date), date));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
