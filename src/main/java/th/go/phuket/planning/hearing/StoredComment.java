package th.go.phuket.planning.hearing;

import java.time.Instant;

/** A comment row as the office and the hearing's own work see it (with the email, never shown to the public). */
public record StoredComment(String commentId, String cycleId, String itemId, String text, String displayName,
                            Sector sector, String district, String email, CommentStatus status, Instant createdAt) {
}
