package th.go.phuket.planning.calendar.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import th.go.phuket.planning.calendar.CalendarInputException;
import th.go.phuket.planning.calendar.CalendarMessages;
import th.go.phuket.planning.calendar.HolidayBook;
import th.go.phuket.planning.calendar.HolidayChange;
import th.go.phuket.planning.calendar.HolidayCsv;
import th.go.phuket.planning.calendar.HolidayFileException;
import th.go.phuket.planning.calendar.HolidayRepository;

/**
 * A year's holidays as a file: {@code GET /api/holidays.csv?year=2027} to download (and edit in a spreadsheet),
 * {@code POST /api/holidays/import} to make a year's holidays those of a file (refused whole, naming every bad row
 * and column), and {@code GET /api/holidays/changes?year=} for who changed what and when.
 */
@RestController
public class HolidayFileController {

    private final HolidayRepository holidays;
    private final HolidayBook book;

    public HolidayFileController(HolidayRepository holidays, HolidayBook book) {
        this.holidays = holidays;
        this.book = book;
    }

    @GetMapping("/api/holidays.csv")
    public ResponseEntity<byte[]> export(@RequestParam String year) {
        int ceYear = HolidayController.commonEraYear(year);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("holidays-" + ceYear + ".csv").build().toString())
                .body(HolidayCsv.write(holidays.findByYear(ceYear)));
    }

    /** A file uploaded from the page (multipart, part {@code file}). */
    @PostMapping(path = "/api/holidays/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public HolidayBook.Import importUpload(@RequestPart("file") MultipartFile file,
                                           @RequestParam(required = false) String year, HttpServletRequest http)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "holidays.csv" : file.getOriginalFilename();
            return importFile(in, name, year, http);
        }
    }

    /** A file sent as the body ({@code text/csv}), e.g. {@code curl --data-binary @holidays-2027.csv}. */
    @PostMapping(path = "/api/holidays/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    public HolidayBook.Import importBody(@RequestBody byte[] body, @RequestParam(required = false) String year,
                                         HttpServletRequest http) {
        return importFile(new ByteArrayInputStream(body), "holidays.csv", year, http);
    }

    @GetMapping("/api/holidays/changes")
    public List<HolidayChange> changes(@RequestParam String year) {
        return book.changes(HolidayController.commonEraYear(year));
    }

    private HolidayBook.Import importFile(InputStream in, String name, String year, HttpServletRequest http) {
        HolidayCsv.Parsed parsed = HolidayCsv.parse(in, name);
        if (!parsed.problems().isEmpty()) {
            throw new HolidayFileException(parsed.problems());
        }
        int ceYear = year == null || year.isBlank()
                ? parsed.holidays().stream().findFirst().map(h -> h.date().getYear())
                        .orElseThrow(() -> new HolidayFileException(
                                List.of(CalendarMessages.get("calendar.import.noRows", name))))
                : HolidayController.commonEraYear(year);
        return book.importYear(ceYear, parsed.holidays(), name, Editor.of(http));
    }

    @ExceptionHandler(HolidayFileException.class)
    ResponseEntity<ProblemDetail> badFile(HolidayFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                CalendarMessages.get("calendar.import.refused", e.problems().size()));
        problem.setProperty("errors", e.problems());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(CalendarInputException.class)
    ResponseEntity<ProblemDetail> badInput(CalendarInputException e) {
        return HolidayController.problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
