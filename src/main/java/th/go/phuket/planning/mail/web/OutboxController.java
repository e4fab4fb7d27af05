package th.go.phuket.planning.mail.web;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.mail.DeliveryWorkers;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxDelivery;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxQueries;
import th.go.phuket.planning.support.Messages;

/**
 * {@code GET /api/outbox?kind=&to=&cycleId=&status=&limit=}: the recorded emails, newest first;
 * {@code POST /api/outbox/{id}/send-again}: one more attempt for a FAILED email (the strategy office and
 * administrators, as every change under {@code /api}).
 */
@RestController
@RequestMapping("/api/outbox")
public class OutboxController {

    /** One email as the API shows it (times in Bangkok, ISO 8601). */
    public record OutboxResponse(String id, String idempotencyKey, String kind, String cycleId,
            String processInstanceId, String taskId, List<String> to, List<String> cc, String subject, String status,
            int attempts, String lastError, String createdAt, String sentAt, String nextAttemptAt,
            boolean calendarAttached, String bodyText) {

        static OutboxResponse of(OutboxEntry entry) {
            return new OutboxResponse(entry.id(), entry.idempotencyKey(), entry.kind().name(), entry.cycleId(),
                    entry.processInstanceId(), entry.taskId(), entry.to(), entry.cc(), entry.subject(),
                    entry.status().name(), entry.attempts(), entry.lastError(), iso(entry.createdAt()),
                    iso(entry.sentAt()), entry.status() == OutboxEntry.Status.PENDING ? iso(entry.nextAttemptAt()) : null,
                    entry.ics() != null, entry.text());
        }

        private static String iso(Instant instant) {
            return instant == null ? null : instant.atZone(ThaiDates.BANGKOK).toOffsetDateTime().toString();
        }
    }

    private final OutboxQueries outbox;
    private final OutboxDelivery delivery;
    private final DeliveryWorkers workers;

    public OutboxController(OutboxQueries outbox, OutboxDelivery delivery, DeliveryWorkers workers) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.workers = workers;
    }

    @GetMapping
    public List<OutboxResponse> list(@RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String cycleId,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(defaultValue = "" + OutboxQueries.DEFAULT_LIMIT) int limit) {
        return outbox.list(new OutboxQueries.Filter(kind(kind), to, cycleId, status(status), limit)).stream()
                .map(OutboxResponse::of).toList();
    }

    @PostMapping("/{id}/send-again")
    public ResponseEntity<?> sendAgain(@PathVariable String id) {
        if (delivery.sendAgain(id)) {
            workers.wakeUp();
            return ResponseEntity.ok(OutboxResponse.of(outbox.find(id).orElseThrow()));
        }
        return outbox.find(id)
                .<ResponseEntity<?>>map(entry -> problem(HttpStatus.CONFLICT, Messages.get("outbox.sendAgain.notFailed",
                        id, Messages.get("outbox.status." + entry.status().name()), entry.status().name())))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, Messages.get("outbox.sendAgain.notFound", id)));
    }

    /** The kind named in a request; blank means any, an unknown name is refused. */
    public static EmailKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return EmailKind.parse(kind.trim()).orElseThrow(() -> new IllegalArgumentException(
                Messages.get("outbox.kind.unknown", kind, List.of(EmailKind.values()))));
    }

    /** The status named in a request; blank means any, an unknown one is refused. */
    public static OutboxEntry.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OutboxEntry.Status.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("outbox.status.unknown", status,
                    List.of(OutboxEntry.Status.values())));
        }
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

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(Messages.get("outbox.sendAgain.refused"));
        return ResponseEntity.status(status).body(problem);
    }
}
