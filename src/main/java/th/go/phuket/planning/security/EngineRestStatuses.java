package th.go.phuket.planning.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import th.go.phuket.planning.cycle.CycleStartRefusedException;
import th.go.phuket.planning.support.Messages;
import th.go.phuket.planning.task.TaskInputInvalidException;

/**
 * The status of engine REST's error answers, where Camunda's is wrong for the caller: a start or task completion
 * refused by the cycle's input checks is 400 (409 for a cycle id that is taken) with the checks' own Thai and
 * English message and field errors, as {@code POST /api/cycles} answers; a request the engine found invalid or about
 * a missing object is 400 or 404, and a body that is no JSON says so. Camunda's resources wrap such failures
 * ("Cannot complete task …") and answer 500.
 * The mappers go before Camunda's own for the same exception types ({@link Priority}); the body keeps its form.
 */
@Component
public class EngineRestStatuses implements ResourceConfigCustomizer {

    private static final Pattern MISSING_OBJECT = Pattern.compile(
            "doesn't exist|does not exist|Cannot find|not found|No \\w+ found|no deployed", Pattern.CASE_INSENSITIVE);

    @Override
    public void customize(ResourceConfig config) {
        config.register(EngineErrors.class).register(RestErrors.class).register(JsonErrors.class)
                .register(JsonMappingErrors.class);
    }

    static Response answer(RuntimeException failure) {
        return refusal(failure).orElseGet(() -> {
            Response camundas = ExceptionHandlerHelper.getInstance().getResponse(failure);
            Integer status = camundas.getStatus() < 500 ? null : clientStatus(failure);
            return status == null ? camundas : Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(camundas.getEntity()).build();
        });
    }

    private static Optional<Response> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputInvalidException refused) {
                return Optional.of(refused(400, refused, refused.fieldErrors()));
            }
            if (cause instanceof CycleStartRefusedException refused) {
                return Optional.of(refused(refused.duplicate() ? 409 : 400, refused, refused.fieldErrors()));
            }
        }
        return Optional.empty();
    }

    /**
     * 404 or 400 when the engine's own reason is a missing object or a bad request; null otherwise. The engine says
     * "missing" with a {@link NullValueException} too ("execution x doesn't exist: execution is null"), and also
     * "a value is missing" ("errorCode is null"): its text tells the two apart.
     */
    private static Integer clientStatus(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException) {
                return 404;
            }
            if (cause instanceof BadUserRequestException) {
                return 400;
            }
            if (cause instanceof NullValueException) {
                return MISSING_OBJECT.matcher(String.valueOf(cause.getMessage())).find() ? 404 : 400;
            }
        }
        return null;
    }

    private static Response refused(int status, ProcessEngineException refused, Map<String, String> errors) {
        ExceptionDto dto = ExceptionDto.fromException(refused);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", dto.getType());
        body.put("message", dto.getMessage());
        body.put("code", dto.getCode());
        body.put("errors", errors);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** Failures of engine commands called directly by a resource. */
    @Priority(Priorities.USER - 100)
    public static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException failure) {
            return answer(failure);
        }
    }

    /** A body that is not JSON: Camunda answers 400 with an empty message. */
    @Priority(Priorities.USER - 100)
    public static class JsonErrors implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException failure) {
            return badJson(failure);
        }
    }

    /** JSON of the wrong shape (a list where an object belongs). */
    @Priority(Priorities.USER - 100)
    public static class JsonMappingErrors implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException failure) {
            return badJson(failure);
        }
    }

    private static Response badJson(JsonProcessingException failure) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", Messages.get("error.badJson", failure.getOriginalMessage()));
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** Failures a resource wrapped in its own exception. */
    @Priority(Priorities.USER - 100)
    public static class RestErrors implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException failure) {
            return answer(failure);
        }
    }
}
