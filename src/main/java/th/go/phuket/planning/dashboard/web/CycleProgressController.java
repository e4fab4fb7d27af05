package th.go.phuket.planning.dashboard.web;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.dashboard.CycleProgress;
import th.go.phuket.planning.dashboard.CycleSummary;
import th.go.phuket.planning.dashboard.ProgressCsv;
import th.go.phuket.planning.dashboard.ProgressReader;
import th.go.phuket.planning.dashboard.ProgressTable;
import th.go.phuket.planning.dashboard.ProgressXlsx;
import th.go.phuket.planning.dashboard.UnknownCycleException;

/**
 * The managers' read API under {@code /api/cycles}: every cycle, one cycle's progress, and its agency status
 * table as CSV or XLSX ({@code status}, {@code category} and {@code q} narrow the table as on the page).
 */
@RestController
@RequestMapping("/api/cycles")
public class CycleProgressController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProgressReader reader;

    public CycleProgressController(ProgressReader reader) {
        this.reader = reader;
    }

    @GetMapping
    public List<CycleSummary> cycles() {
        return reader.cycles();
    }

    @GetMapping("/{cycleId}/progress")
    public CycleProgress progress(@PathVariable String cycleId) {
        return reader.progress(cycleId);
    }

    @GetMapping("/{cycleId}/progress.csv")
    public ResponseEntity<byte[]> progressCsv(@PathVariable String cycleId,
            @RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String q) {
        ProgressTable table = ProgressTable.of(reader.progress(cycleId), status, category, q);
        return download(ProgressCsv.write(table), CSV, table.fileName("csv"));
    }

    @GetMapping("/{cycleId}/progress.xlsx")
    public ResponseEntity<byte[]> progressXlsx(@PathVariable String cycleId,
            @RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String q) {
        ProgressTable table = ProgressTable.of(reader.progress(cycleId), status, category, q);
        return download(ProgressXlsx.write(table), XLSX, table.fileName("xlsx"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    @ExceptionHandler(UnknownCycleException.class)
    ProblemDetail unknownCycle(UnknownCycleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("ไม่พบรอบการทบทวนแผน (cycle not found)");
        problem.setProperty("cycleId", e.cycleId());
        return problem;
    }
}
