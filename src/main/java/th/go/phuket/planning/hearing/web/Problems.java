package th.go.phuket.planning.hearing.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import th.go.phuket.planning.hearing.CommentOutcome;
import th.go.phuket.planning.hearing.OfficeOutcome;
import th.go.phuket.planning.support.Messages;

/** The hearing's answers as HTTP: problem details (RFC 9457) in Thai and English, as the rest of the API. */
final class Problems {

    private Problems() {
    }

    static ResponseEntity<?> of(CommentOutcome outcome) {
        if (outcome instanceof CommentOutcome.Accepted accepted) {
            return ResponseEntity.created(URI.create("/api/public/comments/" + accepted.commentId()))
                    .body(Map.of("commentId", accepted.commentId()));
        }
        if (outcome instanceof CommentOutcome.Invalid invalid) {
            return invalid(invalid.errors());
        }
        if (outcome instanceof CommentOutcome.NotFound notFound) {
            return problem(HttpStatus.NOT_FOUND, "hearing.problem.notFound", notFound.message());
        }
        if (outcome instanceof CommentOutcome.Closed closed) {
            ProblemDetail problem = detail(HttpStatus.CONFLICT, "hearing.problem.closed", closed.message());
            problem.setProperty("opensAt", HearingJson.bangkok(closed.opensAt()));
            problem.setProperty("closesAt", HearingJson.bangkok(closed.closesAt()));
            return body(HttpStatus.CONFLICT, problem);
        }
        if (outcome instanceof CommentOutcome.Duplicate duplicate) {
            return problem(HttpStatus.CONFLICT, "hearing.problem.duplicate", duplicate.message());
        }
        CommentOutcome.TooMany tooMany = (CommentOutcome.TooMany) outcome;
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(HttpStatus.TOO_MANY_REQUESTS, "hearing.problem.tooMany", tooMany.message()));
    }

    static ResponseEntity<?> of(OfficeOutcome outcome, Object done) {
        if (outcome instanceof OfficeOutcome.Done) {
            return ResponseEntity.ok(done);
        }
        if (outcome instanceof OfficeOutcome.Invalid invalid) {
            return invalid(invalid.errors());
        }
        if (outcome instanceof OfficeOutcome.NotFound notFound) {
            return problem(HttpStatus.NOT_FOUND, "hearing.problem.notFound", notFound.message());
        }
        return problem(HttpStatus.CONFLICT, "hearing.problem.conflict", ((OfficeOutcome.Conflict) outcome).message());
    }

    /** The page's form error for an outcome that is not a success: its HTTP status and its message by field. */
    static HttpStatus formErrors(Object outcome, Map<String, String> errors) {
        if (outcome instanceof CommentOutcome.Invalid invalid) {
            errors.putAll(invalid.errors());
            return HttpStatus.BAD_REQUEST;
        }
        if (outcome instanceof OfficeOutcome.Invalid invalid) {
            errors.putAll(invalid.errors());
            return HttpStatus.BAD_REQUEST;
        }
        if (outcome instanceof CommentOutcome.NotFound notFound) {
            errors.put("form", notFound.message());
            return HttpStatus.NOT_FOUND;
        }
        if (outcome instanceof OfficeOutcome.NotFound notFound) {
            errors.put("form", notFound.message());
            return HttpStatus.NOT_FOUND;
        }
        if (outcome instanceof CommentOutcome.Closed closed) {
            errors.put("form", closed.message());
            return HttpStatus.CONFLICT;
        }
        if (outcome instanceof CommentOutcome.Duplicate duplicate) {
            errors.put("form", duplicate.message());
            return HttpStatus.CONFLICT;
        }
        if (outcome instanceof OfficeOutcome.Conflict conflict) {
            errors.put("form", conflict.message());
            return HttpStatus.CONFLICT;
        }
        if (outcome instanceof CommentOutcome.TooMany tooMany) {
            errors.put("form", tooMany.message());
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        throw new IllegalArgumentException("not an error: " + outcome);
    }

    static ResponseEntity<ProblemDetail> invalid(Map<String, String> errors) {
        ProblemDetail problem = detail(HttpStatus.BAD_REQUEST, "hearing.problem.invalid",
                String.join("; ", errors.values()));
        problem.setProperty("errors", errors);
        return body(HttpStatus.BAD_REQUEST, problem);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail) {
        return body(status, detail(status, titleKey, detail));
    }

    static ResponseEntity<ProblemDetail> forbidden(String userId) {
        return problem(HttpStatus.FORBIDDEN, "security.forbidden.title", Messages.get("hearing.forbidden", userId));
    }

    private static ProblemDetail detail(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(Messages.get(titleKey));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> body(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
