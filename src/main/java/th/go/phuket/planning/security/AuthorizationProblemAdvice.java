package th.go.phuket.planning.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import th.go.phuket.planning.support.Messages;

/** The engine refused the user of an {@code /api/**} request something: 403, Thai first, then English. */
@RestControllerAdvice
class AuthorizationProblemAdvice {

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                Messages.get("security.engineForbidden", e.getUserId()));
        problem.setTitle(Messages.get("security.forbidden.title"));
        return problem;
    }
}
