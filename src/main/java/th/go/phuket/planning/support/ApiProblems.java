package th.go.phuket.planning.support;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own refusals of a request to the app ({@code /api/**} and pages): a body of the wrong type (415), a
 * method a path does not take (405), a parameter that is not a number (400), a path nobody answers (404)... as
 * problem documents whose title and detail are Thai first with Spring's English in brackets, like the answers of
 * the app's controllers. Without it they reach the browser as Spring's English error page or JSON.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(failure, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            int code = answer.getStatusCode().value();
            problem.setTitle(StatusTexts.isThaiFirst(problem.getTitle()) ? problem.getTitle() : StatusTexts.summary(code));
            problem.setDetail(StatusTexts.thaiFirst(code, problem.getDetail()));
        }
        return answer;
    }
}
