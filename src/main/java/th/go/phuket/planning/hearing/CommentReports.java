package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import th.go.phuket.planning.support.Messages;

/**
 * Readers report a comment; when clients at {@code hideAfterReports} distinct addresses reported it (and the office
 * has not dealt with those reports), it is hidden until the office moderates it. One client counts once per comment.
 */
@Component
public class CommentReports {

    /** The outcome: found or not, and whether this report hid the comment. */
    public record Outcome(boolean found, boolean hidden) {
    }

    public static final String SYSTEM_ACTOR = "system";
    public static final String EVENT_HIDDEN_BY_REPORTS = "hidden_by_reports";

    private final HearingDb db;
    private final CommentStore comments;
    private final ClientKeys clientKeys;
    private final HearingSettings settings;

    public CommentReports(HearingDb db, CommentStore comments, ClientKeys clientKeys, HearingSettings settings) {
        this.db = db;
        this.comments = comments;
        this.clientKeys = clientKeys;
        this.settings = settings;
    }

    public Outcome report(String commentId, String reasonCode, String clientAddress) {
        ReportReason reason = ReportReason.parse(reasonCode).orElse(ReportReason.OTHER);
        String clientKey = clientKeys.of(clientAddress);
        return CommentIntake.retried(() -> db.inTransaction(jdbc -> {
            Optional<StoredComment> found = comments.lock(commentId);
            if (found.isEmpty() || found.get().status() == CommentStatus.REMOVED) {
                return new Outcome(false, false);
            }
            StoredComment comment = found.get();
            Instant now = ClockUtil.getCurrentTime().toInstant();
            if (!comments.addReport(commentId, clientKey, reason, now) || comment.status() != CommentStatus.VISIBLE) {
                return new Outcome(true, false);
            }
            int reports = comments.openReports(commentId);
            if (reports < settings.hideAfterReports()) {
                return new Outcome(true, false);
            }
            comments.setStatus(commentId, CommentStatus.HIDDEN);
            comments.event(commentId, comment.cycleId(), EVENT_HIDDEN_BY_REPORTS,
                    Messages.get("hearing.event.hiddenByReports", reports), SYSTEM_ACTOR, now);
            return new Outcome(true, true);
        }));
    }
}
