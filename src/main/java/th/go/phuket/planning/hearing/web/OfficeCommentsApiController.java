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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.hearing.CommentQueries;
import th.go.phuket.planning.hearing.OfficeDesk;
import th.go.phuket.planning.hearing.OfficeOutcome;
import th.go.phuket.planning.hearing.OfficeView;
import th.go.phuket.planning.support.Messages;

/**
 * The office's API for comments: list them all (office, managers), answer and moderate (office). An agency, the
 * committee or any other user gets 403; a request without login 401, as everywhere under {@code /api}.
 */
@RestController
public class OfficeCommentsApiController {

    private final OfficeView view;
    private final OfficeDesk desk;

    public OfficeCommentsApiController(OfficeView view, OfficeDesk desk) {
        this.view = view;
        this.desk = desk;
    }

    @GetMapping("/api/cycles/{cycleId}/comments")
    public ResponseEntity<?> comments(@PathVariable String cycleId,
                                      @RequestParam(defaultValue = "all") String filter,
                                      HttpServletRequest request) {
        if (!OfficeRights.mayRead(request)) {
            return Problems.forbidden(OfficeRights.userId(request));
        }
        CommentQueries.OfficeFilter chosen = OfficeFilters.parse(filter);
        return view.page(cycleId, chosen, null, 1, -1)
                .<ResponseEntity<?>>map(page -> ResponseEntity.ok(OfficeCommentJson.Listing.of(page)))
                .orElseGet(() -> Problems.problem(HttpStatus.NOT_FOUND, "hearing.problem.notFound",
                        Messages.get("hearing.cycle.unknown", cycleId)));
    }

    @PutMapping("/api/cycles/{cycleId}/comments/{commentId}/answer")
    public ResponseEntity<?> answer(@PathVariable String cycleId, @PathVariable String commentId,
                                    @RequestBody Map<String, Object> body, HttpServletRequest request) {
        if (!OfficeRights.mayWrite(request)) {
            return Problems.forbidden(OfficeRights.userId(request));
        }
        OfficeOutcome outcome = desk.answer(cycleId, commentId, text(body.get("status")), text(body.get("text")),
                OfficeRights.userId(request));
        return Problems.of(outcome, done(cycleId, commentId, outcome));
    }

    @PostMapping("/api/cycles/{cycleId}/comments/{commentId}/moderation")
    public ResponseEntity<?> moderate(@PathVariable String cycleId, @PathVariable String commentId,
                                      @RequestBody Map<String, Object> body, HttpServletRequest request) {
        if (!OfficeRights.mayWrite(request)) {
            return Problems.forbidden(OfficeRights.userId(request));
        }
        OfficeOutcome outcome = desk.moderate(cycleId, commentId, text(body.get("action")),
                text(body.get("reason")), OfficeRights.userId(request));
        return Problems.of(outcome, done(cycleId, commentId, outcome));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e) {
        return Problems.invalid(Map.of("body", Messages.get("hearing.field.body")));
    }

    private Object done(String cycleId, String commentId, OfficeOutcome outcome) {
        return outcome instanceof OfficeOutcome.Done
                ? view.comment(cycleId, commentId).map(OfficeCommentJson::of).orElse(null) : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
