package th.go.phuket.planning.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.go.phuket.planning.support.Messages;
import th.go.phuket.planning.support.StatusTexts;

/**
 * Error answers of engine REST and of the webapps' engine API as people read them: JSON, Thai first with the
 * engine's English text in brackets; a refusal (403) names the caller and the rights it lacks but no object ids,
 * since Camunda's own text names the process instance behind a task, job or incident the caller may not see; a value
 * too long for its column (the engine's code 10002, "exception in the persistence layer") is the caller's mistake,
 * 400, and says so. Every other answer streams through untouched.
 */
public class EngineErrorFilter extends OncePerRequestFilter {

    /** Camunda's built-in exception code for a value longer than its column. */
    static final int COLUMN_SIZE_TOO_SMALL = 10002;
    /** The product's own refusal inside the engine's wrapping text ("… Message: 'ยังบันทึก…'"). */
    private static final Pattern WRAPPED_REFUSAL = Pattern.compile(
            "(?:Exception while invoking \\w+Listener: |Message: ')([\\u0E01-\\u0E5B].*?)'?$", Pattern.DOTALL);

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorAnswerCapture capture = new ErrorAnswerCapture(request, response);
        chain.doFilter(request, capture);
        capture.finish(this::rewrite);
    }

    ErrorAnswerCapture.Answer rewrite(int status, byte[] body) {
        ObjectNode error = parse(status, body);
        int answered = status;
        String message = error.path("message").asText("");
        if ("AuthorizationException".equals(error.path("type").asText())) {
            error.put("message", Messages.get("security.engine.forbidden", error.path("userId").asText(""),
                    String.join(" / ", missingRights(error))));
        } else if (error.path("code").asInt() == COLUMN_SIZE_TOO_SMALL) {
            answered = 400;
            error.put("message", Messages.get("error.tooLong"));
        } else {
            Matcher wrapped = WRAPPED_REFUSAL.matcher(message);
            error.put("message", wrapped.find() ? wrapped.group(1) : StatusTexts.thaiFirst(status, message));
        }
        try {
            return new ErrorAnswerCapture.Answer(answered, json.writeValueAsBytes(error));
        } catch (IOException e) {
            return new ErrorAnswerCapture.Answer(status, body);
        }
    }

    /** Camunda's error object; a plain-text answer (Jersey's own) becomes one. */
    private ObjectNode parse(int status, byte[] body) {
        try {
            if (json.readTree(body) instanceof ObjectNode error && error.path("message").isTextual()) {
                return error;
            }
        } catch (IOException notJson) {
            // plain text, e.g. a body the JSON reader could not parse
        }
        ObjectNode error = json.createObjectNode();
        error.put("type", status >= 500 ? "ServerError" : "InvalidRequestException");
        error.put("message", new String(body, StandardCharsets.UTF_8).strip());
        return error;
    }

    /** "READ on Task", … without resource ids; the ids go from the answer's list too. */
    private static List<String> missingRights(ObjectNode error) {
        List<String> rights = new ArrayList<>();
        for (JsonNode missing : error.path("missingAuthorizations")) {
            rights.add(missing.path("permissionName").asText() + " on " + missing.path("resourceName").asText());
            if (missing instanceof ObjectNode node) {
                node.remove("resourceId");
            }
        }
        error.remove("resourceId");
        return rights;
    }
}
