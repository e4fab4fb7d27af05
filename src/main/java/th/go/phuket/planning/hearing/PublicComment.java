package th.go.phuket.planning.hearing;

import java.time.Instant;

/**
 * A visible comment as anyone may see it: never the email or anything about the client's address. An empty name
 * shows as ไม่ประสงค์ออกนาม (see {@link #shownName()}).
 */
public record PublicComment(String commentId, String itemId, String text, String displayName, Sector sector,
                            String district, Instant createdAt, Answer answer) {

    public String shownName() {
        return displayName == null || displayName.isBlank()
                ? th.go.phuket.planning.support.Messages.get("hearing.anonymous") : displayName;
    }
}
