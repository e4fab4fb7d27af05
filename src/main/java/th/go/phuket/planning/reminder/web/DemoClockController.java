package th.go.phuket.planning.reminder.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.engine.RehearsalClock;
import th.go.phuket.planning.support.Messages;

/**
 * The rehearsal clock of the default profile: {@code POST /api/demo/clock {"now": "2018-08-29T09:00:00+07:00"}}
 * moves the engine clock and wakes the job executor, so timers due by then (reminders, overdue notices, the
 * deadline watch) fire within seconds instead of after its idle wait. The time survives a restart. Not there at
 * all (404) unless {@code planning.demo.clock=true}, and never in the {@code postgres} profile.
 */
@RestController
@RequestMapping("/api/demo/clock")
@Profile("!postgres")
@ConditionalOnProperty(name = "planning.demo.clock", havingValue = "true")
public class DemoClockController {

    /** {@code now}: ISO 8601 with an offset, e.g. {@code 2018-08-29T09:00:00+07:00}. */
    public record ClockRequest(String now) {
    }

    /** The engine time, in Bangkok and as Thai readers write it, and whether a rehearsal time is set. */
    public record ClockResponse(String now, String nowText, boolean rehearsal) {
    }

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final RehearsalClock clock;
    private final ProcessEngine engine;

    public DemoClockController(RehearsalClock clock, ProcessEngine engine) {
        this.clock = clock;
        this.engine = engine;
    }

    @GetMapping
    public ClockResponse show() {
        return response();
    }

    @PostMapping
    public ClockResponse move(@RequestBody ClockRequest request) {
        if (request == null || request.now() == null || request.now().isBlank()) {
            throw new ClockRefused(Messages.get("demo.clock.missing"));
        }
        Instant moment;
        try {
            moment = OffsetDateTime.parse(request.now().trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ClockRefused(Messages.get("demo.clock.invalid", request.now()));
        }
        if (moment.isBefore(clock.now())) {
            throw new ClockRefused(Messages.get("demo.clock.backwards", request.now(), response().now()));
        }
        clock.moveTo(moment);
        var jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.jobWasAdded();
        }
        return response();
    }

    private ClockResponse response() {
        var now = clock.now().atZone(ThaiDates.BANGKOK);
        String time = String.format("%02d:%02d น.", now.getHour(), now.getMinute());
        return new ClockResponse(ISO_SECONDS.format(now),
                ThaiDates.shortDate(now.toLocalDate()) + " " + time, clock.isSet());
    }

    @ExceptionHandler(ClockRefused.class)
    ProblemDetail refused(ClockRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(Messages.get("demo.clock.refused"));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return refused(new ClockRefused(Messages.get("demo.clock.missing")));
    }

    static final class ClockRefused extends RuntimeException {
        ClockRefused(String message) {
            super(message);
        }
    }
}
