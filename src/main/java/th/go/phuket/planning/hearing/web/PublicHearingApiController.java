package th.go.phuket.planning.hearing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.hearing.CommentInput;
import th.go.phuket.planning.hearing.CommentIntake;
import th.go.phuket.planning.hearing.CommentReports;
import th.go.phuket.planning.hearing.PublicHearingView;
import th.go.phuket.planning.support.Messages;

/**
 * The hearing's public API, without login: read the hearing, comment, report a comment (SPEC, Public hearing).
 * Everything a request asks to change goes through the same checks as the page's form.
 */
@RestController
public class PublicHearingApiController {

    private final PublicHearingView view;
    private final CommentIntake intake;
    private final CommentReports reports;
    private final ClientAddress clientAddress;

    public PublicHearingApiController(PublicHearingView view, CommentIntake intake, CommentReports reports,
                                      ClientAddress clientAddress) {
        this.view = view;
        this.intake = intake;
        this.reports = reports;
        this.clientAddress = clientAddress;
    }

    @GetMapping("/api/public/cycles/{cycleId}/hearing")
    public ResponseEntity<?> hearing(@PathVariable String cycleId) {
        return view.all(cycleId).<ResponseEntity<?>>map(page -> ResponseEntity.ok(HearingJson.of(page)))
                .orElseGet(() -> Problems.problem(HttpStatus.NOT_FOUND, "hearing.problem.notFound",
                        Messages.get("hearing.cycle.unknown", cycleId)));
    }

    @PostMapping("/api/public/cycles/{cycleId}/comments")
    public ResponseEntity<?> comment(@PathVariable String cycleId, @RequestBody Map<String, Object> body,
                                     HttpServletRequest request) {
        return Problems.of(intake.post(cycleId, CommentInput.of(body), clientAddress.of(request)));
    }

    @PostMapping("/api/public/comments/{commentId}/report")
    public ResponseEntity<?> report(@PathVariable String commentId,
                                    @RequestBody(required = false) Map<String, Object> body,
                                    HttpServletRequest request) {
        Object reason = body == null ? null : body.get("reason");
        CommentReports.Outcome outcome = reports.report(commentId, reason == null ? null : reason.toString(),
                clientAddress.of(request));
        if (!outcome.found()) {
            return Problems.problem(HttpStatus.NOT_FOUND, "hearing.problem.notFound",
                    Messages.get("hearing.comment.unknownPublic", commentId));
        }
        return ResponseEntity.accepted().body(Map.of("commentId", commentId,
                "message", Messages.get("hearing.report.thanks")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e) {
        return Problems.invalid(Map.of("body", Messages.get("hearing.field.body")));
    }
}
