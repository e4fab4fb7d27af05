package th.go.phuket.planning.mail.web;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxQueries;
import th.go.phuket.planning.support.Messages;

/** {@code GET /api/outbox?kind=&to=&cycleId=&limit=}: the recorded emails, newest first. */
@RestController
@RequestMapping("/api/outbox")
public class OutboxController {

    /** One email as the API shows it (times in Bangkok, ISO 8601). */
    public record OutboxResponse(String id, String idempotencyKey, String kind, String cycleId,
            String processInstanceId, String taskId, List<String> to, List<String> cc, String subject, String status,
            int attempts, String lastError, String createdAt, String sentAt, boolean calendarAttached,
            String bodyText) {

        static OutboxResponse of(OutboxEntry entry) {
            return new OutboxResponse(entry.id(), entry.idempotencyKey(), entry.kind().name(), entry.cycleId(),
                    entry.processInstanceId(), entry.taskId(), entry.to(), entry.cc(), entry.subject(),
                    entry.status().name(), entry.attempts(), entry.lastError(), iso(entry.createdAt()),
                    iso(entry.sentAt()), entry.ics() != null, entry.text());
        }

        private static String iso(Instant instant) {
            return instant == null ? null : instant.atZone(ThaiDates.BANGKOK).toOffsetDateTime().toString();
        }
    }

    private final OutboxQueries outbox;

    public OutboxController(OutboxQueries outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    public List<OutboxResponse> list(@RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String cycleId,
                                     @RequestParam(defaultValue = "" + OutboxQueries.DEFAULT_LIMIT) int limit) {
        return outbox.list(new OutboxQueries.Filter(kind(kind), to, cycleId, limit)).stream()
                .map(OutboxResponse::of).toList();
    }

    /** The kind named in a request; blank means any, an unknown name is refused. */
    public static EmailKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return EmailKind.parse(kind.trim()).orElseThrow(() -> new IllegalArgumentException(
                Messages.get("outbox.kind.unknown", kind, List.of(EmailKind.values()))));
    }

    /** {@code limit=many}: Spring's own text ("For input string") says neither which parameter nor in Thai. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badNumber(MethodArgumentTypeMismatchException e) {
        return badFilter(new IllegalArgumentException(Messages.get("outbox.limit.invalid", e.getValue())));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badFilter(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(Messages.get("outbox.filter.refused"));
        return problem;
    }
}
