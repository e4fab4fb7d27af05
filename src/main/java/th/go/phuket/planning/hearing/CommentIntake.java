package th.go.phuket.planning.hearing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.support.Messages;

/**
 * Takes a comment from the public: honeypot, rules, cycle and item, window, same text again, rate limit, in that
 * order, and stores it in one transaction under the client's row lock. The time is the engine's clock (a rehearsal
 * runs in 2018). Two requests of one client racing for its first lock row meet at the primary key; the loser is
 * simply tried again.
 */
@Component
public class CommentIntake {

    private static final int ATTEMPTS = 3;

    private final HearingDb db;
    private final HearingStore hearings;
    private final CommentStore comments;
    private final ClientKeys clientKeys;
    private final CommentRules rules;
    private final HearingSettings settings;
    private final CycleHearingDates plannedDates;

    public CommentIntake(HearingDb db, HearingStore hearings, CommentStore comments, ClientKeys clientKeys,
                         CommentRules rules, HearingSettings settings, CycleHearingDates plannedDates) {
        this.db = db;
        this.hearings = hearings;
        this.comments = comments;
        this.clientKeys = clientKeys;
        this.rules = rules;
        this.settings = settings;
        this.plannedDates = plannedDates;
    }

    public CommentOutcome post(String cycleId, CommentInput input, String clientAddress) {
        if (input.honeypotFilled()) {
            // looks like success to the program that filled it; nothing is stored or counted
            return new CommentOutcome.Accepted(UUID.randomUUID().toString());
        }
        CommentRules.Verdict verdict = rules.check(input);
        if (!verdict.valid()) {
            return new CommentOutcome.Invalid(verdict.errors());
        }
        String clientKey = clientKeys.of(clientAddress);
        comments.ensureClient(clientKey, ClockUtil.getCurrentTime().toInstant());
        return retried(() -> db.inTransaction(jdbc -> store(cycleId, verdict.comment(), clientKey)));
    }

    private CommentOutcome store(String cycleId, CommentRules.CleanComment comment, String clientKey) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Optional<Hearing> found = hearings.find(cycleId);
        if (found.isEmpty()) {
            return notOpened(cycleId);
        }
        Hearing hearing = found.get();
        if (hearings.item(cycleId, comment.itemId()).isEmpty()) {
            return new CommentOutcome.NotFound(Messages.get("hearing.item.unknown", comment.itemId(), cycleId));
        }
        if (!hearing.isOpen(now)) {
            return closed(hearing, now);
        }
        comments.lockClient(clientKey, now);
        if (comments.sameTextExists(cycleId, clientKey, CommentText.key(comment.text()))) {
            return new CommentOutcome.Duplicate(Messages.get("hearing.comment.duplicate"));
        }
        Duration window = settings.rateLimit().window();
        CommentStore.RecentComments recent = comments.recent(clientKey, now.minus(window));
        if (recent.count() >= settings.rateLimit().comments()) {
            long seconds = Math.max(1, Duration.between(now, recent.oldest().plus(window)).toSeconds() + 1);
            return new CommentOutcome.TooMany(seconds, Messages.get("hearing.comment.tooMany",
                    settings.rateLimit().comments(), window.toMinutes(), (seconds + 59) / 60));
        }
        return new CommentOutcome.Accepted(comments.insert(cycleId, comment, clientKey, now));
    }

    private CommentOutcome notOpened(String cycleId) {
        if (!hearings.cycleExists(cycleId)) {
            return new CommentOutcome.NotFound(Messages.get("hearing.cycle.unknown", cycleId));
        }
        Instant closes = plannedDates.hearingDate(cycleId).map(Hearing::closingOf).orElse(null);
        return new CommentOutcome.Closed(null, closes, Messages.get("hearing.window.notYet",
                closes == null ? "-" : ThaiDates.shortDateTime(closes), Hearing.english(closes)));
    }

    private static CommentOutcome closed(Hearing hearing, Instant now) {
        String opens = ThaiDates.shortDateTime(hearing.opensAt());
        String closes = ThaiDates.shortDateTime(hearing.closesAt());
        String key = now.isBefore(hearing.opensAt()) ? "hearing.window.notYetOpen" : "hearing.window.closed";
        return new CommentOutcome.Closed(hearing.opensAt(), hearing.closesAt(), Messages.get(key, opens, closes,
                Hearing.english(hearing.opensAt()), Hearing.english(hearing.closesAt())));
    }

    static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
