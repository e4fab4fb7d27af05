package th.go.phuket.planning.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Spring MVC's own refusals of a request to the app ({@code /api/**} and pages): a body of the wrong type (415), a
 * method a path does not take (405), a parameter that is not a number (400), a path nobody answers (404), a page
 * whose cycle does not exist... as problem documents whose title and detail are Thai first with Spring's English in
 * brackets, like the answers of the app's controllers. Without it they reach the browser as Spring's English error
 * page or JSON. A browser opening a page (it asks for HTML, not JSON) gets the same title and detail as a page: a
 * citizen following an old link to the hearing record reads a sentence, not a JSON document.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final ITemplateEngine templates;

    public ApiProblems(ITemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(failure, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            int code = answer.getStatusCode().value();
            problem.setTitle(StatusTexts.isThaiFirst(problem.getTitle()) ? problem.getTitle() : StatusTexts.summary(code));
            problem.setDetail(StatusTexts.thaiFirst(code, problem.getDetail()));
            if (request instanceof ServletWebRequest web) {
                String path = web.getRequest().getRequestURI().substring(web.getRequest().getContextPath().length());
                if (wantsPage(path, web.getRequest().getHeader(HttpHeaders.ACCEPT))) {
                    return page(answer, problem, path);
                }
            }
        }
        return answer;
    }

    /** A browser's page request: not the API's or the engine's paths, HTML asked for and JSON not. */
    static boolean wantsPage(String path, String accept) {
        return !path.startsWith("/api/") && !path.startsWith("/engine-rest") && !path.startsWith("/camunda/")
                && accept != null && accept.contains("text/html") && !accept.contains("json");
    }

    private ResponseEntity<Object> page(ResponseEntity<Object> answer, ProblemDetail problem, String path) {
        Context context = new Context(THAI, Map.of("title", problem.getTitle(), "detail",
                problem.getDetail() == null ? "" : problem.getDetail(), "status", answer.getStatusCode().value(),
                // the public hearing's readers have no login: no link into the signed-in part for them
                "home", !path.startsWith("/hearing/")));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(answer.getHeaders());
        headers.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        return ResponseEntity.status(answer.getStatusCode()).headers(headers).body(templates.process("problem", context));
    }
}
