package th.go.phuket.planning.cycle.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleStartParser;
import th.go.phuket.planning.cycle.CycleStartRefusedException;
import th.go.phuket.planning.support.Messages;

/**
 * {@code POST /api/cycles}: starts a cycle from JSON with the start variables of the SPEC. The same start task
 * as Tasklist and engine REST checks the values and claims the cycle id, inside the start transaction: 400 with
 * an error per field, 409 when the id is taken, and nothing kept in either case.
 */
@RestController
public class CycleStartController {

    /** What a started cycle answers. */
    public record CycleStarted(String cycleId, String processInstanceId) {
    }

    static final Set<String> START_VARIABLES = Set.of(CycleProcess.VAR_CYCLE_ID, CycleProcess.VAR_PROVINCE,
            CycleProcess.VAR_PLAN_PERIOD, CycleProcess.VAR_FISCAL_YEAR, CycleProcess.VAR_PROPOSALS_DUE,
            CycleProcess.VAR_HEARING_DATE, CycleProcess.VAR_COMMITTEE_DATE, CycleProcess.VAR_SUBMISSION_DEADLINE,
            CycleProcess.VAR_AGENCIES, CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS);

    private final RuntimeService runtimeService;
    private final CycleStartParser parser;

    public CycleStartController(RuntimeService runtimeService, CycleStartParser parser) {
        this.runtimeService = runtimeService;
        this.parser = parser;
    }

    /**
     * {@code GET /api/cycles/defaults?submissionDeadline=2027-09-30&…}: what {@code POST /api/cycles} with these
     * values would start (the values not given derived from the dates), without starting anything.
     */
    @GetMapping("/api/cycles/defaults")
    public CyclePreview preview(@RequestParam Map<String, String> values) {
        Map<String, Object> given = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (START_VARIABLES.contains(name)) {
                given.put(name, value);
            }
        });
        LocalDate today = ThaiDates.bangkokDate(ClockUtil.getCurrentTime().toInstant());
        return CyclePreview.of(parser.check(given, null, today));
    }

    @PostMapping(path = "/api/cycles", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> start(@RequestBody Map<String, Object> body) {
        Map<String, String> unknown = new LinkedHashMap<>();
        body.keySet().stream().filter(name -> !START_VARIABLES.contains(name)).limit(10)
                .forEach(name -> unknown.put(shorten(name), Messages.get("cycle.api.unknownField", shorten(name))));
        if (!unknown.isEmpty()) {
            return refused(HttpStatus.BAD_REQUEST, unknown);
        }
        try {
            var instance = runtimeService.startProcessInstanceByKey(CycleProcess.KEY, body);
            String cycleId = instance.getBusinessKey();
            return ResponseEntity.created(URI.create("/api/cycles/" + cycleId))
                    .body(new CycleStarted(cycleId, instance.getId()));
        } catch (RuntimeException e) {
            CycleStartRefusedException refusal = findRefusal(e);
            if (refusal == null) {
                throw e;
            }
            return refused(refusal.duplicate() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, refusal.fieldErrors());
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return refused(HttpStatus.BAD_REQUEST, Map.of("body", Messages.get("cycle.api.badBody")));
    }

    private static ResponseEntity<ProblemDetail> refused(HttpStatus status, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join("; ", errors.values()));
        problem.setTitle(Messages.get(status == HttpStatus.CONFLICT ? "cycle.api.exists.title" : "cycle.api.invalid.title"));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static CycleStartRefusedException findRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CycleStartRefusedException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
