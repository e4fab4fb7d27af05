package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import th.go.phuket.planning.support.Messages;

/**
 * The strategy office answers and moderates comments (who may is decided by the page or API before). A first answer
 * is announced to the cycle's {@code publicHearing} (message {@code commentAnswered}), whose answering subprocess
 * emails the commenter when they left an address; answer, history and email commit together. Once the plan is
 * submitted the record is final and nothing changes any more.
 */
@Component
public class OfficeDesk {

    public static final int MIN_ANSWER = 10;
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_REASON = 500;
    public static final String EVENT_ANSWERED = "answered";
    public static final String EVENT_ANSWER_CHANGED = "answer_changed";

    private final HearingDb db;
    private final HearingStore hearings;
    private final CommentStore comments;
    private final SummaryTaskCounts summaryCounts;

    public OfficeDesk(HearingDb db, HearingStore hearings, CommentStore comments, SummaryTaskCounts summaryCounts) {
        this.db = db;
        this.hearings = hearings;
        this.comments = comments;
        this.summaryCounts = summaryCounts;
    }

    public OfficeOutcome answer(String cycleId, String commentId, String statusCode, String text, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<AnswerStatus> status = AnswerStatus.parse(statusCode);
        if (status.isEmpty()) {
            errors.put("status", Messages.get("hearing.field.answerStatus", "accepted, considered, not_accepted,"
                    + " out_of_scope"));
        }
        String clean = CommentText.clean(text);
        if (clean.length() < MIN_ANSWER || clean.length() > MAX_ANSWER) {
            errors.put("text", Messages.get("hearing.field.answerText", MIN_ANSWER, "4,000", clean.length()));
        }
        if (!errors.isEmpty()) {
            return new OfficeOutcome.Invalid(errors);
        }
        return change(cycleId, commentId, (comment, now) -> {
            if (comment.status() == CommentStatus.REMOVED) {
                throw new OfficeOutcome.Refusal(new OfficeOutcome.Conflict(Messages.get("hearing.answer.removed")));
            }
            boolean first = comments.saveAnswer(commentId, cycleId, new Answer(status.get(), clean, actor, now));
            comments.event(commentId, cycleId, first ? EVENT_ANSWERED : EVENT_ANSWER_CHANGED,
                    status.get().code() + ": " + clean, actor, now);
            if (first) {
                announceAnswer(cycleId, comment);
            }
        });
    }

    public OfficeOutcome moderate(String cycleId, String commentId, String actionCode, String reason, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ModerationAction> action = ModerationAction.parse(actionCode);
        if (action.isEmpty()) {
            errors.put("action", Messages.get("hearing.field.moderationAction"));
        }
        String clean = CommentText.clean(reason);
        if (clean.length() < 3 || clean.length() > MAX_REASON) {
            errors.put("reason", Messages.get("hearing.field.moderationReason", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            return new OfficeOutcome.Invalid(errors);
        }
        return change(cycleId, commentId, (comment, now) -> {
            if (!action.get().appliesTo(comment.status())) {
                throw new OfficeOutcome.Refusal(new OfficeOutcome.Conflict(Messages.get("hearing.moderation.notFrom",
                        action.get().code(), comment.status().labelTh(), comment.status().code())));
            }
            comments.setStatus(commentId, action.get().result());
            if (action.get() == ModerationAction.RESTORE) {
                comments.reviewReports(commentId);
            }
            comments.event(commentId, cycleId, action.get().code(), clean, actor, now);
        });
    }

    private interface Change {
        void apply(StoredComment comment, Instant now);
    }

    private OfficeOutcome change(String cycleId, String commentId, Change change) {
        try {
            return CommentIntake.retried(() -> db.inTransaction(jdbc -> {
                Optional<Hearing> hearing = hearings.find(cycleId);
                Optional<StoredComment> comment = hearing.isEmpty() ? Optional.empty() : comments.lock(commentId);
                if (comment.isEmpty() || !comment.get().cycleId().equals(cycleId)) {
                    return new OfficeOutcome.NotFound(Messages.get("hearing.comment.unknown", commentId, cycleId));
                }
                if (hearing.get().isFinal()) {
                    return new OfficeOutcome.Conflict(Messages.get("hearing.final",
                            th.go.phuket.planning.calendar.ThaiDates.shortDate(hearing.get().finalAt())));
                }
                change.apply(comment.get(), ClockUtil.getCurrentTime().toInstant());
                summaryCounts.refresh(cycleId);
                return new OfficeOutcome.Done(commentId);
            }));
        } catch (OfficeOutcome.Refusal refusal) {
            return refusal.outcome();
        }
    }

    /** Runs the answering subprocess of the cycle's hearing; without a running hearing the answer is refused. */
    private void announceAnswer(String cycleId, StoredComment comment) {
        var correlated = db.engine().getRuntimeService()
                .createMessageCorrelation(HearingProcess.MESSAGE_COMMENT_ANSWERED)
                .processInstanceBusinessKey(cycleId)
                .setVariableToTriggeredScope(HearingProcess.VAR_COMMENT_ID, comment.commentId())
                .setVariableToTriggeredScope(HearingProcess.VAR_EMAIL_GIVEN, comment.email() != null)
                .correlateAllWithResult();
        if (correlated.isEmpty()) {
            throw new OfficeOutcome.Refusal(new OfficeOutcome.Conflict(Messages.get("hearing.process.notRunning",
                    cycleId)));
        }
    }
}
