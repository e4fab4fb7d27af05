package th.go.phuket.planning.plan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.plan.ActionPlan;
import th.go.phuket.planning.plan.ActionPlanCsv;
import th.go.phuket.planning.plan.ActionPlanReader;
import th.go.phuket.planning.plan.ActionPlanWorkbook;
import th.go.phuket.planning.plan.PlanTexts;
import th.go.phuket.planning.support.Messages;

/**
 * The consolidated action plan as files: {@code GET /api/cycles/{cycleId}/action-plan.xlsx} and {@code .csv}. They
 * can be fetched at any time; before consolidation they hold the contributions accepted so far and say so.
 */
@RestController
public class ActionPlanController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ActionPlanReader reader;
    private final ActionPlanWorkbook workbook;
    private final ActionPlanCsv csv;

    public ActionPlanController(ActionPlanReader reader, ActionPlanWorkbook workbook, ActionPlanCsv csv) {
        this.reader = reader;
        this.workbook = workbook;
        this.csv = csv;
    }

    @GetMapping("/api/cycles/{cycleId}/action-plan.xlsx")
    public ResponseEntity<?> xlsx(@PathVariable String cycleId) {
        return reader.read(cycleId).<ResponseEntity<?>>map(plan -> file(plan, XLSX, ".xlsx", out -> workbook.write(plan, out)))
                .orElseGet(() -> notFound(cycleId));
    }

    @GetMapping("/api/cycles/{cycleId}/action-plan.csv")
    public ResponseEntity<?> csv(@PathVariable String cycleId) {
        return reader.read(cycleId).<ResponseEntity<?>>map(plan -> file(plan, CSV, ".csv", out -> csv.write(plan, out)))
                .orElseGet(() -> notFound(cycleId));
    }

    private interface Writing {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static ResponseEntity<byte[]> file(ActionPlan plan, MediaType type, String extension, Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.write(out);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the action plan of " + plan.cycleId(), e);
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(PlanTexts.fileName(plan) + extension).build().toString())
                .body(out.toByteArray());
    }

    private static ResponseEntity<ProblemDetail> notFound(String cycleId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                Messages.get("plan.api.cycle.unknown", cycleId));
        problem.setTitle(Messages.get("plan.api.notFound"));
        problem.setProperty("cycleId", cycleId);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
